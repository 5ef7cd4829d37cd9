#include "core/dhcp/dhcpmessage.h"

#include <QtEndian>

namespace {

constexpr quint32 kMagicCookie = 0x63825363;
constexpr int kSnameOffset = 44;
constexpr int kFileOffset = 108;

Error malformed(const char *token, const QString &detail)
{
    return Error(ErrorCode::DhcpMalformedPacket, QLatin1String(token) + QStringLiteral(": ") + detail);
}

// Reads one options area into `out`, concatenating repeated codes. Returns the overload value (option 52)
// seen in this area, or an error on a length running past the area.
Result<int> readOptions(QByteArrayView area, std::vector<std::pair<quint8, QByteArray>> &out, const char *where)
{
    int overload = 0;
    qsizetype i = 0;
    while (i < area.size()) {
        const quint8 code = quint8(area[i]);
        if (code == DhcpMessage::Pad) {
            ++i;
            continue;
        }
        if (code == DhcpMessage::End)
            break;
        if (i + 1 >= area.size())
            return malformed("option-overrun",
                             QStringLiteral("option %1 without length in %2").arg(code).arg(QLatin1String(where)));
        const int length = quint8(area[i + 1]);
        if (i + 2 + length > area.size())
            return malformed("option-overrun", QStringLiteral("option %1 length %2 past the end of %3")
                                                   .arg(code)
                                                   .arg(length)
                                                   .arg(QLatin1String(where)));
        const QByteArray value = area.sliced(i + 2, length).toByteArray();
        if (code == DhcpMessage::Overload && length == 1)
            overload = quint8(value[0]);
        auto existing = std::find_if(out.begin(), out.end(), [code](const auto &entry) { return entry.first == code; });
        if (existing != out.end())
            existing->second += value;
        else
            out.emplace_back(code, value);
        i += 2 + length;
    }
    return overload;
}

QByteArray cString(QByteArrayView field)
{
    const qsizetype nul = field.indexOf('\0');
    return (nul < 0 ? field : field.first(nul)).toByteArray();
}

void appendOption(QByteArray &out, quint8 code, const QByteArray &value)
{
    // Values over 255 bytes are split into consecutive instances (RFC 3396).
    qsizetype offset = 0;
    do {
        const qsizetype chunk = std::min<qsizetype>(255, value.size() - offset);
        out.append(char(code));
        out.append(char(chunk));
        out.append(value.constData() + offset, chunk);
        offset += chunk;
    } while (offset < value.size());
}

} // namespace

Result<DhcpMessage> DhcpMessage::parse(QByteArrayView datagram)
{
    if (datagram.size() < kMinimumSize)
        return malformed("truncated", QStringLiteral("%1 bytes, need %2").arg(datagram.size()).arg(kMinimumSize));
    if (datagram.size() > kMaximumSize)
        return malformed("too-large", QStringLiteral("%1 bytes").arg(datagram.size()));
    const auto *raw = reinterpret_cast<const uchar *>(datagram.data());
    DhcpMessage message;
    message.op = raw[0];
    if (message.op != 1 && message.op != 2)
        return malformed("bad-op", QString::number(message.op));
    message.htype = raw[1];
    message.hlen = raw[2];
    if (message.hlen > 16)
        return malformed("bad-hlen", QString::number(message.hlen));
    message.hops = raw[3];
    message.xid = qFromBigEndian<quint32>(raw + 4);
    message.secs = qFromBigEndian<quint16>(raw + 8);
    message.flags = qFromBigEndian<quint16>(raw + 10);
    message.ciaddr = qFromBigEndian<quint32>(raw + 12);
    message.yiaddr = qFromBigEndian<quint32>(raw + 16);
    message.siaddr = qFromBigEndian<quint32>(raw + 20);
    message.giaddr = qFromBigEndian<quint32>(raw + 24);
    message.chaddr = datagram.sliced(28, 16).toByteArray();
    if (qFromBigEndian<quint32>(raw + kHeaderSize) != kMagicCookie)
        return malformed("bad-magic", QStringLiteral("no DHCP magic cookie (plain BOOTP is not served)"));

    Result<int> overload = readOptions(datagram.sliced(kMinimumSize), message.m_options, "options");
    if (!overload)
        return overload.error();
    const QByteArrayView fileField = datagram.sliced(kFileOffset, 128);
    const QByteArrayView snameField = datagram.sliced(kSnameOffset, 64);
    // RFC 2131 §4.1: file is read before sname when both carry options.
    if (*overload == 1 || *overload == 3) {
        if (auto r = readOptions(fileField, message.m_options, "file"); !r)
            return r.error();
    } else {
        message.file = cString(fileField);
    }
    if (*overload == 2 || *overload == 3) {
        if (auto r = readOptions(snameField, message.m_options, "sname"); !r)
            return r.error();
    } else {
        message.sname = cString(snameField);
    }
    message.removeOption(Overload); // consumed; never echoed back
    return message;
}

