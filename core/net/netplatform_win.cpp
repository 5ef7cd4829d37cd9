#include "core/net/netplatform.h"

// Windows has no bind-to-device for UDP: binding to the card's own address is what ties the socket to it
// (Windows still delivers 255.255.255.255 broadcasts arriving on that card to such a socket, which is what
// Windows DHCP servers such as Tftpd64 rely on). Ports below 1024 need no privileges on Windows; a bind refused
// with WSAEACCES means another program holds the port exclusively (Microsoft's bind() documentation), so it is
// reported as PortInUse. The IP Helper API names the process holding a port, the neighbour (ARP) cache and
// whether a card is wireless.

#include <winsock2.h>
#include <ws2tcpip.h>
// After winsock2.h:
#include <iphlpapi.h>
#include <windows.h>

#include "core/net/netbindfailure.h"
#include "core/net/networkinterfaceinfo.h"

#include <QFileInfo>
#include <QNetworkInterface>

#include <vector>

namespace {

// "pid 1234 (tftpd64.exe)"; the name stays out when the process cannot be opened (another user's service).
QString processName(DWORD pid)
{
    QString name;
    if (HANDLE process = ::OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, pid)) {
        wchar_t path[MAX_PATH] = {};
        DWORD size = MAX_PATH;
        if (::QueryFullProcessImageNameW(process, 0, path, &size))
            name = QFileInfo(QString::fromWCharArray(path, int(size))).fileName();
        ::CloseHandle(process);
    }
    return name.isEmpty() ? QStringLiteral("pid %1").arg(pid) : QStringLiteral("pid %1 (%2)").arg(pid).arg(name);
}

} // namespace

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
    // Each datagram's destination (a broadcast, or our own address) comes with it through WSARecvMsg.
    if (request.packetInfo) {
        const DWORD pktinfo = 1;
        ::setsockopt(s, IPPROTO_IP, IP_PKTINFO, reinterpret_cast<const char *>(&pktinfo), sizeof pktinfo);
    }
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(request.port);
    address.sin_addr.s_addr = htonl(bindAddress.toIPv4Address());
    if (::bind(s, reinterpret_cast<const sockaddr *>(&address), sizeof address) == SOCKET_ERROR) {
        const int error = ::WSAGetLastError();
        ::closesocket(s);
        const bool inUse = error == WSAEADDRINUSE || error == WSAEACCES;
        const ErrorCode code = inUse                       ? ErrorCode::PortInUse
                               : error == WSAEADDRNOTAVAIL ? ErrorCode::AddressNotAvailable
                                                           : ErrorCode::SocketError;
        UdpBindRequest bound = request;
        bound.address = bindAddress; // Windows binds to the card's own address
        return netBindFailure(code, bound, QStringLiteral("WSA error %1").arg(error),
                              inUse ? udpPortHolder(request.port) : QString());
    }
    return qintptr(s);
}

void closeSocket(qintptr descriptor)
{
    ::closesocket(SOCKET(descriptor));
}

QString udpPortHolder(quint16 port)
{
    ULONG size = 0;
    if (::GetExtendedUdpTable(nullptr, &size, FALSE, AF_INET, UDP_TABLE_OWNER_PID, 0) != ERROR_INSUFFICIENT_BUFFER)
        return {};
    std::vector<unsigned char> buffer(size + 16 * sizeof(MIB_UDPROW_OWNER_PID)); // room for sockets opened meanwhile
    size = ULONG(buffer.size());
    auto *table = reinterpret_cast<MIB_UDPTABLE_OWNER_PID *>(buffer.data());
    if (::GetExtendedUdpTable(table, &size, FALSE, AF_INET, UDP_TABLE_OWNER_PID, 0) != NO_ERROR)
        return {};
    QStringList holders;
    for (DWORD i = 0; i < table->dwNumEntries && holders.size() < 4; ++i) {
        const MIB_UDPROW_OWNER_PID &row = table->table[i];
        const QString holder = processName(row.dwOwningPid);
        if (ntohs(u_short(row.dwLocalPort)) == port && row.dwOwningPid != 0 && !holders.contains(holder))
            holders << holder;
    }
    return holders.join(QStringLiteral(", "));
}

bool isWireless(const QString &interfaceName)
{
    // Qt names Windows cards by their adapter name (the GUID form), which GetAdaptersAddresses reports too.
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer(size);
    auto *adapters = reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data());
    ULONG result =
        ::GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST, nullptr, adapters, &size);
    if (result == ERROR_BUFFER_OVERFLOW) {
        buffer.resize(size);
        adapters = reinterpret_cast<IP_ADAPTER_ADDRESSES *>(buffer.data());
        result = ::GetAdaptersAddresses(AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST, nullptr, adapters,
                                        &size);
    }
    if (result != NO_ERROR)
        return false;
    for (const IP_ADAPTER_ADDRESSES *a = adapters; a; a = a->Next) {
        if (QString::fromLatin1(a->AdapterName) == interfaceName ||
            QString::fromWCharArray(a->FriendlyName) == interfaceName)
            return a->IfType == IF_TYPE_IEEE80211;
    }
    return false;
}

std::optional<MacAddress> neighbourMac(const QHostAddress &address)
{
    ULONG size = 0;
    if (::GetIpNetTable(nullptr, &size, FALSE) != ERROR_INSUFFICIENT_BUFFER)
        return std::nullopt;
    std::vector<unsigned char> buffer(size + 16 * sizeof(MIB_IPNETROW));
    size = ULONG(buffer.size());
    auto *table = reinterpret_cast<MIB_IPNETTABLE *>(buffer.data());
    if (::GetIpNetTable(table, &size, FALSE) != NO_ERROR)
        return std::nullopt;
    const quint32 wanted = htonl(address.toIPv4Address());
    for (DWORD i = 0; i < table->dwNumEntries; ++i) {
        const MIB_IPNETROW &row = table->table[i];
        if (row.dwAddr != wanted || row.dwPhysAddrLen != 6 || row.dwType == MIB_IPNET_TYPE_INVALID)
            continue;
        return MacAddress::fromBytes(QByteArray(reinterpret_cast<const char *>(row.bPhysAddr), 6));
    }
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
