// `sccp2sip-cli serve` as a process on loopback (external DHCP, unprivileged ports): flag errors and their exit
// codes, a bounded run that ends by itself, and SIGINT before the end. The namespace suite covers real phones.
#include "core/firmware/firmwarelibrary.h"
#include "tests/support/syntheticbundle.h"
#include "tests/support/wine.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if !defined(Q_OS_WIN)
#include <signal.h>
#endif

namespace {

QStringList base(const QString &state)
{
    return {u"serve"_qs,    u"--listen"_qs, u"127.0.0.1"_qs,  u"--no-dhcp"_qs,   u"--tftp-port"_qs,
            u"0"_qs,        u"--pbx"_qs,    u"127.0.0.1"_qs,  u"--state-dir"_qs, state,
            u"--events"_qs, u"json"_qs,     u"--no-verify"_qs};
}

QList<QJsonObject> events(const QByteArray &out)
{
    QList<QJsonObject> list;
    for (const QByteArray &line : out.split('\n')) {
        if (!line.isEmpty())
            list << QJsonDocument::fromJson(line).object();
    }
    return list;
}

} // namespace

class TestServeCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void usageErrors_data();
    void usageErrors();
    void boundedRunEndsCleanly();
#if !defined(Q_OS_WIN) // Ctrl-C reaches a Windows program through its console, which a QProcess child lacks
    void interruptedRunSaysSo();
#endif
    void bundlesAreImportedFirst();
    void pbxHostNameSettledBeforeStart();
};

void TestServeCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no address") << QStringList{u"serve"_qs, u"--pbx"_qs, u"10.0.0.1"_qs} << 2;
    QTest::newRow("no pbx") << QStringList{u"serve"_qs, u"--listen"_qs, u"127.0.0.1"_qs} << 2;
    QTest::newRow("bad pool") << QStringList{u"serve"_qs,    u"--listen"_qs, u"127.0.0.1"_qs, u"--pbx"_qs,
                                             u"10.0.0.1"_qs, u"--pool"_qs,   u"10.0.0.9"_qs}
                              << 2;
    QTest::newRow("bad events") << QStringList{u"serve"_qs,    u"--listen"_qs, u"127.0.0.1"_qs, u"--pbx"_qs,
                                               u"10.0.0.1"_qs, u"--events"_qs, u"xml"_qs}
                                << 2;
    QTest::newRow("bad transport") << QStringList{u"serve"_qs,    u"--listen"_qs,    u"127.0.0.1"_qs, u"--pbx"_qs,
                                                  u"10.0.0.1"_qs, u"--transport"_qs, u"sctp"_qs}
                                   << 2;
    QTest::newRow("bad port") << QStringList{u"serve"_qs,    u"--listen"_qs,    u"127.0.0.1"_qs, u"--pbx"_qs,
                                             u"10.0.0.1"_qs, u"--tftp-port"_qs, u"70000"_qs}
                              << 2;
    QTest::newRow("bad dns") << QStringList{u"serve"_qs,    u"--listen"_qs, u"127.0.0.1"_qs, u"--pbx"_qs,
                                            u"10.0.0.1"_qs, u"--dns"_qs,    u"10.0.0.999"_qs}
                             << 2;
    QTest::newRow("bad router") << QStringList{u"serve"_qs,    u"--listen"_qs, u"127.0.0.1"_qs,       u"--pbx"_qs,
                                               u"10.0.0.1"_qs, u"--router"_qs, u"10.0.0.1,gateway"_qs}
                                << 2;
    QTest::newRow("missing inventory") << QStringList{u"serve"_qs,           u"--listen"_qs, u"127.0.0.1"_qs,
                                                      u"--pbx"_qs,           u"10.0.0.1"_qs, u"--inventory"_qs,
                                                      u"/nonexistent.csv"_qs}
                                       << 6;
    QTest::newRow("missing firmware") << QStringList{u"serve"_qs,           u"--listen"_qs, u"127.0.0.1"_qs,
                                                     u"--pbx"_qs,           u"10.0.0.1"_qs, u"--firmware"_qs,
                                                     u"/nonexistent.zip"_qs}
                                      << 6;
}

void TestServeCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QProcess cli;
    cli.start(QStringLiteral(SCCP2SIP_CLI_PATH), arguments);
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitCode(), exitCode);
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(err.startsWith("sccp2sip-cli serve: "), err.constData());
    QVERIFY(cli.readAllStandardOutput().isEmpty());
}

