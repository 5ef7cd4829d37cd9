#include "core/net/netplatform.h"

// Windows has no bind-to-device for UDP: binding to the card's own address is what ties the socket to it
// (Windows still delivers 255.255.255.255 broadcasts arriving on that card to such a socket, which is what
// Windows DHCP servers such as Tftpd64 rely on; not exercised by our Linux CI). The process holding a port and
// the wireless flag are not looked up here: empty/false, never guessed.

#include <winsock2.h>
#include <ws2tcpip.h>

#include "core/net/netbindfailure.h"
#include "core/net/networkinterfaceinfo.h"

#include <QNetworkInterface>

namespace NetPlatform {

Result<qintptr> bindUdp(const UdpBindRequest &request)
{
    QHostAddress bindAddress = request.address;
    if (!request.interfaceName.isEmpty()) {
        const auto card = NetworkInterfaceInfo::find(request.interfaceName);
        if (!card)
            return card.error();
        if (!card->hasIpv4())
            return Error(ErrorCode::InterfaceHasNoAddress, request.interfaceName);
        bindAddress = card->ipv4;
    }
    const SOCKET s = ::socket(AF_INET, SOCK_DGRAM, IPPROTO_UDP);
    if (s == INVALID_SOCKET)
        return Error(ErrorCode::SocketError, QStringLiteral("socket(): WSA error %1").arg(::WSAGetLastError()));
    BOOL on = TRUE;
    if (request.broadcast)
        ::setsockopt(s, SOL_SOCKET, SO_BROADCAST, reinterpret_cast<const char *>(&on), sizeof on);
    // Without exclusive use another program could later steal the port from under the server.
    if (!request.reuseAddress)
        ::setsockopt(s, SOL_SOCKET, SO_EXCLUSIVEADDRUSE, reinterpret_cast<const char *>(&on), sizeof on);
    if (request.receiveBufferBytes > 0)
        ::setsockopt(s, SOL_SOCKET, SO_RCVBUF, reinterpret_cast<const char *>(&request.receiveBufferBytes),
                     sizeof request.receiveBufferBytes);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(request.port);
    address.sin_addr.s_addr = htonl(bindAddress.toIPv4Address());
    if (::bind(s, reinterpret_cast<const sockaddr *>(&address), sizeof address) == SOCKET_ERROR) {
        const int error = ::WSAGetLastError();
        ::closesocket(s);
        const ErrorCode code = error == WSAEADDRINUSE      ? ErrorCode::PortInUse
                               : error == WSAEACCES        ? ErrorCode::PortNeedsPrivileges
                               : error == WSAEADDRNOTAVAIL ? ErrorCode::AddressNotAvailable
                                                           : ErrorCode::SocketError;
        UdpBindRequest bound = request;
        bound.address = bindAddress; // Windows binds to the card's own address
        return netBindFailure(code, bound, QStringLiteral("WSA error %1").arg(error));
    }
    return qintptr(s);
}

void closeSocket(qintptr descriptor)
{
    ::closesocket(SOCKET(descriptor));
}

QString udpPortHolder(quint16)
{
    return {};
}

bool isWireless(const QString &)
{
    return false;
}

std::optional<MacAddress> neighbourMac(const QHostAddress &)
{
    return std::nullopt;
}

std::optional<int> interfaceMtu(int interfaceIndex)
{
    const int mtu = QNetworkInterface::interfaceFromIndex(interfaceIndex).maximumTransmissionUnit();
    if (mtu <= 0)
        return std::nullopt;
    return mtu;
}

} // namespace NetPlatform
