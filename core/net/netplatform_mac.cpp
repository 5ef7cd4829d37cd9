#include "core/net/netplatform.h"

#include "core/net/netbindfailure.h"
#include "core/net/netplatform_posix.h"

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
        return Error(ErrorCode::SocketError, QStringLiteral("socket(): ") + NetPlatformPosix::errnoText(errno));
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
    auto fail = [fd, &request](ErrorCode code, const QString &detail) {
        ::close(fd);
        return Error(code, detail).withPort(request.port);
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
            return fail(ErrorCode::SocketError, QStringLiteral("IP_BOUND_IF: ") + NetPlatformPosix::errnoText(errno));
    }
    sockaddr_in address{};
    address.sin_len = sizeof address;
    address.sin_family = AF_INET;
    address.sin_port = htons(request.port);
    address.sin_addr.s_addr = htonl(request.address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        return netBindFailure(NetPlatformPosix::bindErrorCode(error), request, NetPlatformPosix::errnoText(error));
    }
    return qintptr(fd);
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

} // namespace NetPlatform
