#include "core/dhcp/dhcpmessage.h"

#include <QTest>

namespace {

// A BOOTREQUEST header with chaddr 00:26:99:ef:0f:1a (the public 7911G capture in flan/staticdhcpd issue #28),
// the magic cookie, then `options` verbatim.
QByteArray packet(const QByteArray &options, int hlen = 6, const QByteArray &sname = {}, const QByteArray &file = {})
{
    QByteArray p(240, '\0');
    p[0] = 1;
    p[1] = 1;
    p[2] = char(hlen);
    p[4] = '\x12';
    p[5] = '\x34';
    p[6] = '\x56';
    p[7] = '\x78';
    p.replace(28, 6, QByteArray("\x00\x26\x99\xef\x0f\x1a", 6));
    p.replace(44, sname.size(), sname);
    p.replace(108, file.size(), file);
    p.replace(236, 4, QByteArray("\x63\x82\x53\x63", 4));
    return p + options;
}

QByteArray opt(quint8 code, const QByteArray &value)
{
    return QByteArray(1, char(code)) + char(value.size()) + value;
}

const QByteArray kVendor7911("Cisco Systems, Inc. IP Phone CP-7911G\0", 38);

QByteArray phoneDiscoverOptions()
{
    return opt(53, "\x01") + opt(61, QByteArray("\x01\x00\x26\x99\xef\x0f\x1a", 7)) + opt(12, "SEP002699EF0F1A") +
           opt(60, kVendor7911) + opt(55, QByteArray("\x01\x42\x06\x03\x0f\x96\x23", 7)) + QByteArray(1, '\xff');
}

} // namespace

class TestDhcpMessage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesValid_data();
    void parsesValid();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void roundTrip();
    void longOptionSplitAndRejoined();
    void clientKeyPrefersOptionSixtyOne();
};

void TestDhcpMessage::parsesValid_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("vendorClass");
    QTest::addColumn<QByteArray>("hostname");
    QTest::addColumn<QByteArray>("prl");

    const QByteArray prl("\x01\x42\x06\x03\x0f\x96\x23", 7);
    QTest::newRow("7911 discover") << packet(phoneDiscoverOptions()) << 1 << kVendor7911
                                   << QByteArray("SEP002699EF0F1A") << prl;
    QTest::newRow("no end option, padded") << packet(opt(53, "\x03") + opt(12, "SEP1") + QByteArray(8, '\0')) << 3
                                           << QByteArray() << QByteArray("SEP1") << QByteArray();
    QTest::newRow("options end at datagram end")
        << packet(opt(53, "\x08")) << 8 << QByteArray() << QByteArray() << QByteArray();
    // RFC 3396: a repeated option is one value, concatenated.
    QTest::newRow("split vendor class") << packet(opt(53, "\x01") + opt(60, kVendor7911.left(20)) +
                                                  opt(60, kVendor7911.mid(20)) + "\xff")
                                        << 1 << kVendor7911 << QByteArray() << QByteArray();
    // Option 52: file (1), sname (2) or both (3) carry more options.
    QTest::newRow("overload file") << packet(opt(53, "\x01") + opt(52, "\x01") + "\xff", 6, {},
                                             opt(12, "SEPFILE") + "\xff")
                                   << 1 << QByteArray() << QByteArray("SEPFILE") << QByteArray();
    QTest::newRow("overload both") << packet(opt(52, "\x03") + "\xff", 6, opt(55, "\x01\x96") + "\xff",
                                             opt(53, "\x03") + "\xff")
                                   << 3 << QByteArray() << QByteArray() << QByteArray("\x01\x96");
    QTest::newRow("option 82 tolerated") << packet(opt(53, "\x01") +
                                                   opt(82, QByteArray("\x01\x03"
                                                                      "abc\x02\x02xy",
                                                                      9)) +
                                                   "\xff")
                                         << 1 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("no message type (BOOTP)")
        << packet(QByteArray(1, '\xff')) << 0 << QByteArray() << QByteArray() << QByteArray();
    QTest::newRow("bad message type value")
        << packet(opt(53, "\x09") + "\xff") << 0 << QByteArray() << QByteArray() << QByteArray();
}

void TestDhcpMessage::parsesValid()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, type);
    QFETCH(QByteArray, vendorClass);
    QFETCH(QByteArray, hostname);
    QFETCH(QByteArray, prl);
    const Result<DhcpMessage> message = DhcpMessage::parse(datagram);
    QVERIFY2(message, qPrintable(message.error().toLogString()));
    QCOMPARE(int(message->type()), type);
    QCOMPARE(message->xid, 0x12345678u);
    QCOMPARE(message->option(DhcpMessage::VendorClass), vendorClass);
    QCOMPARE(message->option(DhcpMessage::HostName), hostname);
    QCOMPARE(message->option(DhcpMessage::ParameterRequestList), prl);
    QVERIFY(!message->hasOption(DhcpMessage::Overload));
    QCOMPARE(message->clientMac(), MacAddress::parse(u"00:26:99:ef:0f:1a"));
}

