// Which DHCP clients count as phones: option 60, else SEP<own MAC> from a Cisco MAC prefix. The option-60 forms
// and the host-name rule come from public captures and field reports (docs/phones.md, "DHCP").
#include "core/phones/phoneclientfilter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Verdict = PhoneClientFilter::Verdict;

class TestPhoneClientFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInListHoldsThePhonesPrefixes();
    void brokenListIsRefused();
    void judge_data();
    void judge();
};

void TestPhoneClientFilter::builtInListHoldsThePhonesPrefixes()
{
    const Result<CiscoOuis> ouis = CiscoOuis::load();
    QVERIFY2(ouis, qPrintable(ouis.error().toLogString()));
    QVERIFY(ouis->size() > 1000); // the IEEE registry lists over a thousand for Cisco Systems
    // Prefixes seen on 79xx phones in public material: 7940, 7960, 7941, 7911, 7942, 7962, 7970, 7975, 7945.
    for (const QString &mac : {u"00:0C:30:00:00:01"_s, u"00:0E:84:00:00:01"_s, u"00:1B:D5:00:00:01"_s,
                               u"00:26:99:00:00:01"_s, u"00:27:0D:00:00:01"_s, u"00:21:55:00:00:01"_s,
                               u"00:1B:2A:00:00:01"_s, u"00:22:90:00:00:01"_s, u"D0:C7:89:00:00:01"_s})
        QVERIFY2(ouis->contains(*MacAddress::parse(mac)), qPrintable(mac));
    QVERIFY(!ouis->contains(*MacAddress::parse(u"52:54:00:12:34:56"))); // a QEMU guest
    QVERIFY(!ouis->contains(MacAddress()));
}

void TestPhoneClientFilter::brokenListIsRefused()
{
    const Result<CiscoOuis> broken = CiscoOuis::fromText("# comment\n00:00:0C\nnot-an-oui\n", u"x.txt"_s);
    QCOMPARE(broken.error().code(), ErrorCode::CatalogInvalid);
    QCOMPARE(broken.error().detail(), u"x.txt line 3: not an OUI"_s);
    QCOMPARE(CiscoOuis::fromText("\n# only comments\n\n00:00:0c\n", u"y"_s)->size(), 1);
}

void TestPhoneClientFilter::judge_data()
{
    QTest::addColumn<QString>("mac");
    QTest::addColumn<QByteArray>("option60");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<Verdict>("verdict");
    const QString cisco = u"00:1E:4A:79:41:00"_s;
    const QString other = u"52:54:00:79:41:00"_s;
    QTest::newRow("7941, usual form") << cisco << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38)
                                      << u"SEP001E4A794100"_s << Verdict::Phone;
    QTest::newRow("option 60 alone decides")
        << other << QByteArray("Cisco Systems, Inc. IP Phone CP-7962G\0", 38) << QString() << Verdict::Phone;
    QTest::newRow("no option 60, SEP<own MAC>")
        << cisco << QByteArray() << u"SEP001E4A794100"_s << Verdict::PhoneByHostname;
    QTest::newRow("lower-case host name") << cisco << QByteArray() << u"sep001e4a794100"_s << Verdict::PhoneByHostname;
    QTest::newRow("6901 form, SEP<own MAC>")
        << cisco << QByteArray("Cisco Systems, Inc.") << u"SEP001E4A794100"_s << Verdict::PhoneByHostname;
    QTest::newRow("SEP of another MAC") << cisco << QByteArray() << u"SEP001E4A794101"_s << Verdict::NotAPhone;
    QTest::newRow("SEP from a non-Cisco MAC") << other << QByteArray() << u"SEP525400794100"_s << Verdict::NotAPhone;
    QTest::newRow("PC naming itself SEP")
        << cisco << QByteArray("MSFT 5.0") << u"SEP001E4A794100"_s << Verdict::NotAPhone;
    QTest::newRow("nothing at all") << cisco << QByteArray() << QString() << Verdict::NotAPhone;
    QTest::newRow("SEP and junk") << cisco << QByteArray() << u"SEP001E4A794100x"_s << Verdict::NotAPhone;
}

void TestPhoneClientFilter::judge()
{
    QFETCH(QString, mac);
    QFETCH(QByteArray, option60);
    QFETCH(QString, hostname);
    QFETCH(Verdict, verdict);
    const PhoneClientFilter filter(CiscoOuis::load().value());
    QCOMPARE(filter.judge(*MacAddress::parse(mac), option60, hostname), verdict);
    QCOMPARE(filter.admits(*MacAddress::parse(mac), option60, hostname), verdict != Verdict::NotAPhone);
}

QTEST_GUILESS_MAIN(TestPhoneClientFilter)
#include "tst_phoneclientfilter.moc"
