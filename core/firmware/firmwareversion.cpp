#include "core/firmware/firmwareversion.h"

#include <QRegularExpression>

std::optional<FirmwareVersion> FirmwareVersion::parse(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{1,3})-([0-9]{1,3})-([0-9]{1,3})([A-Za-z0-9.-]*)$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    FirmwareVersion v;
    v.major = m.captured(1).toInt();
    v.minor = m.captured(2).toInt();
    v.patch = m.captured(3).toInt();
    v.suffix = m.captured(4);
    return v;
}

QString FirmwareVersion::toString() const
{
    return QStringLiteral("%1.%2(%3)%4").arg(major).arg(minor).arg(patch).arg(suffix);
}

bool FirmwareVersion::isJumpLoad() const
{
    const FirmwareVersion low{8, 3, 3, {}};
    const FirmwareVersion high{8, 5, 2, {}};
    return *this >= low && *this <= high;
}
