#include "core/common/version.h"
#include "tests/support/processrun.h"

#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
};

void TestCli::version()
{
    const ProcessRun r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("sccp2sip-cli " SCCP2SIP_VERSION "\n"));
}

void TestCli::help()
{
    const ProcessRun r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.startsWith(QStringLiteral("Usage: sccp2sip-cli")), qPrintable(r.out));
    QVERIFY(r.out.contains(QStringLiteral("docs/cli.md")));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("nothing") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const ProcessRun r = runCli(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains(QStringLiteral("Usage: sccp2sip-cli")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
