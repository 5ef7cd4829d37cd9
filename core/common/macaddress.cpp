#include "core/common/macaddress.h"

namespace {

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Hex digits of `text` if it matches groups of `groupLength` digits joined by `separator` (or no separator at
// all when separator is null); empty when it does not.
QString digitsOf(QStringView text, QChar separator, int groupLength)
{
    QString digits;
    if (separator.isNull())
        return text.toString();
    const qsizetype groups = 12 / groupLength;
    if (text.size() != 12 + groups - 1)
        return {};
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool separatorSlot = (i + 1) % (groupLength + 1) == 0;
        if (separatorSlot != (text[i] == separator))
            return {};
        if (!separatorSlot)
            digits += text[i];
    }
    return digits;
}

} // namespace

std::optional<MacAddress> MacAddress::parse(QStringView text)
{
    text = text.trimmed();
    QString digits;
    if (text.size() == 12)
        digits = digitsOf(text, QChar(), 0);
    else if (text.size() == 17 && text[2] == u':')
        digits = digitsOf(text, u':', 2);
    else if (text.size() == 17 && text[2] == u'-')
        digits = digitsOf(text, u'-', 2);
    else if (text.size() == 14 && text[4] == u'.')
        digits = digitsOf(text, u'.', 4);
    if (digits.size() != 12)
        return std::nullopt;
    std::array<quint8, 6> bytes{};
    for (int i = 0; i < 6; ++i) {
        const int high = hexValue(digits[2 * i]);
        const int low = hexValue(digits[2 * i + 1]);
        if (high < 0 || low < 0)
            return std::nullopt;
        bytes[static_cast<size_t>(i)] = static_cast<quint8>(high * 16 + low);
    }
    return MacAddress(bytes);
}

std::optional<MacAddress> MacAddress::fromBytes(const QByteArray &bytes)
{
    if (bytes.size() < 6)
        return std::nullopt;
    std::array<quint8, 6> value{};
    for (size_t i = 0; i < value.size(); ++i)
        value[i] = static_cast<quint8>(bytes[static_cast<qsizetype>(i)]);
    return MacAddress(value);
}

QByteArray MacAddress::toByteArray() const
{
    return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), static_cast<qsizetype>(m_bytes.size()));
}

QString MacAddress::toCompact() const
{
    return QString::fromLatin1(toByteArray().toHex()).toUpper();
}

QString MacAddress::toColon() const
{
    return QString::fromLatin1(toByteArray().toHex(':'));
}