void TestDhcpMessage::rejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<QString>("token");
    const QByteArray good = packet(phoneDiscoverOptions());
    QTest::newRow("empty") << QByteArray() << QStringLiteral("truncated");
    QTest::newRow("header only") << good.left(236) << QStringLiteral("truncated");
    QByteArray badMagic = good;
    badMagic[239] = 0;
    QTest::newRow("bad magic") << badMagic << QStringLiteral("bad-magic");
    QByteArray badOp = good;
    badOp[0] = 3;
    QTest::newRow("bad op") << badOp << QStringLiteral("bad-op");
    QTest::newRow("hlen 17") << packet(opt(53, "\x01"), 17) << QStringLiteral("bad-hlen");
    QTest::newRow("length past end") << packet(QByteArray("\x35\x05\x01", 3)) << QStringLiteral("option-overrun");
    QTest::newRow("code without length") << packet(QByteArray("\x35", 1)) << QStringLiteral("option-overrun");
    QTest::newRow("overrun inside file") << packet(opt(53, "\x01") + opt(52, "\x01"), 6, {},
                                                   QByteArray(127, '\0') + "\x0c")
                                         << QStringLiteral("option-overrun");
    QTest::newRow("too large") << packet(opt(53, "\x01") + QByteArray(5000, '\0')) << QStringLiteral("too-large");
}

void TestDhcpMessage::rejectsMalformed()
{
    QFETCH(QByteArray, datagram);
    QFETCH(QString, token);
    const Result<DhcpMessage> message = DhcpMessage::parse(datagram);
    QVERIFY(!message);
    QCOMPARE(message.error().code(), ErrorCode::DhcpMalformedPacket);
    QVERIFY2(message.error().detail().startsWith(token + QLatin1Char(':')), qPrintable(message.error().detail()));
}

void TestDhcpMessage::roundTrip()
{
    DhcpMessage reply;
    reply.op = 2;
    reply.xid = 0xdeadbeef;
    reply.flags = DhcpMessage::kBroadcastFlag;
    reply.yiaddr = 0x0ae70064;
    reply.siaddr = 0x0ae70001;
    reply.giaddr = 0x0a000001;
    reply.chaddr = QByteArray("\x00\x1e\x4a\x79\x41\x00", 6) + QByteArray(10, '\0');
    reply.setOption(DhcpMessage::ServerIdentifier, DhcpMessage::encodeAddress(0x0ae70001));
    reply.setType(DhcpMessage::Type::Offer); // set last, still serialized first
    reply.setOption(DhcpMessage::CiscoTftpServers, DhcpMessage::encodeAddress(0x0ae70001));
    reply.setOption(DhcpMessage::TftpServerName, "10.231.0.1");
    const QByteArray wire = reply.serialize();
    QVERIFY(wire.size() >= 300);
    QCOMPARE(wire.mid(240, 3), QByteArray("\x35\x01\x02", 3));
    const Result<DhcpMessage> back = DhcpMessage::parse(wire);
    QVERIFY(back);
    QCOMPARE(back->op, quint8(2));
    QCOMPARE(back->xid, reply.xid);
    QVERIFY(back->broadcastFlag());
    QCOMPARE(back->yiaddr, reply.yiaddr);
    QCOMPARE(back->siaddr, reply.siaddr);
    QCOMPARE(back->giaddr, reply.giaddr);
    QCOMPARE(back->chaddr, reply.chaddr);
    QCOMPARE(back->type(), DhcpMessage::Type::Offer);
    QCOMPARE(back->addressOption(DhcpMessage::CiscoTftpServers), 0x0ae70001u);
    QCOMPARE(back->option(DhcpMessage::TftpServerName), QByteArray("10.231.0.1"));
    QCOMPARE(back->serialize(), wire);
}

void TestDhcpMessage::longOptionSplitAndRejoined()
{
    DhcpMessage message;
    message.setType(DhcpMessage::Type::Ack);
    const QByteArray big(600, 'x');
    message.setOption(DhcpMessage::DomainName, big);
    const Result<DhcpMessage> back = DhcpMessage::parse(message.serialize());
    QVERIFY(back);
    QCOMPARE(back->option(DhcpMessage::DomainName), big);
}

void TestDhcpMessage::clientKeyPrefersOptionSixtyOne()
{
    DhcpMessage a = DhcpMessage::parse(packet(phoneDiscoverOptions())).value();
    DhcpMessage b = a;
    b.chaddr[5] = 0x55;
    QCOMPARE(a.clientKey(), b.clientKey());
    a.removeOption(DhcpMessage::ClientIdentifier);
    b.removeOption(DhcpMessage::ClientIdentifier);
    QVERIFY(a.clientKey() != b.clientKey());
}

QTEST_GUILESS_MAIN(TestDhcpMessage)
#include "tst_dhcpmessage.moc"
