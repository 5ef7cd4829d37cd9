#include "tests/support/dhcptestclient.h"

#include <QNetworkDatagram>
#include <QTest>

DhcpTestClient::DhcpTestClient(quint16 serverPort, QHostAddress server)
    : m_server(std::move(server))
    , m_serverPort(serverPort)
{}

bool DhcpTestClient::bind()
{
    return m_socket.bind(QHostAddress::LocalHost, 0);
}

MacAddress DhcpTestClient::mac(int n)
{
    return MacAddress({0x00, 0x1e, 0x4a, 0x00, quint8(n >> 8), quint8(n)});
}

DhcpMessage DhcpTestClient::phoneMessage(DhcpMessage::Type type, const MacAddress &mac, const QByteArray &vendorClass)
{
    DhcpMessage message;
    message.chaddr = mac.toByteArray() + QByteArray(10, '\0');
    message.setType(type);
    message.setOption(DhcpMessage::ClientIdentifier, QByteArray(1, '\x01') + mac.toByteArray());
    if (!vendorClass.isEmpty())
        message.setOption(DhcpMessage::VendorClass, vendorClass);
    message.setOption(DhcpMessage::HostName, (QStringLiteral("SEP") + mac.toCompact()).toLatin1());
    message.setOption(DhcpMessage::ParameterRequestList, QByteArray("\x01\x42\x06\x03\x0f\x96\x23", 7));
    return message;
}

bool DhcpTestClient::send(const DhcpMessage &message)
{
    return m_socket.writeDatagram(message.serialize(), m_server, m_serverPort) > 0;
}

std::optional<DhcpMessage> DhcpTestClient::exchange(const DhcpMessage &message, int timeoutMs)
{
    DhcpMessage stamped = message;
    if (stamped.xid == 0)
        stamped.xid = ++m_nextXid;
    if (!send(stamped))
        return std::nullopt;
    return awaitReply(stamped.xid, timeoutMs);
}

bool DhcpTestClient::staysSilent(const DhcpMessage &message, int quietMs)
{
    DhcpMessage stamped = message;
    if (stamped.xid == 0)
        stamped.xid = ++m_nextXid;
    return send(stamped) && !awaitReply(stamped.xid, quietMs);
}

std::optional<DhcpMessage> DhcpTestClient::awaitReply(quint32 xid, int timeoutMs)
{
    std::optional<DhcpMessage> found;
    (void)QTest::qWaitFor(
        [&] {
            while (m_socket.hasPendingDatagrams()) {
                const auto reply = DhcpMessage::parse(m_socket.receiveDatagram().data());
                if (reply && reply->xid == xid) {
                    found = reply.value();
                    return true;
                }
            }
            return false;
        },
        timeoutMs);
    return found;
}
