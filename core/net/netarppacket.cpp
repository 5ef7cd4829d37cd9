#include "core/net/netarppacket.h"

#include <QtEndian>

namespace {
constexpr quint16 kHardwareEthernet = 1;
constexpr quint16 kProtocolIpv4 = 0x0800;

void putMac(QByteArray &out, const MacAddress &mac)
{
    const auto bytes = mac.bytes();
    out.append(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

MacAddress macAt(QByteArrayView data, qsizetype offset)
{
    std::array<quint8, 6> bytes{};
    for (size_t i = 0; i < bytes.size(); ++i)
        bytes[i] = quint8(data[offset + qsizetype(i)]);
    return MacAddress(bytes);
}
} // namespace

NetArpPacket NetArpPacket::probe(const MacAddress &sender, quint32 target)
{
    NetArpPacket packet;
    packet.operation = Request;
    packet.senderMac = sender;
    packet.targetAddress = target;
    return packet;
}

QByteArray NetArpPacket::serialize() const
{
    QByteArray out;
    out.reserve(kSize);
    char word[4];
    qToBigEndian(kHardwareEthernet, word);
    out.append(word, 2);
    qToBigEndian(kProtocolIpv4, word);
    out.append(word, 2);
    out.append(char(6));
    out.append(char(4));
    qToBigEndian(operation, word);
    out.append(word, 2);
    putMac(out, senderMac);
    qToBigEndian(senderAddress, word);
    out.append(word, 4);
    putMac(out, targetMac);
    qToBigEndian(targetAddress, word);
    out.append(word, 4);
    return out;
}

std::optional<NetArpPacket> NetArpPacket::parse(QByteArrayView data)
{
    if (data.size() < kSize)
        return std::nullopt;
    const auto *bytes = data.data();
    if (qFromBigEndian<quint16>(bytes) != kHardwareEthernet || qFromBigEndian<quint16>(bytes + 2) != kProtocolIpv4 ||
        quint8(bytes[4]) != 6 || quint8(bytes[5]) != 4)
        return std::nullopt;
    NetArpPacket packet;
    packet.operation = qFromBigEndian<quint16>(bytes + 6);
    if (packet.operation != Request && packet.operation != Reply)
        return std::nullopt;
    packet.senderMac = macAt(data, 8);
    packet.senderAddress = qFromBigEndian<quint32>(bytes + 14);
    packet.targetMac = macAt(data, 18);
    packet.targetAddress = qFromBigEndian<quint32>(bytes + 24);
    return packet;
}
