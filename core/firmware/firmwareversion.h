#pragma once

#include <QString>

#include <compare>
#include <optional>

// A phone load version as spelled in load IDs: "9-4-2SR3-1S" (SIP41.9-4-2SR3-1S), "8-5-2SR1S", "8-12-00" (P0S3).
// Only major.minor(patch) take part in comparisons; the rest is kept for display.
struct FirmwareVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString suffix; // "SR3-1S"

    // The text after the family prefix and its '.' or '-' separator; nullopt if it does not start with N-N-N.
    static std::optional<FirmwareVersion> parse(QStringView text);
    QString toString() const; // "9.4(2)SR3-1S", Cisco's usual spelling

    friend bool operator==(const FirmwareVersion &a, const FirmwareVersion &b)
    {
        return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
    friend std::strong_ordering operator<=>(const FirmwareVersion &a, const FirmwareVersion &b)
    {
        if (const auto c = a.major <=> b.major; c != 0)
            return c;
        if (const auto c = a.minor <=> b.minor; c != 0)
            return c;
        return a.patch <=> b.patch;
    }
    // 8.3(3) ≤ v ≤ 8.5(2): the intermediate loads of §4.1.
    bool isJumpLoad() const;
};
