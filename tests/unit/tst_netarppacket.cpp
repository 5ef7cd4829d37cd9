#include "core/net/netarppacket.h"

#include <QTest>

// The ARP payload our conflict probe sends and the replies it reads (RFC 826, RFC 5227 probe form).
class TestNetArpPacket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void probeBytes();
    void parse_data();
    void parse();
};

void TestNetArpPacket::probeBytes()
{
    const MacAddress ours({0x02, 0x11, 0x22, 0x33, 0x44, 0x55});
    const QByteArray bytes = NetArpPacket::probe(ours, 0x0ae70002).serialize();
    QCOMPARE(bytes.size(), NetArpPacket::kSize);
    QCOMPARE(bytes.toHex(), QByteArray("0001080006040001"
                                       "021122334455"
                                       "00000000" // sender address 0.0.0.0: nobody learns a mapping from a probe
                                       "000000000000"
                                       "0ae70002"));
}

void TestNetArpPacket::parse_data()
{
    QTest::addColumn<QByteArray>("hex");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("operation");
    QTest::addColumn<quint32>("sender");
    QTest::newRow("reply to our probe") << QByteArray("0001080006040002aabbccddeeff0ae70002021122334455000000000000")
                                        << true << 2 << 0x0ae70002u;
    QTest::newRow("padded to Ethernet minimum")
        << QByteArray("0001080006040001aabbccddeeff0ae70005000000000000 0ae70001000000000000000000000000000000")
               .replace(' ', "")
        << true << 1 << 0x0ae70005u;
    QTest::newRow("truncated") << QByteArray("0001080006040002aabbccddeeff0ae70002021122334455") << false << 0 << 0u;
    QTest::newRow("not Ethernet") << QByteArray("0006080006040002aabbccddeeff0ae70002021122334455000000000000") << false
                                  << 0 << 0u;
    QTest::newRow("not IPv4") << QByteArray("000186dd06040002aabbccddeeff0ae70002021122334455000000000000") << false
                              << 0 << 0u;
    QTest::newRow("RARP operation") << QByteArray("0001080006040003aabbccddeeff0ae70002021122334455000000000000")
                                    << false << 0 << 0u;
    QTest::newRow("empty") << QByteArray() << false << 0 << 0u;
}

void TestNetArpPacket::parse()
{
    QFETCH(QByteArray, hex);
    QFETCH(bool, valid);
    QFETCH(int, operation);
    QFETCH(quint32, sender);
    const auto packet = NetArpPacket::parse(QByteArray::fromHex(hex));
    QCOMPARE(packet.has_value(), valid);
    if (!valid)
        return;
    QCOMPARE(int(packet->operation), operation);
    QCOMPARE(packet->senderAddress, sender);
    QCOMPARE(packet->senderMac, MacAddress({0xaa, 0xbb, 0xcc, 0xdd, 0xee, 0xff}));
    // Round trip.
    QCOMPARE(NetArpPacket::parse(packet->serialize())->serialize(), packet->serialize());
}

QTEST_GUILESS_MAIN(TestNetArpPacket)
#include "tst_netarppacket.moc"