void TestServeCli::boundedRunEndsCleanly()
{
    QTemporaryDir state;
    QProcess cli;
    cli.start(QStringLiteral(SCCP2SIP_CLI_PATH), base(state.path()) + QStringList{u"--duration"_qs, u"1"_qs});
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 0);
    const QList<QJsonObject> lines = events(cli.readAllStandardOutput());
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constLast().value(u"event"_qs).toString(), u"report"_qs);
    QVERIFY(QFile::exists(QDir(state.path()).filePath(u"bench-report.json"_qs)));
    QVERIFY(QFile::exists(QDir(state.path()).filePath(u"bench-report.csv"_qs)));
}

#if !defined(Q_OS_WIN)
void TestServeCli::interruptedRunSaysSo()
{
    QTemporaryDir state;
    QProcess cli;
    cli.start(QStringLiteral(SCCP2SIP_CLI_PATH), base(state.path()) + QStringList{u"--duration"_qs, u"60"_qs});
    QVERIFY(cli.waitForStarted(10000));
    QTest::qWait(1500); // let it bind
    QCOMPARE(cli.state(), QProcess::Running);
    ::kill(pid_t(cli.processId()), SIGINT);
    QVERIFY(cli.waitForFinished(20000));
    QCOMPARE(cli.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
    QCOMPARE(cli.exitCode(), 130);
    QVERIFY(QFile::exists(QDir(state.path()).filePath(u"bench-report.json"_qs)));
}
#endif

void TestServeCli::pbxHostNameSettledBeforeStart()
{
    // "localhost" resolves from the hosts file, so no query leaves the machine. Without --dns the phones could
    // not look it up: the bench says it writes the address instead, and starts.
    QTemporaryDir state;
    QStringList arguments = base(state.path());
    arguments[arguments.indexOf(u"--pbx"_qs) + 1] = u"localhost"_qs;
    QProcess cli;
    cli.start(QStringLiteral(SCCP2SIP_CLI_PATH), arguments + QStringList{u"--duration"_qs, u"1"_qs});
    QVERIFY(cli.waitForFinished(30000));
    const QByteArray err = cli.readAllStandardError();
    QVERIFY2(cli.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("note: No DNS server is given to the phones, so their configs name localhost by its "
                          "address 127.0.0.1"),
             err.constData());
}

void TestServeCli::bundlesAreImportedFirst()
{
    QTemporaryDir state;
    const QString zip = state.filePath(u"SIP41.zip"_qs);
    QVERIFY(SyntheticBundle::sip(u"41"_qs).write(zip, SyntheticBundle::Form::FlatZip).isEmpty());
    const QString folder = state.filePath(u"sip42-unpacked"_qs);
    QVERIFY(SyntheticBundle::sip(u"42"_qs).write(folder, SyntheticBundle::Form::Folder).isEmpty());
    QProcess cli;
    cli.start(QStringLiteral(SCCP2SIP_CLI_PATH),
              base(state.path()) +
                  QStringList{u"--firmware"_qs, zip, u"--firmware"_qs, folder, u"--duration"_qs, u"1"_qs});
    const ProgramEnd end = waitForProgramEnd(cli, 60000, R"("event":"report")");
    const QByteArray errors = cli.readAllStandardError();
    if (!end.ended) {
        cli.kill();
        QFAIL(qPrintable(u"still running; it printed:\n"_qs + QString::fromUtf8(cli.readAllStandardOutput() + errors)));
    }
    if (end.exitCodeKnown)
        QCOMPARE(end.exitCode, 0);
    else // stopped in its exit under Wine: it must have said nothing but warnings and notes
        for (const QByteArray &line : errors.split('\n')) {
            if (line.startsWith("sccp2sip-cli serve: "))
                QVERIFY2(line.contains(": warning: ") || line.contains(": note: "), line.constData());
        }
    QVERIFY(QFileInfo::exists(QDir(state.path()).filePath(u"bench-report.json"_qs)));
    FirmwareLibrary library(QDir(state.path()).filePath(u"firmware"_qs), PhoneCatalog::load().value());
    QVERIFY(library.reload().ok());
    QVERIFY(library.bundle(u"SIP41.9-4-2SR3-1S"));
    QVERIFY(library.bundle(u"SIP42.9-4-2SR3-1S"));
}

QTEST_GUILESS_MAIN(TestServeCli)
#include "tst_servecli.moc"
