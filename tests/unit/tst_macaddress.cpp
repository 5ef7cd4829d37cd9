#include "core/common/macaddress.h"

#include <QSet>
#include <QTest>

class TestMacAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesEverySpelling_data();
    void parsesEverySpelling();
    void rejectsMalformed_data();
    void rejectsMalformed();
    void fromBytes();
    void hashAndOrder();
};

void TestMacAddress::parsesEverySpelling_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("colon lower") << QStringLiteral("00:1c:58:d6:44:33");
    QTest::newRow("colon upper") << QStringLiteral("00:1C:58:D6:44:33");
    QTest::newRow("dash") << QStringLiteral("00-1C-58-d6-44-33");
    QTest::newRow("cisco dotted") << QStringLiteral("001C.58D6.4433");
    QTest::newRow("bare lower") << QStringLiteral("001c58d64433");
    QTest::newRow("bare upper padded") << QStringLiteral("  001C58D64433\t");
}

void TestMacAddress::parsesEverySpelling()
{
    QFETCH(QString, text);
    const auto mac = MacAddress::parse(text);
    QVERIFY(mac.has_value());
    QVERIFY(mac->isValid());
    QCOMPARE(mac->toCompact(), QStringLiteral("001C58D64433"));
    QCOMPARE(mac->toColon(), QStringLiteral("00:1c:58:d6:44:33"));
}

void TestMacAddress::rejectsMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("001c58d644");
    QTest::newRow("too long") << QStringLiteral("001c58d6443300");
    QTest::newRow("non hex") << QStringLiteral("001c58d6443g");
    QTest::newRow("mixed separators") << QStringLiteral("00:1c-58:d6:44:33");
    QTest::newRow("misplaced colon") << QStringLiteral("001:c5:8d6:44:33");
    QTest::newRow("dotted wrong groups") << QStringLiteral("00.1C58D6.4433");
    QTest::newRow("SEP prefix") << QStringLiteral("SEP001C58D64433");
    QTest::newRow("inner space") << QStringLiteral("001c58 d64433");
}

void TestMacAddress::rejectsMalformed()
{
    QFETCH(QString, text);
    QVERIFY(!MacAddress::parse(text).has_value());
}

void TestMacAddress::fromBytes()
{
    const auto mac = MacAddress::fromBytes(QByteArray::fromHex("001e4a794100ffff"));
    QVERIFY(mac.has_value());
    QCOMPARE(mac->toCompact(), QStringLiteral("001E4A794100"));
    QCOMPARE(mac->toByteArray(), QByteArray::fromHex("001e4a794100"));
    QVERIFY(!MacAddress::fromBytes(QByteArray::fromHex("001e4a")).has_value());
    QVERIFY(!MacAddress().isValid());
}

void TestMacAddress::hashAndOrder()
{
    const MacAddress a = *MacAddress::parse(u"00:00:00:00:00:01");
    const MacAddress b = *MacAddress::parse(u"00:00:00:00:00:02");
    QVERIFY(a < b);
    QVERIFY(a != b);
    QSet<MacAddress> set{a, b, *MacAddress::parse(u"000000000001")};
    QCOMPARE(set.size(), 2);
}

QTEST_GUILESS_MAIN(TestMacAddress)
#include "tst_macaddress.moc"
