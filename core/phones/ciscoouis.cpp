#include "core/phones/ciscoouis.h"

#include <QFile>
#include <QRegularExpression>

namespace {
constexpr qint64 kMaxBytes = 256 * 1024;
}

QString CiscoOuis::builtInPath()
{
    return QStringLiteral(":/phones/cisco-ouis.txt");
}

Result<CiscoOuis> CiscoOuis::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > kMaxBytes)
        return Error(ErrorCode::FileTooLarge, path);
    return fromText(file.read(kMaxBytes), path);
}

Result<CiscoOuis> CiscoOuis::fromText(QByteArrayView text, const QString &origin)
{
    static const QRegularExpression oui(QStringLiteral("^([0-9A-Fa-f]{2}):([0-9A-Fa-f]{2}):([0-9A-Fa-f]{2})$"));
    CiscoOuis ouis;
    int number = 0;
    for (const QByteArray &line : text.toByteArray().split('\n')) {
        ++number;
        const QString trimmed = QString::fromLatin1(line).trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QRegularExpressionMatch match = oui.match(trimmed);
        if (!match.hasMatch())
            return Error(ErrorCode::CatalogInvalid, QStringLiteral("%1 line %2: not an OUI").arg(origin).arg(number));
        ouis.m_prefixes.insert((match.captured(1).toUInt(nullptr, 16) << 16) |
                               (match.captured(2).toUInt(nullptr, 16) << 8) | match.captured(3).toUInt(nullptr, 16));
    }
    return ouis;
}

bool CiscoOuis::contains(const MacAddress &mac) const
{
    if (!mac.isValid())
        return false;
    const auto &b = mac.bytes();
    return m_prefixes.contains((quint32(b[0]) << 16) | (quint32(b[1]) << 8) | quint32(b[2]));
}
