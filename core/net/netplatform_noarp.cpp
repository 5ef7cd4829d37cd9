#include "core/net/netplatform.h"

// The ARP conflict probe for systems without a packet socket we use yet (macOS, Windows): every call fails with
// SocketError, and the DHCP server falls back to the neighbour table. One file, so both systems share it.
namespace NetPlatform {

Result<ArpSocket> openArpSocket(const QString &interfaceName)
{
    // No ARP conflict probe on this OS yet: the server falls back to the neighbour table.
    return Error(ErrorCode::SocketError, QStringLiteral("ARP probe not available on this OS (%1)").arg(interfaceName));
}

Result<void> sendArpBroadcast(const ArpSocket &, const QByteArray &)
{
    return Error(ErrorCode::SocketError, QStringLiteral("ARP probe not available on this OS"));
}

bool receiveArp(const ArpSocket &, QByteArray &)
{
    return false;
}

} // namespace NetPlatform
