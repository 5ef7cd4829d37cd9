#include "core/phones/phonevendorclass.h"

namespace {
const QLatin1String kCisco("Cisco Systems, Inc.");
const QLatin1String kCiscoPhone("Cisco Systems, Inc. IP Phone");

bool isTokenChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}
} // namespace

PhoneVendorClass PhoneVendorClass::parse(QByteArrayView option60)
{
    PhoneVendorClass result;
    QByteArrayView raw = option60.first(std::min<qsizetype>(option60.size(), kMaxLength));
    if (raw.endsWith('\0'))
        raw.chop(1);
    // Control bytes and non-ASCII are shown as '?' so a hostile class cannot forge log lines.
    QString printable;
    printable.reserve(raw.size());
    for (char c : raw)
        printable.append(c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?'));
    result.text = printable;
    result.isCisco = printable.startsWith(kCisco, Qt::CaseInsensitive);
    if (!printable.startsWith(kCiscoPhone, Qt::CaseInsensitive))
        return result;
    const QString rest = printable.mid(kCiscoPhone.size());
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
