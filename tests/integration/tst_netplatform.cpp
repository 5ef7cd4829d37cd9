#include "core/net/netplatform.h"
#include "core/net/netudpsocket.h"
#include "core/net/networkinterfaceinfo.h"

#include <QCoreApplication>
#include <QNetworkDatagram>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

namespace {
[[maybe_unused]] bool runningAsRoot()
{
#if defined(Q_OS_UNIX)
    return ::geteuid() == 0;
#else
    return false; // Windows has no privileged ports, and the card check below needs none
#endif
}
} // namespace

// core/net against the real OS: card listing, and bind failures mapped to the error the UI needs.
class TestNetPlatform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsLoopback();
    void find_data();
    void find();
    void busyPortNamesHolder();
#if defined(Q_OS_UNIX) // ports below 1024 are guarded on Unix only
    void privilegedPortNeedsPrivileges();
#endif
#if defined(Q_OS_LINUX) || defined(Q_OS_WIN)
    void unknownCard();
#endif
    void boundSocketCarriesDatagrams();
};

void TestNetPlatform::listsLoopback()
{
    const auto cards = NetworkInterfaceInfo::list();
    const auto lo =
        std::find_if(cards.cbegin(), cards.cend(), [](const NetworkInterfaceInfo &c) { return c.loopback; });
    QVERIFY(lo != cards.cend());
    QCOMPARE(lo->ipv4, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(lo->prefixLength, 8);
    QVERIFY(lo->up);
    QVERIFY(!lo->wireless);
    QCOMPARE(lo->subnet().first, QHostAddress(QStringLiteral("127.0.0.0")));
    QCOMPARE(lo->subnet().second, 8);
    QVERIFY(!NetPlatform::neighbourMac(QHostAddress(QHostAddress::LocalHost)));
}

void TestNetPlatform::find_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<bool>("found");
    QTest::newRow("by name") << QString() << true; // the loopback card's own name: "lo", "lo0", "loopback_1"…
    QTest::newRow("by address") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("unknown name") << QStringLiteral("nosuchcard0") << false;
    QTest::newRow("foreign address") << QStringLiteral("192.0.2.77") << false;
}

void TestNetPlatform::find()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto cards = NetworkInterfaceInfo::list();
    const auto loopback =
        std::find_if(cards.cbegin(), cards.cend(), [](const NetworkInterfaceInfo &c) { return c.loopback; });
    QVERIFY(loopback != cards.cend());
    const auto card = NetworkInterfaceInfo::find(query.isEmpty() ? loopback->name : query);
    QCOMPARE(card.ok(), found);
    if (found)
        QCOMPARE(card->name, loopback->name);
    else
        QCOMPARE(card.error().code(), ErrorCode::InterfaceNotFound);
}

void TestNetPlatform::busyPortNamesHolder()
{
    QUdpSocket holder;
    // Exclusive, as a DHCP or TFTP server holds its port (on Windows a shared bind would let ours succeed).
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0, QAbstractSocket::DontShareAddress));
    NetPlatform::UdpBindRequest request;
    request.address = QHostAddress(QHostAddress::LocalHost);
    request.port = holder.localPort();
    const auto socket = NetUdpSocket::bind(request);
    QVERIFY(!socket);
    QCOMPARE(socket.error().code(), ErrorCode::PortInUse);
    // Who holds it, as the OS names it: "pid 1234 (tst_netplatform)" (Linux: the process name; Windows: the
    // program file).
    const QString holderName = QStringLiteral("pid %1 (tst_netplatform").arg(QCoreApplication::applicationPid());
    QVERIFY2(socket.error().detail().contains(holderName), qPrintable(socket.error().detail()));
    // The same facts as typed fields, for the UI: which port, and who holds it.
    QCOMPARE(socket.error().port(), request.port);
    QVERIFY2(socket.error().portHolder().startsWith(holderName), qPrintable(socket.error().portHolder()));
}

#if defined(Q_OS_UNIX)
void TestNetPlatform::privilegedPortNeedsPrivileges()
{
    if (!runningAsRoot()) {
        NetPlatform::UdpBindRequest request;
        request.address = QHostAddress(QHostAddress::LocalHost);
        request.port = 67;
        const auto socket = NetUdpSocket::bind(request);
        QVERIFY(!socket);
        QCOMPARE(socket.error().code(), ErrorCode::PortNeedsPrivileges);
        return;
    }
    // As root: the DHCP test server run as "nobody" must report the same code (when the kernel still
    // reserves ports below 1024).
    QFile unprivilegedStart(QStringLiteral("/proc/sys/net/ipv4/ip_unprivileged_port_start"));
    QVERIFY(unprivilegedStart.open(QIODevice::ReadOnly));
    QVERIFY2(unprivilegedStart.readAll().trimmed().toInt() > 67, "this kernel lets anyone bind port 67");
    QProcess server;
    server.start(QStringLiteral("setpriv"),
                 {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                  QStringLiteral(SCCP2SIP_DHCP_TEST_SERVER), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--port"), QStringLiteral("67"), QStringLiteral("--server-address"),
                  QStringLiteral("127.0.0.1"), QStringLiteral("--prefix"), QStringLiteral("8"),
                  QStringLiteral("--no-probe")});
    QVERIFY(server.waitForFinished(10000));
    const QByteArray out = server.readAllStandardOutput();
    QCOMPARE(server.exitCode(), 1);
    QVERIFY2(out.startsWith("failed PortNeedsPrivileges"), out.constData());
}

#endif

#if defined(Q_OS_LINUX) || defined(Q_OS_WIN)
void TestNetPlatform::unknownCard()
{
#if defined(Q_OS_LINUX)
    if (!runningAsRoot())
        QSKIP("SO_BINDTODEVICE checks the card only for privileged callers on older kernels");
#endif
    NetPlatform::UdpBindRequest request;
    request.interfaceName = QStringLiteral("nosuchcard0");
    const auto socket = NetUdpSocket::bind(request);
    QVERIFY(!socket);
    QCOMPARE(socket.error().code(), ErrorCode::InterfaceNotFound);
}
#endif

void TestNetPlatform::boundSocketCarriesDatagrams()
{
    NetPlatform::UdpBindRequest request;
    request.address = QHostAddress(QHostAddress::LocalHost);
#if defined(Q_OS_LINUX)
    request.interfaceName = runningAsRoot() ? QStringLiteral("lo") : QString();
#endif
    auto socket = NetUdpSocket::bind(request);
    QVERIFY2(socket, qPrintable(socket.error().toLogString()));
    QUdpSocket peer;
    QVERIFY(peer.bind(QHostAddress::LocalHost, 0));
    QVERIFY(peer.writeDatagram("ping", QHostAddress::LocalHost, socket.value()->localPort()) == 4);
    QTRY_VERIFY_WITH_TIMEOUT(socket.value()->hasPendingDatagrams(), 3000);
    QCOMPARE(socket.value()->receiveDatagram().data(), QByteArray("ping"));
}

QTEST_GUILESS_MAIN(TestNetPlatform)
#include "tst_netplatform.moc"
