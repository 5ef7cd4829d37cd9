#pragma once

#include "core/common/macaddress.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

// The 28-byte ARP payload for IPv4 over Ethernet (RFC 826), without the Ethernet header (the packet socket
// adds and strips it). Addresses are host-order IPv4 values.
struct NetArpPacket
{
    static constexpr int kSize = 28;
    enum Operation : quint16 { Request = 1, Reply = 2 };

    quint16 operation = Request;
    MacAddress senderMac;
    quint32 senderAddress = 0;
    MacAddress targetMac;
    quint32 targetAddress = 0;

    // RFC 5227 probe: a request from `sender` with sender address 0.0.0.0, so no neighbour's ARP cache learns
    // anything from it while the address may still be someone else's.
    static NetArpPacket probe(const MacAddress &sender, quint32 target);
    QByteArray serialize() const;
    // nullopt for anything that is not an Ethernet/IPv4 request or reply; trailing padding is ignored.
    static std::optional<NetArpPacket> parse(QByteArrayView data);
};
