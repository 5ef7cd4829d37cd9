#include "core/tftp/tftppacket.h"

#include <QTest>

Q_DECLARE_METATYPE(TftpPacket)
Q_DECLARE_METATYPE(TftpPacket::ParseError)

using namespace Qt::StringLiterals;

using Option = TftpPacket::Option;
using ParseError = TftpPacket::ParseError;

namespace {

QByteArray bytes(std::initializer_list<int> values)
{
    QByteArray out;
    for (int v : values)
        out.append(char(v));
    return out;
}

// Each string followed by its NUL, as on the wire.
QByteArray strings(const QList<QByteArray> &parts)
{
    QByteArray out;
    for (const QByteArray &part : parts)
        out.append(part).append('\0');
    return out;
}

QByteArray rrq(const QByteArray &body)
{
    return bytes({0, 1}) + body;
}

} // namespace

class TestTftpPacket : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRequests_data();
    void parsesRequests();
    void parsesDataAckErrorOack_data();
    void parsesDataAckErrorOack();
    void refusesMalformed_data();
    void refusesMalformed();
    void roundTrips_data();
    void roundTrips();
};

void TestTftpPacket::parsesRequests_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("mode");
    QTest::addColumn<QList<Option>>("options");

    const QList<Option> none;
    QTest::newRow("rrq octet") << rrq(QByteArray("SEP001E4A794100.cnf.xml\0octet\0", 31)) << 1
                               << QByteArray("SEP001E4A794100.cnf.xml") << u"octet"_s << none;
    QTest::newRow("rrq netascii upper case mode")
        << rrq(QByteArray("a.txt\0NETASCII\0", 15)) << 1 << QByteArray("a.txt") << u"netascii"_s << none;
    QTest::newRow("wrq") << (bytes({0, 2}) + QByteArray("up.bin\0octet\0", 13)) << 2 << QByteArray("up.bin")
                         << u"octet"_s << none;
    QTest::newRow("7960 stray trailing NUL")
        << rrq(QByteArray("SIPDefault.cnf\0octet\0\0", 22)) << 1 << QByteArray("SIPDefault.cnf") << u"octet"_s << none;
    QTest::newRow("empty option between options")
        << rrq(strings({"f", "octet", "", "blksize", "1468"})) << 1 << QByteArray("f") << u"octet"_s
        << QList<Option>{{u"blksize"_s, u"1468"_s}};
    QTest::newRow("all options, names case-folded")
        << rrq(strings({"fw.sbn", "octet", "BlkSize", "1468", "tsize", "0", "timeout", "3", "windowsize", "8"})) << 1
        << QByteArray("fw.sbn") << u"octet"_s
        << QList<Option>{
               {u"blksize"_s, u"1468"_s}, {u"tsize"_s, u"0"_s}, {u"timeout"_s, u"3"_s}, {u"windowsize"_s, u"8"_s}};
    QTest::newRow("unknown option kept for the server to ignore")
        << rrq(QByteArray("f\0octet\0multicast\0\0", 20)) << 1 << QByteArray("f") << u"octet"_s
        << QList<Option>{{u"multicast"_s, QString()}};
    QTest::newRow("leading slash kept raw")
        << rrq(QByteArray("/mk-sip.jar\0octet\0", 18)) << 1 << QByteArray("/mk-sip.jar") << u"octet"_s << none;
}

void TestTftpPacket::parsesRequests()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, opcode);
    QFETCH(QByteArray, name);
    QFETCH(QString, mode);
    QFETCH(QList<Option>, options);
    TftpPacket::ParseError why = ParseError::TooLong;
    const auto packet = TftpPacket::parse(datagram, &why);
    QVERIFY2(packet.ok(), qPrintable(packet.error().toLogString()));
    QCOMPARE(why, ParseError::None);
    QCOMPARE(int(packet->opcode()), opcode);
    QCOMPARE(packet->fileName(), name);
    QCOMPARE(packet->mode(), mode);
    QCOMPARE(packet->options(), options);
}

