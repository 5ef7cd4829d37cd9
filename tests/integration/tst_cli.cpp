#include "core/common/version.h"
#include "tests/support/processrun.h"

#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void help();
    void usageErrors_data();
    void usageErrors();
    void tftpRefusesBadFlags_data();
    void tftpRefusesBadFlags();
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

void TestCli::tftpRefusesBadFlags_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::newRow("negative busy-poll") << QStringList{QStringLiteral("--busy-poll-us"), QStringLiteral("-1")};
    QTest::newRow("busy-poll over 10 ms") << QStringList{QStringLiteral("--busy-poll-us"), QStringLiteral("10001")};
    QTest::newRow("busy-poll not a number") << QStringList{QStringLiteral("--busy-poll-us"), QStringLiteral("soon")};
    QTest::newRow("no transfers") << QStringList{QStringLiteral("--max-transfers"), QStringLiteral("0")};
}

// The server is never started: the flags are checked first, and the message names what is accepted.
void TestCli::tftpRefusesBadFlags()
{
    QFETCH(QStringList, flags);
    QTemporaryDir root;
    QVERIFY(root.isValid());
    const ProcessRun r =
        runCli(QStringList{QStringLiteral("tftp"), QStringLiteral("--root"), root.path(), QStringLiteral("--address"),
                           QStringLiteral("127.0.0.1"), QStringLiteral("--port"), QStringLiteral("0")} +
               flags);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--busy-poll-us (0 to 10000)")), qPrintable(r.err));
    QVERIFY(!r.out.contains(QStringLiteral("listening")));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
