#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QHostAddress>
#include <QString>

#include <optional>

// The per-OS socket details behind core/net, one implementation file per OS (netplatform_linux.cpp,
// netplatform_mac.cpp, netplatform_win.cpp); exactly one is compiled. Free functions, no state.
namespace NetPlatform {

struct UdpBindRequest
{
    // Card the socket is tied to: requests arriving on other cards are not seen and replies (broadcasts
    // included) leave through it. Empty: not tied to a card (loopback tests).
    QString interfaceName;
    // Address to bind. Any (0.0.0.0) is needed on Linux to receive 255.255.255.255 broadcasts.
    QHostAddress address = QHostAddress(QHostAddress::AnyIPv4);
    quint16 port = 0;
    bool broadcast = true;
    // Share the port with other sockets (the foreign-server monitor on 68 next to a system DHCP client).
    bool reuseAddress = false;
    // Kernel receive buffer; 0 keeps the system default. A burst of phones (or a load test) overflows the
    // default long before the server is busy.
    int receiveBufferBytes = 0;
    // Ask the OS for each datagram's arrival card and destination (IP_PKTINFO). A socket that only talks to one
    // known peer (a TFTP transfer) saves the option and the per-datagram control message.
    bool packetInfo = true;
};

// Creates, configures and binds an IPv4 UDP socket. Returns the native descriptor (owned by the caller,
// typically handed to QUdpSocket::setSocketDescriptor). Bind failures map to PortInUse (EADDRINUSE) or
// PortNeedsPrivileges (EACCES/EPERM); where the OS tells, the detail names the process holding the port.
Result<qintptr> bindUdp(const UdpBindRequest &request);

// Closes a descriptor returned by bindUdp() that was never handed to a QUdpSocket.
void closeSocket(qintptr descriptor);

// "pid 1234 (dnsmasq)" for the process holding a local UDP port, or empty if the OS does not tell.
QString udpPortHolder(quint16 port);

// Whether the OS says the card is wireless; false when it does not say.
bool isWireless(const QString &interfaceName);

// A packet socket that sends and receives ARP on one card, for conflict probes (Linux: AF_PACKET, needs
// CAP_NET_RAW). Fails with PortNeedsPrivileges without that right, InterfaceNotFound, or SocketError where
// the OS offers no such socket (macOS and Windows here: the server then falls back to neighbourMac()).
struct ArpSocket
{
    qintptr descriptor = -1; // non-blocking; close with closeSocket()
    int interfaceIndex = 0;
};
Result<ArpSocket> openArpSocket(const QString &interfaceName);
// Broadcasts one ARP payload (NetArpPacket) on the card.
Result<void> sendArpBroadcast(const ArpSocket &socket, const QByteArray &payload);
// Reads one pending ARP payload that arrived on the card (our own outgoing ones are skipped); false when
// none is pending.
bool receiveArp(const ArpSocket &socket, QByteArray &payload);

// The MTU of a card by its index (as IP_PKTINFO / QNetworkDatagram::interfaceIndex report it), if the OS tells.
std::optional<int> interfaceMtu(int interfaceIndex);

// The MAC the kernel's neighbour (ARP) table holds for an IPv4 address, if any.
std::optional<MacAddress> neighbourMac(const QHostAddress &address);

} // namespace NetPlatform