void TestTftpPacket::parsesDataAckErrorOack_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<int>("opcode");
    QTest::addColumn<int>("block");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("errorCode");
    QTest::addColumn<QString>("errorMessage");
    QTest::addColumn<QList<Option>>("options");

    QTest::newRow("data") << (bytes({0, 3, 0x12, 0x34}) + "abc") << 3 << 0x1234 << QByteArray("abc") << 0 << QString()
                          << QList<Option>();
    QTest::newRow("data empty last block")
        << bytes({0, 3, 0xff, 0xff}) << 3 << 0xffff << QByteArray() << 0 << QString() << QList<Option>();
    QTest::newRow("data largest block") << (bytes({0, 3, 0, 1}) + QByteArray(65464, 'x')) << 3 << 1
                                        << QByteArray(65464, 'x') << 0 << QString() << QList<Option>();
    QTest::newRow("ack") << bytes({0, 4, 0, 0}) << 4 << 0 << QByteArray() << 0 << QString() << QList<Option>();
    QTest::newRow("ack trailing bytes ignored")
        << bytes({0, 4, 1, 2, 9, 9}) << 4 << 0x0102 << QByteArray() << 0 << QString() << QList<Option>();
    QTest::newRow("error") << (bytes({0, 5, 0, 1}) + QByteArray("File not found\0", 15)) << 5 << 0 << QByteArray() << 1
                           << u"File not found"_s << QList<Option>();
    QTest::newRow("error without NUL") << (bytes({0, 5, 0, 8}) + "no") << 5 << 0 << QByteArray() << 8 << u"no"_s
                                       << QList<Option>();
    QTest::newRow("error empty message") << bytes({0, 5, 0, 0}) << 5 << 0 << QByteArray() << 0 << QString()
                                         << QList<Option>();
    QTest::newRow("oack") << (bytes({0, 6}) + strings({"blksize", "1468", "tsize", "123"})) << 6 << 0 << QByteArray()
                          << 0 << QString() << QList<Option>{{u"blksize"_s, u"1468"_s}, {u"tsize"_s, u"123"_s}};
    QTest::newRow("oack empty") << bytes({0, 6}) << 6 << 0 << QByteArray() << 0 << QString() << QList<Option>();
}

void TestTftpPacket::parsesDataAckErrorOack()
{
    QFETCH(QByteArray, datagram);
    QFETCH(int, opcode);
    QFETCH(int, block);
    QFETCH(QByteArray, payload);
    QFETCH(int, errorCode);
    QFETCH(QString, errorMessage);
    QFETCH(QList<Option>, options);
    const auto packet = TftpPacket::parse(datagram);
    QVERIFY2(packet.ok(), qPrintable(packet.error().toLogString()));
    QCOMPARE(int(packet->opcode()), opcode);
    QCOMPARE(int(packet->block()), block);
    QCOMPARE(packet->payload(), payload);
    QCOMPARE(int(packet->errorCode()), errorCode);
    QCOMPARE(packet->errorMessage(), errorMessage);
    QCOMPARE(packet->options(), options);
}

