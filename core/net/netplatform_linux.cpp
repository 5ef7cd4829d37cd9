#include "core/net/netplatform.h"

#include "core/net/netbindfailure.h"
#include "core/net/netplatform_posix.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/if_ether.h>
#include <linux/if_packet.h>
#include <net/if.h>
#include <netinet/in.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

using NetPlatformPosix::errnoText;

namespace {

// /proc/net/udp lists "sl local_address(hex ip:hex port) ... inode"; the inode links the socket to a
// process through /proc/<pid>/fd/* -> "socket:[inode]".
QList<QByteArray> socketInodesForPort(const QString &table, quint16 port)
{
    QList<QByteArray> inodes;
    QFile file(table);
    if (!file.open(QIODevice::ReadOnly))
        return inodes;
    const QByteArray portHex = QByteArray::number(port, 16).toUpper().rightJustified(4, '0');
    file.readLine(); // header
    for (int lines = 0; lines < 65536 && !file.atEnd(); ++lines) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 10)
            continue;
        const QList<QByteArray> local = fields.at(1).split(':');
        if (local.size() == 2 && local.at(1) == portHex && fields.at(9) != "0")
            inodes.append(fields.at(9));
    }
    return inodes;
}

} // namespace

namespace NetPlatform {

Result<qintptr> bindUdp(const UdpBindRequest &request)
{
    const int fd = ::socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0)
        return Error(ErrorCode::SocketError, QStringLiteral("socket(): ") + errnoText(errno));
    auto fail = [fd, &request](ErrorCode code, const QString &detail) {
        ::close(fd);
        return Error(code, detail).withPort(request.port);
    };
    const int one = 1;
    if (request.reuseAddress && ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one) != 0)
        return fail(ErrorCode::SocketError, QStringLiteral("SO_REUSEADDR: ") + errnoText(errno));
    if (request.broadcast && ::setsockopt(fd, SOL_SOCKET, SO_BROADCAST, &one, sizeof one) != 0)
        return fail(ErrorCode::SocketError, QStringLiteral("SO_BROADCAST: ") + errnoText(errno));
    // Lets the receive path learn the arrival card and destination even when not tied to one card.
    if (request.packetInfo)
        ::setsockopt(fd, IPPROTO_IP, IP_PKTINFO, &one, sizeof one);
    if (request.receiveBufferBytes > 0)
        ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &request.receiveBufferBytes, sizeof request.receiveBufferBytes);
    if (!request.interfaceName.isEmpty()) {
        const QByteArray name = request.interfaceName.toLocal8Bit();
        if (::setsockopt(fd, SOL_SOCKET, SO_BINDTODEVICE, name.constData(), socklen_t(name.size())) != 0) {
            const int error = errno;
            const QString detail =
                QStringLiteral("SO_BINDTODEVICE %1: %2").arg(request.interfaceName, errnoText(error));
            if (error == ENODEV)
                return fail(ErrorCode::InterfaceNotFound, detail);
            if (error == EPERM || error == EACCES)
                return fail(ErrorCode::PortNeedsPrivileges, detail);
            return fail(ErrorCode::SocketError, detail);
        }
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(request.port);
    address.sin_addr.s_addr = htonl(request.address.toIPv4Address());
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof address) != 0) {
        const int error = errno;
        ::close(fd);
        const ErrorCode code = NetPlatformPosix::bindErrorCode(error);
        return netBindFailure(code, request, errnoText(error),
                              code == ErrorCode::PortInUse ? udpPortHolder(request.port) : QString());
    }
    return qintptr(fd);
}

QString udpPortHolder(quint16 port)
{
    QList<QByteArray> inodes = socketInodesForPort(QStringLiteral("/proc/net/udp"), port);
    inodes += socketInodesForPort(QStringLiteral("/proc/net/udp6"), port);
    if (inodes.isEmpty())
        return {};
    QStringList holders;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &pid : pids) {
        bool numeric = false;
        pid.toInt(&numeric);
        if (!numeric)
            continue;
        const QDir fdDir(QStringLiteral("/proc/%1/fd").arg(pid));
        const QStringList fds = fdDir.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        for (const QString &fd : fds.mid(0, 4096)) {
            const QString target = QFileInfo(fdDir.filePath(fd)).symLinkTarget();
            const int open = target.indexOf(QLatin1String("socket:["));
            if (open < 0 || !inodes.contains(target.mid(open + 8).chopped(1).toLatin1()))
                continue;
            QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
            const QString name =
                comm.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(comm.readAll().trimmed()) : QString();
            holders.append(QStringLiteral("pid %1 (%2)").arg(pid, name));
            break;
        }
        if (holders.size() >= 4)
            break;
    }
    return holders.join(QStringLiteral(", "));
}

