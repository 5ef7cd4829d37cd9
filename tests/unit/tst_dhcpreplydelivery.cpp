#include "core/dhcp/dhcpreplydelivery.h"

#include <QTest>

// Where replies go (RFC 2131 §4.1), for the production policy and the loopback-test policy.
class TestDhcpReplyDelivery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destination_data();
    void destination();
};

void TestDhcpReplyDelivery::destination_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("giaddr");
    QTest::addColumn<QString>("ciaddr");
    QTest::addColumn<int>("replyType");
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("port");
    const int broadcast = int(DhcpReplyDelivery::Mode::Broadcast);
    const int unicast = int(DhcpReplyDelivery::Mode::UnicastToSender);
    const int offer = int(DhcpMessage::Type::Offer);
    const int ack = int(DhcpMessage::Type::Ack);
    const int nak = int(DhcpMessage::Type::Nak);
    const QString none = QStringLiteral("0.0.0.0");
    const QString all = QStringLiteral("255.255.255.255");
    QTest::newRow("offer to a client without address") << broadcast << none << none << offer << all << 68;
    QTest::newRow("renewing ack to ciaddr")
        << broadcast << none << QStringLiteral("10.231.0.7") << ack << QStringLiteral("10.231.0.7") << 68;
    QTest::newRow("nak always broadcast") << broadcast << none << QStringLiteral("10.231.0.7") << nak << all << 68;
    QTest::newRow("relayed offer to the relay")
        << broadcast << QStringLiteral("10.231.0.254") << none << offer << QStringLiteral("10.231.0.254") << 67;
    QTest::newRow("relayed nak to the relay")
        << broadcast << QStringLiteral("10.231.0.254") << none << nak << QStringLiteral("10.231.0.254") << 67;
    QTest::newRow("loopback tests: back to sender")
        << unicast << QStringLiteral("10.231.0.254") << none << offer << QStringLiteral("127.0.0.1") << 40000;
}

void TestDhcpReplyDelivery::destination()
{
    QFETCH(int, mode);
    QFETCH(QString, giaddr);
    QFETCH(QString, ciaddr);
    QFETCH(int, replyType);
    QFETCH(QString, address);
    QFETCH(int, port);
    DhcpMessage request;
    request.giaddr = QHostAddress(giaddr).toIPv4Address();
    request.ciaddr = QHostAddress(ciaddr).toIPv4Address();
    DhcpMessage reply;
    reply.op = 2;
    reply.setType(DhcpMessage::Type(replyType));
    const DhcpReplyDelivery delivery{DhcpReplyDelivery::Mode(mode)};
    const auto target = delivery.destination(request, reply, QHostAddress(QHostAddress::LocalHost), 40000, 67, 68);
    QCOMPARE(target.address, QHostAddress(address));
    QCOMPARE(int(target.port), port);
}

QTEST_GUILESS_MAIN(TestDhcpReplyDelivery)
#include "tst_dhcpreplydelivery.moc"
