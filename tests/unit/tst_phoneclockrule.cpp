#include "core/provisioning/phoneclockrule.h"

#include <QTest>

// The 7940/7960 daylight-saving rule taken from real zones (the IANA database shipped with the OS). Weekday and
// week numbering as the Cisco SIP IP Phone 7960 Administrator Guide (78-10497-02, p. 3-26) gives them:
// 1 = Sunday … 7 = Saturday, weeks 1-6 and 8 for "the last week of the month".
class TestPhoneClockRule : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void zones_data();
    void zones();
    void invalidZoneIsUtcWithoutDaylightSaving();
};

using Change = PhoneClockRule::Change;
Q_DECLARE_METATYPE(std::optional<PhoneClockRule::Change>)

namespace {
Change relative(int month, int week, int dayOfWeek, QTime time)
{
    Change change;
    change.month = month;
    change.weekOfMonth = week;
    change.dayOfWeek = dayOfWeek;
    change.wallClock = time;
    return change;
}
} // namespace

void TestPhoneClockRule::zones_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("standardOffset");
    QTest::addColumn<std::optional<Change>>("start");
    QTest::addColumn<std::optional<Change>>("stop");
    // Last Sunday of March 01:00 GMT, last Sunday of October 02:00 BST.
    QTest::newRow("London") << QByteArray("Europe/London") << 2026 << 0 << std::optional(relative(3, 8, 1, {1, 0}))
                            << std::optional(relative(10, 8, 1, {2, 0}));
    // Second Sunday of March, first Sunday of November, both 02:00 local.
    QTest::newRow("New York") << QByteArray("America/New_York") << 2026 << -5 * 3600
                              << std::optional(relative(3, 2, 1, {2, 0})) << std::optional(relative(11, 1, 1, {2, 0}));
    // Southern hemisphere: daylight saving starts in October and stops in April of the same calendar year.
    QTest::newRow("Sydney") << QByteArray("Australia/Sydney") << 2026 << 10 * 3600
                            << std::optional(relative(10, 1, 1, {2, 0})) << std::optional(relative(4, 1, 1, {3, 0}));
    // Windows' zone table (which Qt uses there) knows India only by its older name.
    QTest::newRow("Kolkata, none") << QByteArray("Asia/Kolkata|Asia/Calcutta") << 2026 << 19800
                                   << std::optional<Change>() << std::optional<Change>();
}

void TestPhoneClockRule::zones()
{
    QFETCH(QByteArray, zone);
    QFETCH(int, year);
    QFETCH(int, standardOffset);
    QFETCH(std::optional<Change>, start);
    QFETCH(std::optional<Change>, stop);
    // A row may name one zone by several IANA aliases; the first one this platform knows is used.
    QTimeZone timeZone;
    for (const QByteArray &alias : zone.split('|')) {
        if (QTimeZone::isTimeZoneIdAvailable(alias)) {
            timeZone = QTimeZone(alias);
            break;
        }
    }
    QVERIFY2(timeZone.isValid(), zone.constData());
    const PhoneClockRule rule = PhoneClockRule::forZone(timeZone, year);
    QCOMPARE(rule.standardOffsetSeconds, standardOffset);
    QCOMPARE(rule.hasDaylightSaving(), start.has_value());
    QCOMPARE(rule.daylightExtraSeconds, start ? 3600 : 0);
    QVERIFY(rule.daylightStart == start);
    QVERIFY(rule.daylightStop == stop);
    // The same rule holds the next year: what the phone is given stays right after New Year.
    const PhoneClockRule next = PhoneClockRule::forZone(timeZone, year + 1);
    QVERIFY(next.daylightStart == start);
    QVERIFY(next.daylightStop == stop);
}

void TestPhoneClockRule::invalidZoneIsUtcWithoutDaylightSaving()
{
    const PhoneClockRule rule = PhoneClockRule::forZone(QTimeZone(), 2026);
    QCOMPARE(rule.standardOffsetSeconds, 0);
    QVERIFY(!rule.hasDaylightSaving());
}

QTEST_GUILESS_MAIN(TestPhoneClockRule)
#include "tst_phoneclockrule.moc"
