#include "core/dhcp/dhcpvendorclass.h"

namespace {
constexpr int kMaxLength = 255; // one option's worth; longer concatenations are not a phone's
const QLatin1String kCiscoPhonePrefix("Cisco Systems, Inc. IP Phone");

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}
} // namespace

DhcpVendorClass DhcpVendorClass::parse(const QByteArray &option60)
{
    DhcpVendorClass result;
    QByteArray raw = option60.left(kMaxLength);
    if (raw.endsWith('\0'))
        raw.chop(1);
    // Control bytes and non-ASCII are shown as '?' so a hostile class cannot forge log lines.
    QString printable;
    printable.reserve(raw.size());
    for (char c : std::as_const(raw))
        printable.append(c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?'));
    result.text = printable;
    if (!printable.startsWith(kCiscoPhonePrefix, Qt::CaseInsensitive))
        return result;
    const QString rest = printable.mid(kCiscoPhonePrefix.size());
    if (!rest.isEmpty() && rest.front() != QLatin1Char(' '))
        return result; // "...IP Phones", "...IP PhoneX": not the phone class
    const QString trimmed = rest.trimmed();
    qsizetype end = 0;
    while (end < trimmed.size() && isTokenChar(trimmed.at(end)))
        ++end;
    result.isCiscoPhone = true;
    result.modelToken = trimmed.left(end);
    return result;
}