bool isWireless(const QString &interfaceName)
{
    if (interfaceName.isEmpty() || interfaceName.contains(QLatin1Char('/')))
        return false;
    return QFileInfo::exists(QStringLiteral("/sys/class/net/%1/wireless").arg(interfaceName)) ||
           QFileInfo::exists(QStringLiteral("/sys/class/net/%1/phy80211").arg(interfaceName));
}

Result<ArpSocket> openArpSocket(const QString &interfaceName)
{
    const QByteArray name = interfaceName.toLocal8Bit();
    const unsigned index = ::if_nametoindex(name.constData());
    if (index == 0)
        return Error(ErrorCode::InterfaceNotFound, interfaceName);
    // SOCK_DGRAM: the kernel adds and strips the Ethernet header, and fills in the card's own MAC.
    const int fd = ::socket(AF_PACKET, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, htons(ETH_P_ARP));
    if (fd < 0) {
        const int error = errno;
        const QString detail = QStringLiteral("ARP socket on %1: %2").arg(interfaceName, errnoText(error));
        return Error(error == EPERM || error == EACCES ? ErrorCode::PortNeedsPrivileges : ErrorCode::SocketError,
                     detail);
    }
    sockaddr_ll local{};
    local.sll_family = AF_PACKET;
    local.sll_protocol = htons(ETH_P_ARP);
    local.sll_ifindex = int(index);
    if (::bind(fd, reinterpret_cast<const sockaddr *>(&local), sizeof local) != 0) {
        const int error = errno;
        ::close(fd);
        return Error(ErrorCode::SocketError,
                     QStringLiteral("bind ARP socket to %1: %2").arg(interfaceName, errnoText(error)));
    }
    return ArpSocket{qintptr(fd), int(index)};
}

Result<void> sendArpBroadcast(const ArpSocket &socket, const QByteArray &payload)
{
    sockaddr_ll to{};
    to.sll_family = AF_PACKET;
    to.sll_protocol = htons(ETH_P_ARP);
    to.sll_ifindex = socket.interfaceIndex;
    to.sll_halen = 6;
    std::memset(to.sll_addr, 0xff, 6);
    if (::sendto(int(socket.descriptor), payload.constData(), size_t(payload.size()), 0,
                 reinterpret_cast<const sockaddr *>(&to), sizeof to) != payload.size())
        return Error(ErrorCode::SocketError, QStringLiteral("ARP send: ") + errnoText(errno));
    return {};
}

bool receiveArp(const ArpSocket &socket, QByteArray &payload)
{
    char buffer[256];
    for (;;) {
        sockaddr_ll from{};
        socklen_t fromLength = sizeof from;
        const ssize_t n = ::recvfrom(int(socket.descriptor), buffer, sizeof buffer, 0,
                                     reinterpret_cast<sockaddr *>(&from), &fromLength);
        if (n < 0)
            return false; // EAGAIN: drained (other errors: nothing more to read either)
        if (from.sll_pkttype == PACKET_OUTGOING)
            continue; // our own probes, looped back to packet sockets
        payload = QByteArray(buffer, qsizetype(n));
        return true;
    }
}

std::optional<MacAddress> neighbourMac(const QHostAddress &address)
{
    // "IP address  HW type  Flags  HW address  Mask  Device"; flag 0x2 = entry complete.
    QFile file(QStringLiteral("/proc/net/arp"));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    file.readLine();
    for (int lines = 0; lines < 65536 && !file.atEnd(); ++lines) {
        const QList<QByteArray> fields = file.readLine().simplified().split(' ');
        if (fields.size() < 4 || QHostAddress(QString::fromLatin1(fields.at(0))) != address)
            continue;
        if ((fields.at(2).toUInt(nullptr, 16) & 0x2) == 0)
            continue;
        if (auto mac = MacAddress::parse(QString::fromLatin1(fields.at(3)));
            mac && mac->bytes() != std::array<quint8, 6>{})
            return mac;
    }
    return std::nullopt;
}

} // namespace NetPlatform
