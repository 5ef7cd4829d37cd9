#include "tests/support/netnsfixture.h"

#include <QNetworkDatagram>
#include <QSignalSpy>
#include <QTest>
#include <QUdpSocket>

class TestNetnsFixture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void namespacesAreJoinedAndTornDown();
    void clientMacAndNoAddress();
    void inProcessServerReachableFromClient();
    void phonesShareTheServerBridge();
};

void TestNetnsFixture::namespacesAreJoinedAndTornDown()
{
    SCCP2SIP_REQUIRE_ROOT();
    QString serverNs;
    QString clientNs;
    {
        NetnsFixture net;
        QVERIFY2(net.setUp(), qPrintable(net.lastError()));
        serverNs = net.serverNamespace();
        clientNs = net.clientNamespace();
        const auto ping = net.runInClient({QStringLiteral("busybox"), QStringLiteral("ping"), QStringLiteral("-c1"),
                                           QStringLiteral("-W2"), net.serverAddress()});
        QVERIFY2(ping.succeeded(), qPrintable(ping.describe()));
        // A background process is stopped by the teardown.
        QProcess *sleeper = net.startInServer({QStringLiteral("sleep"), QStringLiteral("300")});
        QCOMPARE(sleeper->state(), QProcess::Running);
    }
    const auto list = NetnsFixture::runOnHost({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("list")});
    QVERIFY(list.succeeded());
    QVERIFY2(!list.standardOutput.contains(serverNs.toLatin1()), list.standardOutput.constData());
    QVERIFY2(!list.standardOutput.contains(clientNs.toLatin1()), list.standardOutput.constData());
}

void TestNetnsFixture::clientMacAndNoAddress()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.clientAddress.clear();
    options.clientMac = QStringLiteral("00:1e:4a:79:41:00");
    NetnsFixture net(options);
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    const auto link = net.runInClient({QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("link"),
                                       QStringLiteral("show"), net.clientInterface()});
    QVERIFY2(link.succeeded(), qPrintable(link.describe()));
    QVERIFY2(link.standardOutput.contains("00:1e:4a:79:41:00"), link.standardOutput.constData());
    const auto addr = net.runInClient({QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("-4"),
                                       QStringLiteral("addr"), QStringLiteral("show"), net.clientInterface()});
    QVERIFY(addr.succeeded());
    QVERIFY2(!addr.standardOutput.contains("inet "), addr.standardOutput.constData());
}

void TestNetnsFixture::inProcessServerReachableFromClient()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture net;
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    QVERIFY2(net.enterServerNamespace(), qPrintable(net.lastError()));
    QUdpSocket server;
    QVERIFY(server.bind(QHostAddress(net.serverAddress()), 0));
    QSignalSpy received(&server, &QUdpSocket::readyRead);
    net.startInClient(
        {QStringLiteral("bash"), QStringLiteral("-c"),
         QStringLiteral("printf hello > /dev/udp/%1/%2").arg(net.serverAddress()).arg(server.localPort())});
    QVERIFY(received.wait(5000));
    const QByteArray datagram = server.receiveDatagram().data();
    QCOMPARE(datagram, QByteArray("hello"));
}

void TestNetnsFixture::phonesShareTheServerBridge()
{
    SCCP2SIP_REQUIRE_ROOT();
    QStringList namespaces;
    {
        NetnsFixture::Options options;
        options.phoneMacs = {QStringLiteral("00:1e:4a:00:00:01"), QStringLiteral("00:21:d8:00:00:02"),
                             QStringLiteral("00:1f:9e:00:00:03")};
        NetnsFixture net(options);
        QVERIFY2(net.setUp(), qPrintable(net.lastError()));
        QCOMPARE(net.phoneCount(), 3);
        QVERIFY(!net.bridgeInterface().isEmpty());
        // The classic client still reaches the server through the bridge.
        const auto classic = net.runInClient({QStringLiteral("busybox"), QStringLiteral("ping"), QStringLiteral("-c1"),
                                              QStringLiteral("-W2"), net.serverAddress()});
        QVERIFY2(classic.succeeded(), qPrintable(classic.describe()));
        for (int i = 0; i < net.phoneCount(); ++i) {
            namespaces << net.phoneNamespace(i);
            const auto link = net.runInPhone(i, {QStringLiteral("ip"), QStringLiteral("-o"), QStringLiteral("link"),
                                                 QStringLiteral("show"), net.phoneInterface(i)});
            QVERIFY2(link.standardOutput.contains(net.phoneMac(i).toLatin1()), link.standardOutput.constData());
            const auto address = net.runInPhone(i, {QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                                                    QStringLiteral("10.231.0.%1/24").arg(100 + i),
                                                    QStringLiteral("dev"), net.phoneInterface(i)});
            QVERIFY2(address.succeeded(), qPrintable(address.describe()));
            const auto ping = net.runInPhone(i, {QStringLiteral("busybox"), QStringLiteral("ping"),
                                                 QStringLiteral("-c1"), QStringLiteral("-W2"), net.serverAddress()});
            QVERIFY2(ping.succeeded(), qPrintable(ping.describe()));
        }
        // Phones see each other on the bridge (one L2 segment, like a bench switch).
        const auto neighbour =
            net.runInPhone(0, {QStringLiteral("busybox"), QStringLiteral("ping"), QStringLiteral("-c1"),
                               QStringLiteral("-W2"), QStringLiteral("10.231.0.102")});
        QVERIFY2(neighbour.succeeded(), qPrintable(neighbour.describe()));
        QProcess *sleeper = net.startInPhone(2, {QStringLiteral("sleep"), QStringLiteral("300")});
        QCOMPARE(sleeper->state(), QProcess::Running);
    }
    const auto list = NetnsFixture::runOnHost({QStringLiteral("ip"), QStringLiteral("netns"), QStringLiteral("list")});
    for (const QString &ns : namespaces)
        QVERIFY2(!list.standardOutput.contains(ns.toLatin1()), list.standardOutput.constData());
}

QTEST_GUILESS_MAIN(TestNetnsFixture)
#include "tst_netnsfixture.moc"
