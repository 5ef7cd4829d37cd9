#include "core/net/netplatform.h"
#include "core/net/netudpsocket.h"
#include "core/net/networkinterfaceinfo.h"

#include <QNetworkDatagram>
#include <QProcess>
#include <QTest>
#include <QUdpSocket>

#include <unistd.h>

// core/net against the real OS: card listing, and bind failures mapped to the error the UI needs.
class TestNetPlatform : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsLoopback();
    void find_data();
    void find();
    void busyPortNamesHolder();
    void privilegedPortNeedsPrivileges();
    void unknownCard();
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
    QTest::newRow("by name") << QStringLiteral("lo") << true;
    QTest::newRow("by address") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("unknown name") << QStringLiteral("nosuchcard0") << false;
    QTest::newRow("foreign address") << QStringLiteral("192.0.2.77") << false;
}

void TestNetPlatform::find()
{
    QFETCH(QString, query);
    QFETCH(bool, found);
    const auto card = NetworkInterfaceInfo::find(query);
    QCOMPARE(card.ok(), found);
    if (found)
        QCOMPARE(card->name, QStringLiteral("lo"));
    else
        QCOMPARE(card.error().code(), ErrorCode::InterfaceNotFound);
}

void TestNetPlatform::busyPortNamesHolder()
{
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    NetPlatform::UdpBindRequest request;
    request.address = QHostAddress(QHostAddress::LocalHost);
    request.port = holder.localPort();
    const auto socket = NetUdpSocket::bind(request);
    QVERIFY(!socket);
    QCOMPARE(socket.error().code(), ErrorCode::PortInUse);
    QVERIFY2(socket.error().detail().contains(QStringLiteral("pid %1 (tst_netplatform)").arg(::getpid())),
             qPrintable(socket.error().detail()));
    // The same facts as typed fields, for the UI: which port, and who holds it.
    QCOMPARE(socket.error().port(), request.port);
    QCOMPARE(socket.error().portHolder(), QStringLiteral("pid %1 (tst_netplatform)").arg(::getpid()));
}

void TestNetPlatform::privilegedPortNeedsPrivileges()
{
    if (::geteuid() != 0) {
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

void TestNetPlatform::unknownCard()
{
    if (::geteuid() != 0)
        QSKIP("SO_BINDTODEVICE checks the card only for privileged callers on older kernels");
    NetPlatform::UdpBindRequest request;
    request.interfaceName = QStringLiteral("nosuchcard0");
    const auto socket = NetUdpSocket::bind(request);
    QVERIFY(!socket);
    QCOMPARE(socket.error().code(), ErrorCode::InterfaceNotFound);
}

void TestNetPlatform::boundSocketCarriesDatagrams()
{
    NetPlatform::UdpBindRequest request;
    request.address = QHostAddress(QHostAddress::LocalHost);
    request.interfaceName = ::geteuid() == 0 ? QStringLiteral("lo") : QString();
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