void TestTftpPacket::refusesMalformed_data()
{
    QTest::addColumn<QByteArray>("datagram");
    QTest::addColumn<ParseError>("reason");

    QTest::newRow("empty") << QByteArray() << ParseError::TooShort;
    QTest::newRow("one byte") << bytes({0}) << ParseError::TooShort;
    QTest::newRow("opcode 0") << bytes({0, 0, 0, 0}) << ParseError::UnknownOpcode;
    QTest::newRow("opcode 7") << bytes({0, 7}) << ParseError::UnknownOpcode;
    QTest::newRow("opcode 0x0101") << bytes({1, 1, 0}) << ParseError::UnknownOpcode;
    QTest::newRow("rrq without name") << bytes({0, 1}) << ParseError::MissingFileName;
    QTest::newRow("rrq name unterminated") << rrq("abc") << ParseError::UnterminatedString;
    QTest::newRow("rrq empty name") << rrq(QByteArray("\0octet\0", 7)) << ParseError::EmptyFileName;
    QTest::newRow("rrq no mode") << rrq(QByteArray("abc\0", 4)) << ParseError::MissingMode;
    QTest::newRow("rrq empty mode") << rrq(QByteArray("abc\0\0", 5)) << ParseError::MissingMode;
    QTest::newRow("rrq mode unterminated") << rrq(QByteArray("abc\0octet", 9)) << ParseError::UnterminatedString;
    QTest::newRow("rrq mode too long") << rrq(QByteArray("a\0", 2) + QByteArray(65, 'm') + QByteArray(1, '\0'))
                                       << ParseError::OptionTooLong;
    QTest::newRow("rrq option name unterminated")
        << rrq(QByteArray("a\0octet\0blksize", 15)) << ParseError::UnterminatedOption;
    QTest::newRow("rrq option value missing")
        << rrq(QByteArray("a\0octet\0blksize\0", 16)) << ParseError::UnterminatedOption;
    QTest::newRow("rrq option value unterminated")
        << rrq(QByteArray("a\0octet\0blksize\0001468", 20)) << ParseError::UnterminatedOption;
    QTest::newRow("rrq option too long") << rrq(QByteArray("a\0octet\0", 8) + QByteArray(65, 'o') +
                                                QByteArray("\0001\0", 3))
                                         << ParseError::OptionTooLong;
    QTest::newRow("rrq option value too long")
        << rrq(QByteArray("a\0octet\0x\0", 10) + QByteArray(65, '1') + QByteArray(1, '\0'))
        << ParseError::OptionTooLong;
    QByteArray many("a\0octet\0", 8);
    for (int i = 0; i < 17; ++i)
        many += "o" + QByteArray::number(i) + QByteArray("\0v\0", 3);
    QTest::newRow("rrq too many options") << rrq(many) << ParseError::TooManyOptions;
    QTest::newRow("rrq duplicate option")
        << rrq(QByteArray("a\0octet\0blksize\0008\0BLKSIZE\0009\0", 29)) << ParseError::DuplicateOption;
    QTest::newRow("rrq name too long") << rrq(QByteArray(513, 'n') + QByteArray("\0octet\0", 7)) << ParseError::TooLong;
    QTest::newRow("rrq request too long")
        << rrq(QByteArray("a\0octet\0", 8) + QByteArray(2100, '\0')) << ParseError::TooLong;
    QTest::newRow("data short") << bytes({0, 3, 0}) << ParseError::TooShort;
    QTest::newRow("data too long") << (bytes({0, 3, 0, 1}) + QByteArray(65465, 'x')) << ParseError::TooLong;
    QTest::newRow("ack short") << bytes({0, 4, 0}) << ParseError::TooShort;
    QTest::newRow("error short") << bytes({0, 5, 0}) << ParseError::TooShort;
    QTest::newRow("oack option unterminated") << (bytes({0, 6}) + "blksize") << ParseError::UnterminatedOption;
}

void TestTftpPacket::refusesMalformed()
{
    QFETCH(QByteArray, datagram);
    QFETCH(ParseError, reason);
    ParseError why = ParseError::None;
    const auto packet = TftpPacket::parse(datagram, &why);
    QVERIFY(!packet.ok());
    QCOMPARE(packet.error().code(), ErrorCode::TftpMalformedPacket);
    QCOMPARE(why, reason);
    QVERIFY2(packet.error().detail().startsWith(TftpPacket::parseErrorName(reason)),
             qPrintable(packet.error().detail()));
}

void TestTftpPacket::roundTrips_data()
{
    QTest::addColumn<TftpPacket>("packet");
    QTest::addColumn<QByteArray>("wire");

    QTest::newRow("rrq") << TftpPacket::readRequest(u"f.bin"_s, u"octet"_s, {{u"blksize"_s, u"1468"_s}})
                         << rrq(strings({"f.bin", "octet", "blksize", "1468"}));
    QTest::newRow("wrq") << TftpPacket::writeRequest(u"w"_s) << (bytes({0, 2}) + QByteArray("w\0octet\0", 8));
    QTest::newRow("data") << TftpPacket::data(65535, "xy") << (bytes({0, 3, 0xff, 0xff}) + "xy");
    QTest::newRow("ack") << TftpPacket::ack(258) << bytes({0, 4, 1, 2});
    QTest::newRow("error") << TftpPacket::error(TftpPacket::ErrorCode::UnknownTransferId, u"Unknown"_s)
                           << (bytes({0, 5, 0, 5}) + QByteArray("Unknown\0", 8));
    QTest::newRow("oack") << TftpPacket::optionAck({{u"tsize"_s, u"9"_s}})
                          << (bytes({0, 6}) + QByteArray("tsize\0009\0", 8));
}

void TestTftpPacket::roundTrips()
{
    QFETCH(TftpPacket, packet);
    QFETCH(QByteArray, wire);
    QCOMPARE(packet.serialize(), wire);
    const auto parsed = TftpPacket::parse(wire);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->serialize(), wire);
}

QTEST_GUILESS_MAIN(TestTftpPacket)
#include "tst_tftppacket.moc"