QByteArray DhcpMessage::serialize() const
{
    QByteArray out(kMinimumSize, '\0');
    auto *raw = reinterpret_cast<uchar *>(out.data());
    raw[0] = op;
    raw[1] = htype;
    raw[2] = hlen;
    raw[3] = hops;
    qToBigEndian<quint32>(xid, raw + 4);
    qToBigEndian<quint16>(secs, raw + 8);
    qToBigEndian<quint16>(flags, raw + 10);
    qToBigEndian<quint32>(ciaddr, raw + 12);
    qToBigEndian<quint32>(yiaddr, raw + 16);
    qToBigEndian<quint32>(siaddr, raw + 20);
    qToBigEndian<quint32>(giaddr, raw + 24);
    std::memcpy(raw + 28, chaddr.constData(), size_t(std::min<qsizetype>(16, chaddr.size())));
    std::memcpy(raw + kSnameOffset, sname.constData(), size_t(std::min<qsizetype>(63, sname.size())));
    std::memcpy(raw + kFileOffset, file.constData(), size_t(std::min<qsizetype>(127, file.size())));
    qToBigEndian<quint32>(kMagicCookie, raw + kHeaderSize);
    // Message type first: some small clients only look at the first option.
    if (hasOption(MessageType))
        appendOption(out, MessageType, option(MessageType));
    for (const auto &[code, value] : m_options) {
        if (code != MessageType)
            appendOption(out, code, value);
    }
    out.append(char(End));
    // BOOTP relays and old clients expect at least the 300-byte BOOTP minimum.
    if (out.size() < 300)
        out.append(QByteArray(300 - out.size(), '\0'));
    return out;
}

DhcpMessage::Type DhcpMessage::type() const
{
    const QByteArray value = option(MessageType);
    if (value.size() != 1 || quint8(value[0]) < 1 || quint8(value[0]) > 8)
        return Type::None;
    return Type(quint8(value[0]));
}

bool DhcpMessage::hasOption(quint8 code) const
{
    return std::any_of(m_options.begin(), m_options.end(), [code](const auto &entry) { return entry.first == code; });
}

QByteArray DhcpMessage::option(quint8 code) const
{
    for (const auto &[c, value] : m_options) {
        if (c == code)
            return value;
    }
    return {};
}

void DhcpMessage::setOption(quint8 code, const QByteArray &value)
{
    for (auto &entry : m_options) {
        if (entry.first == code) {
            entry.second = value;
            return;
        }
    }
    m_options.emplace_back(code, value);
}

void DhcpMessage::removeOption(quint8 code)
{
    std::erase_if(m_options, [code](const auto &entry) { return entry.first == code; });
}

std::optional<quint32> DhcpMessage::addressOption(quint8 code) const
{
    return uint32Option(code);
}

std::optional<quint32> DhcpMessage::uint32Option(quint8 code) const
{
    const QByteArray value = option(code);
    if (value.size() != 4)
        return std::nullopt;
    return qFromBigEndian<quint32>(value.constData());
}

std::optional<MacAddress> DhcpMessage::clientMac() const
{
    if (htype != 1 || hlen != 6)
        return std::nullopt;
    return MacAddress::fromBytes(chaddr.left(6));
}

QByteArray DhcpMessage::clientKey() const
{
    const QByteArray id = option(ClientIdentifier);
    if (!id.isEmpty())
        return QByteArray(1, 'i') + id;
    return QByteArray(1, 'h') + char(htype) + chaddr.left(std::min<int>(hlen, 16));
}

QByteArray DhcpMessage::encodeAddress(quint32 address)
{
    return encodeUint32(address);
}

QByteArray DhcpMessage::encodeAddresses(const QList<QHostAddress> &addresses)
{
    QByteArray out;
    for (const QHostAddress &address : addresses)
        out += encodeAddress(address.toIPv4Address());
    return out;
}

QByteArray DhcpMessage::encodeUint32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(value, out.data());
    return out;
}

QList<quint8> DhcpMessage::toCodes(const QByteArray &bytes)
{
    QList<quint8> codes;
    for (char c : bytes)
        codes.append(quint8(c));
    return codes;
}
