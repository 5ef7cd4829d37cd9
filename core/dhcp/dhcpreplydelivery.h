#pragma once

#include "core/dhcp/dhcpmessage.h"

#include <QHostAddress>

// Where a reply goes. Broadcast follows RFC 2131 §4.1 for a server that cannot unicast to a client without
// an address (no ARP injection): relayed → the relay agent's giaddr on the server port; ciaddr set (renew,
// INFORM) → ciaddr on the client port; otherwise (and every NAK) → 255.255.255.255 on the client port, out
// of the bench card. UnicastToSender answers the datagram's source, which keeps loopback tests on 127.0.0.1.
class DhcpReplyDelivery
{
public:
    enum class Mode { Broadcast, UnicastToSender };
    struct Target
    {
        QHostAddress address;
        quint16 port = 0;
    };

    DhcpReplyDelivery() = default;
    explicit DhcpReplyDelivery(Mode mode)
        : m_mode(mode)
    {}
    Mode mode() const { return m_mode; }

    Target destination(const DhcpMessage &request, const DhcpMessage &reply, const QHostAddress &sender,
                       quint16 senderPort, quint16 serverPort, quint16 clientPort) const;

private:
    Mode m_mode = Mode::Broadcast;
};
