#include "core/dhcp/dhcpreplydelivery.h"

DhcpReplyDelivery::Target DhcpReplyDelivery::destination(const DhcpMessage &request, const DhcpMessage &reply,
                                                         const QHostAddress &sender, quint16 senderPort,
                                                         quint16 serverPort, quint16 clientPort) const
{
    if (m_mode == Mode::UnicastToSender)
        return {sender, senderPort};
    if (request.giaddr != 0)
        return {QHostAddress(request.giaddr), serverPort};
    if (reply.type() != DhcpMessage::Type::Nak && request.ciaddr != 0)
        return {QHostAddress(request.ciaddr), clientPort};
    return {QHostAddress(QHostAddress::Broadcast), clientPort};
}
