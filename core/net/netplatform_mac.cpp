#include "core/net/netplatform.h"

// macOS: IP_BOUND_IF ties the socket to the card (the BSD equivalent of SO_BINDTODEVICE). The OS offers no
// cheap way to name the process holding a port or to say whether a card is wireless, so those stay empty
// rather than guessed.

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetPlatform {

Result<qintptr> bindUdp(const UdpBindRequest &request)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return Error(ErrorCode::SocketError,
                     QStringLiteral("socket(): ") + QString::fromLocal8Bit(std::strerror(errno)));
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto fail = [fd](ErrorCode code, const QString &detail) {
        ::close(fd);
        return Error(code, detail);
    };
    const int one = 1;
    if (request.reuseAddress)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (request.broadcast)
        ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one);
    if (request.receiveBufferBytes > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &request.receiveBufferBytes, sizeof request.receiveBufferBytes);
    if (!request.interfaceName.isEmpty()) {
        const unsigned int index = ::if_nametoindex(request.interfaceName.toLocal8Bit().constData());
        if (index == 0)
            return fail(ErrorCode::InterfaceNotFound, QStringLiteral("no card %1").arg(request.interfaceName));
        if (::setsockopt(fd, IPPROTO_IP, IP_BOUND_IF, &index, sizeof index) != 0)
            return fail(ErrorCode::SocketError,
                        QStringLiteral("IP_BOUND_IF: ") + QString::fromLocal8Bit(std::strerror(errno)));
    }
    sockaddr_in address{};
    address.sin_len = sizeof address;
    address.sin_family = AF_INET;
    address.sin_port = htons(request.port);
    address.sin_addr.s_addr = htonl(request.address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        const QString detail = QStringLiteral("bind %1:%2: %3")
                                   .arg(request.address.toString())
                                   .arg(request.port)
                                   .arg(QString::fromLocal8Bit(std::strerror(error)));
        if (error == EADDRINUSE)
            return fail(ErrorCode::PortInUse, detail);
        if (error == EACCES || error == EPERM)
            return fail(ErrorCode::PortNeedsPrivileges, detail);
        if (error == EADDRNOTAVAIL)
            return fail(ErrorCode::AddressNotAvailable, detail);
        return fail(ErrorCode::SocketError, detail);
    }
    return qintptr(fd);
}

void closeSocket(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
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
    char name[IF_NAMESIZE] = {};
    if (interfaceIndex <= 0 || !::if_indextoname(unsigned(interfaceIndex), name))
        return std::nullopt;
    // SIOCGIFMTU needs some socket to ask through; any will do.
    const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
    if (fd < 0)
        return std::nullopt;
    ifreq request{};
    std::memcpy(request.ifr_name, name, sizeof request.ifr_name);
    const int result = ::ioctl(fd, SIOCGIFMTU, &request);
    ::close(fd);
    if (result != 0 || request.ifr_mtu <= 0)
        return std::nullopt;
    return request.ifr_mtu;
}

} // namespace NetPlatform
