#include "core/net/netplatform_posix.h"

#include "core/net/netplatform.h"

#include <cerrno>
#include <cstring>
#include <net/if.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace NetPlatformPosix {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

ErrorCode bindErrorCode(int error)
{
    switch (error) {
    case EADDRINUSE:
        return ErrorCode::PortInUse;
    case EACCES:
    case EPERM:
        return ErrorCode::PortNeedsPrivileges;
    case EADDRNOTAVAIL:
        return ErrorCode::AddressNotAvailable;
    default:
        return ErrorCode::SocketError;
    }
}

} // namespace NetPlatformPosix

namespace NetPlatform {

void closeSocket(qintptr descriptor)
{
    if (descriptor >= 0)
        ::close(int(descriptor));
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
    ::ioctl(fd, FIOCLEX);
    ifreq request{};
    std::memcpy(request.ifr_name, name, sizeof request.ifr_name);
    const int result = ::ioctl(fd, SIOCGIFMTU, &request);
    ::close(fd);
    if (result != 0 || request.ifr_mtu <= 0)
        return std::nullopt;
    return request.ifr_mtu;
}

} // namespace NetPlatform
