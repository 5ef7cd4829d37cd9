#include "core/provisioning/phoneclockrule.h"

#include <QDateTime>

namespace {

struct YearChanges
{
    std::optional<QTimeZone::OffsetData> toDaylight;
    std::optional<QTimeZone::OffsetData> toStandard;
};

YearChanges changesIn(const QTimeZone &zone, int year)
{
    YearChanges found;
    const QDateTime from(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc());
    const QDateTime to(QDate(year, 12, 31), QTime(23, 59, 59), QTimeZone::utc());
    for (const QTimeZone::OffsetData &transition : zone.transitions(from, to)) {
        const bool daylight = transition.daylightTimeOffset > 0;
        if (daylight && !found.toDaylight)
            found.toDaylight = transition;
        else if (!daylight && !found.toStandard && transition.standardTimeOffset == zone.standardTimeOffset(from))
            found.toStandard = transition;
    }
    return found;
}

// The wall-clock date and time just before the change: the offset in force before it applies.
QDateTime wallClockBefore(const QTimeZone &zone, const QTimeZone::OffsetData &transition)
{
    const QDateTime justBefore = transition.atUtc.addSecs(-1);
    return transition.atUtc.addSecs(zone.offsetFromUtc(justBefore));
}

PhoneClockRule::Change relative(const QDateTime &local)
{
    const QDate date = local.date();
    PhoneClockRule::Change change;
    change.month = date.month();
    change.weekOfMonth = date.day() + 7 > date.daysInMonth() ? 8 : (date.day() - 1) / 7 + 1;
    change.dayOfWeek = date.dayOfWeek() % 7 + 1; // Qt: Monday = 1 … Sunday = 7; Cisco: Sunday = 1 … Saturday = 7
    change.wallClock = local.time();
    return change;
}

PhoneClockRule::Change absolute(const QDateTime &local)
{
    PhoneClockRule::Change change;
    change.month = local.date().month();
    change.dayOfMonth = local.date().day();
    change.wallClock = local.time();
    return change;
}

// A rule that names the same weekday of the month in both years is relative; the same date in both is absolute;
// anything else (rules that move with a calendar Qt knows and the phone does not) is this year's as relative.
PhoneClockRule::Change choose(const QTimeZone &zone, const QTimeZone::OffsetData &thisYear,
                              const std::optional<QTimeZone::OffsetData> &nextYear)
{
    const QDateTime local = wallClockBefore(zone, thisYear);
    if (!nextYear)
        return relative(local);
    const QDateTime nextLocal = wallClockBefore(zone, *nextYear);
    if (relative(local) == relative(nextLocal))
        return relative(local);
    if (absolute(local) == absolute(nextLocal))
        return absolute(local);
    return relative(local);
}

} // namespace

PhoneClockRule PhoneClockRule::forZone(const QTimeZone &zone, int year)
{
    PhoneClockRule rule;
    if (!zone.isValid())
        return rule;
    const QDateTime midYear(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc());
    rule.standardOffsetSeconds = zone.standardTimeOffset(midYear);
    const YearChanges now = changesIn(zone, year);
    if (!now.toDaylight || !now.toStandard)
        return rule;
    const YearChanges next = changesIn(zone, year + 1);
    rule.daylightExtraSeconds = now.toDaylight->daylightTimeOffset;
    rule.daylightStart = choose(zone, *now.toDaylight, next.toDaylight);
    rule.daylightStop = choose(zone, *now.toStandard, next.toStandard);
    return rule;
}
