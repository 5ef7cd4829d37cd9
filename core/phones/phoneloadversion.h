#pragma once

#include <QString>

#include <compare>
#include <optional>

// A phone load's version as spelled in load IDs: "9-4-2SR3-1S" (SIP41.9-4-2SR3-1S), "8-5-2SR1S", "8-12-00" (P0S3),
// and the separator-less form of the 7940/7960 SCCP loads: "08010200" (P00308010200, 8.1(2.00)) and "0801SR02"
// (P0030801SR02, 8.1 SR2). Only major.minor(patch) take part in comparisons; the rest is kept for display.
struct PhoneLoadVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;
    QString suffix; // "SR3-1S", ".00", "SR02"

    // The text after the family prefix (and its '.' or '-' separator, if any); nullopt when it is neither form.
    static std::optional<PhoneLoadVersion> parse(QStringView text);
    // "8.3(3)", "8-3-3", "8.3.3": how the catalog and people write a bare version.
    static std::optional<PhoneLoadVersion> parseBare(QStringView text);
    QString toString() const; // "9.4(2)SR3-1S", Cisco's usual spelling

    friend bool operator==(const PhoneLoadVersion &a, const PhoneLoadVersion &b)
    {
        return a.major == b.major && a.minor == b.minor && a.patch == b.patch;
    }
    friend std::strong_ordering operator<=>(const PhoneLoadVersion &a, const PhoneLoadVersion &b)
    {
        if (const auto c = a.major <=> b.major; c != 0)
            return c;
        if (const auto c = a.minor <=> b.minor; c != 0)
            return c;
        return a.patch <=> b.patch;
    }
};
