#include "core/net/netarpprober.h"

#include "core/common/logging.h"
#include "core/net/netarppacket.h"

#include <QSocketNotifier>

namespace {
// Packets read per notification; the rest re-announce themselves, so a flood of ARP cannot starve the loop.
constexpr int kReadLimit = 256;
} // namespace

Result<std::unique_ptr<NetArpProber>> NetArpProber::open(const QString &interfaceName, const MacAddress &ownMac)
{
    if (!ownMac.isValid())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("ARP probe needs the card's MAC"));
    Result<NetPlatform::ArpSocket> socket = NetPlatform::openArpSocket(interfaceName);
    if (!socket)
        return socket.error();
    return std::unique_ptr<NetArpProber>(new NetArpProber(socket.value(), ownMac));
}

NetArpProber::NetArpProber(NetPlatform::ArpSocket socket, const MacAddress &ownMac)
    : m_socket(socket)
    , m_ownMac(ownMac)
    , m_notifier(std::make_unique<QSocketNotifier>(socket.descriptor, QSocketNotifier::Read))
{
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &NetArpProber::readPending);
}

NetArpProber::~NetArpProber()
{
    m_notifier.reset();
    NetPlatform::closeSocket(m_socket.descriptor);
}

Result<void> NetArpProber::probe(quint32 address)
{
    qCDebug(lcNet) << "ARP probe for" << QHostAddress(address);
    return NetPlatform::sendArpBroadcast(m_socket, NetArpPacket::probe(m_ownMac, address).serialize());
}

void NetArpProber::readPending()
{
    QByteArray payload;
    for (int n = 0; n < kReadLimit && NetPlatform::receiveArp(m_socket, payload); ++n) {
        const auto packet = NetArpPacket::parse(payload);
        // Sender address 0.0.0.0 is another prober (a client checking its offer), which holds nothing yet.
        if (!packet || packet->senderAddress == 0 || packet->senderMac == m_ownMac)
            continue;
        Q_EMIT answered(packet->senderAddress, packet->senderMac);
    }
}
