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

QTEST_GUILESS_MAIN(TestNetnsFixture)
#include "tst_netnsfixture.moc"
