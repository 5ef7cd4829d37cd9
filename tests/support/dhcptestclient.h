#pragma once

#include "core/common/macaddress.h"
#include "core/dhcp/dhcpmessage.h"

#include <QHostAddress>
#include <QUdpSocket>

#include <optional>

// A scripted DHCP client on loopback for the server suites: builds phone-like requests and waits (bounded,
// event loop running) for the reply with the same xid.
class DhcpTestClient
{
public:
    explicit DhcpTestClient(quint16 serverPort, QHostAddress server = QHostAddress(QHostAddress::LocalHost));
    bool bind();
    quint16 localPort() const { return m_socket.localPort(); }

    // A request as a 79xx sends it (docs/phones.md, "Boot sequences"): option 60 with the trailing NUL, 12 SEP<MAC>,
    // 61 = type 1 + MAC, PRL 1 66 6 3 15 150 35. vendorClass empty: no option 60 at all.
    static DhcpMessage
    phoneMessage(DhcpMessage::Type type, const MacAddress &mac,
                 const QByteArray &vendorClass = QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38));
    static MacAddress mac(int n); // 00:1e:4a:00:xx:yy

    bool send(const DhcpMessage &message);
    std::optional<DhcpMessage> exchange(const DhcpMessage &message, int timeoutMs = 3000);
    // True when nothing answers the message's xid within quietMs.
    bool staysSilent(const DhcpMessage &message, int quietMs = 300);

private:
    std::optional<DhcpMessage> awaitReply(quint32 xid, int timeoutMs);
    QUdpSocket m_socket;
    QHostAddress m_server;
    quint16 m_serverPort;
    quint32 m_nextXid = 0x5ccb0000;
};
