#include "core/phones/phoneloadversion.h"

#include <QRegularExpression>

std::optional<PhoneLoadVersion> PhoneLoadVersion::parse(QStringView text)
{
    // Separated: 9-4-2SR3-1S, 8-12-00, 8.5.2 (some mirrors rename), any suffix after the patch.
    static const QRegularExpression separated(
        QStringLiteral("^([0-9]{1,3})[-.]([0-9]{1,3})[-.]([0-9]{1,3})([A-Za-z0-9.-]*)$"));
    // The 7940/7960 SCCP IDs have none: two digits each for major, minor, patch and build (08010200), or major,
    // minor and a service release (0801SR02). Seen in real requests (P00308010200, P0030801SR02).
    static const QRegularExpression compact(
        QStringLiteral("^([0-9]{2})([0-9]{2})(?:([0-9]{2})([0-9]{2})|(SR[0-9]{1,2}))$"),
        QRegularExpression::CaseInsensitiveOption);
    PhoneLoadVersion v;
    if (const QRegularExpressionMatch m = separated.match(text); m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        v.patch = m.captured(3).toInt();
        v.suffix = m.captured(4);
        return v;
    }
    if (const QRegularExpressionMatch m = compact.match(text); m.hasMatch()) {
        v.major = m.captured(1).toInt();
        v.minor = m.captured(2).toInt();
        if (m.hasCaptured(3)) {
            v.patch = m.captured(3).toInt();
            v.suffix = QLatin1Char('.') + m.captured(4);
        } else {
            v.suffix = m.captured(5).toUpper();
        }
        return v;
    }
    return std::nullopt;
}

std::optional<PhoneLoadVersion> PhoneLoadVersion::parseBare(QStringView text)
{
    static const QRegularExpression bare(
        QStringLiteral("^([0-9]{1,3})[.-]([0-9]{1,3})(?:\\(([0-9]{1,3})\\)|[.-]([0-9]{1,3}))$"));
    const QRegularExpressionMatch m = bare.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return PhoneLoadVersion{
        m.captured(1).toInt(), m.captured(2).toInt(), (m.hasCaptured(3) ? m.captured(3) : m.captured(4)).toInt(), {}};
}

QString PhoneLoadVersion::toString() const
{
    return QStringLiteral("%1.%2(%3)%4").arg(major).arg(minor).arg(patch).arg(suffix);
}
