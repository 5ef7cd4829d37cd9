#include "tests/support/netnsfixture.h"
#include "tests/support/processrun.h"
#include "tests/support/wine.h"

#include <QTest>
#include <QUdpSocket>

using namespace Qt::StringLiterals;

// `sccp2sip-cli selftest-bind` is what the installers' checks (scripts/check-package) trust to say whether a user
// may open ports 67/69, so its exit codes and output are tested here against real sockets.
class TestSelftestBind : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcome_data();
    void outcome();
    void portInUse();
#if defined(Q_OS_LINUX) // unshare and setpriv: Linux's way to run the CLI unprivileged
    void privilegedPortAsUnprivilegedUser();
#endif
};

void TestSelftestBind::outcome_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stdoutStart");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("free port on loopback") << QStringList{u"--port"_s, u"0"_s, u"--address"_s, u"127.0.0.1"_s} << 0
                                           << QStringLiteral("bound UDP 127.0.0.1:") << QString();
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << QStringLiteral("Usage: sccp2sip-cli selftest-bind")
                          << QString();
    QTest::newRow("missing port") << QStringList{} << 2 << QString() << QStringLiteral("--port is required");
    QTest::newRow("port too large") << QStringList{u"--port"_s, u"65536"_s} << 2 << QString()
                                    << QStringLiteral("not a port number");
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"tftp"_s} << 2 << QString()
                                       << QStringLiteral("not a port number");
    QTest::newRow("address not an address") << QStringList{u"--port"_s, u"0"_s, u"--address"_s, u"bench-laptop"_s} << 2
                                            << QString() << QStringLiteral("not an IP address");
    // 192.0.2.0/24 is TEST-NET-1: never assigned to a local interface.
    QTest::newRow("address not local") << QStringList{u"--port"_s, u"0"_s, u"--address"_s, u"192.0.2.1"_s} << 7
                                       << QString() << QStringLiteral("AddressNotAvailable");
    QTest::newRow("stray argument") << QStringList{u"--port"_s, u"0"_s, u"extra"_s} << 2 << QString()
                                    << QStringLiteral("unexpected argument 'extra'");
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << QString()
                                    << QStringLiteral("Unknown option");
}

void TestSelftestBind::outcome()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stdoutStart);
    QFETCH(QString, stderrContains);

    if (QByteArray(QTest::currentDataTag()) == "address not local")
        SCCP2SIP_SKIP_UNDER_WINE("a UDP socket with SO_BROADCAST bound to an address is bound to any address instead "
                                 "(Wine's way to deliver broadcasts), so a foreign address binds too");
    const ProcessRun r = runCli(QStringList{u"selftest-bind"_s} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    if (stdoutStart.isEmpty())
        QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    else
        QVERIFY2(r.out.startsWith(stdoutStart), qPrintable(r.out));
    if (stderrContains.isEmpty())
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));
    else
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

void TestSelftestBind::portInUse()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    const ProcessRun r =
        runCli({u"selftest-bind"_s, u"--port"_s, QString::number(holder.localPort()), u"--address"_s, u"127.0.0.1"_s});
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("already in use")), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

#if defined(Q_OS_LINUX)
void TestSelftestBind::privilegedPortAsUnprivilegedUser()
{
    SCCP2SIP_REQUIRE_ROOT();
    // A fresh network namespace starts with ip_unprivileged_port_start = 1024 whatever the host sets, and the
    // build tree's binary carries no file capabilities: as `nobody`, port 67 must be refused with exit code 3.
    const ProcessRun r =
        runProcess(QStringLiteral("unshare"),
                   {u"--net"_s, u"setpriv"_s, u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                    QStringLiteral(SCCP2SIP_CLI_PATH), u"selftest-bind"_s, u"--port"_s, u"67"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(QStringLiteral("needs privileges")), qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("setcap")), qPrintable(r.err));
}
#endif

QTEST_GUILESS_MAIN(TestSelftestBind)
#include "tst_selftestbind.moc"
