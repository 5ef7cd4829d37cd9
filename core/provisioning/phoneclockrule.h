#pragma once

#include <QTime>
#include <QTimeZone>

#include <optional>

// The bench laptop's time zone as the 7940/7960 SIP load wants it in SIPDefault.cnf: a base offset and, where the
// zone has daylight-saving time, the rule for its start and stop. Taken from the zone's transitions in one year;
// a rule that is "the n-th (or last) weekday of a month" in that year and the next is written in that relative
// form, one on a fixed date in the absolute form, so the phone keeps it right in later years too.
struct PhoneClockRule
{
    struct Change
    {
        int month = 0;       // 1-12
        int dayOfMonth = 0;  // absolute form: 1-31; relative form: 0 ("ignore, use the weekday")
        int weekOfMonth = 0; // relative form: 1-5, or 8 for "the last one in the month", as Cisco numbers it
        int dayOfWeek = 0;   // relative form: 1 = Sunday … 7 = Saturday, as Cisco numbers it
        QTime wallClock;     // local time just before the change
        bool operator==(const Change &) const = default;
    };

    int standardOffsetSeconds = 0;
    int daylightExtraSeconds = 0; // 3600 in most zones
    std::optional<Change> daylightStart;
    std::optional<Change> daylightStop;

    bool hasDaylightSaving() const { return daylightStart.has_value() && daylightStop.has_value(); }

    // The rule of `zone` in `year` (the relative or absolute form chosen by comparing with year + 1).
    static PhoneClockRule forZone(const QTimeZone &zone, int year);
};
