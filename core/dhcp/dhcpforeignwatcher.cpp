#include "core/dhcp/dhcpforeignwatcher.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpmessage.h"
#include "core/net/netudpsocket.h"

namespace {
constexpr int kBatchLimit = 256;
constexpr int kMaxReported = 64;
} // namespace

Result<std::unique_ptr<DhcpForeignWatcher>> DhcpForeignWatcher::start(const QString &interfaceName, quint16 clientPort,
                                                                      const QHostAddress &ownAddress)
{
    NetPlatform::UdpBindRequest request;
    request.interfaceName = interfaceName;
    request.port = clientPort;
    request.reuseAddress = true;
    auto socket = NetUdpSocket::bind(request);
    if (!socket)
        return socket.error();
    return std::unique_ptr<DhcpForeignWatcher>(
        new DhcpForeignWatcher(std::move(socket).value(), interfaceName, ownAddress.toIPv4Address()));
}

DhcpForeignWatcher::DhcpForeignWatcher(std::unique_ptr<QUdpSocket> socket, const QString &interfaceName,
                                       quint32 ownAddress)
    : m_socket(std::move(socket))
    , m_interface(interfaceName)
    , m_ownAddress(ownAddress)
{
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &DhcpForeignWatcher::readReplies);
}

DhcpForeignWatcher::~DhcpForeignWatcher() = default;

void DhcpForeignWatcher::readReplies()
{
    NetUdpSocket::receivePending(*m_socket, kBatchLimit, DhcpMessage::kMaximumSize + 1,
                                 [this](const QNetworkDatagram &datagram) {
                                     handleReply(datagram);
                                     return true;
                                 });
}

void DhcpForeignWatcher::handleReply(const QNetworkDatagram &datagram)
{
    const Result<DhcpMessage> reply = DhcpMessage::parse(datagram.data());
    if (!reply || reply->isRequest())
        return;
    if (reply->type() != DhcpMessage::Type::Offer && reply->type() != DhcpMessage::Type::Ack)
        return;
    const quint32 server =
        reply->addressOption(DhcpMessage::ServerIdentifier).value_or(datagram.senderAddress().toIPv4Address());
    if (server == m_ownAddress || m_reported.contains(server) || m_reported.size() >= kMaxReported)
        return;
    m_reported.insert(server);
    qCWarning(lcDhcp) << "another DHCP server is answering on" << m_interface << ":" << QHostAddress(server);
    Q_EMIT foreignServerSeen(QHostAddress(server),
                             NetPlatform::neighbourMac(QHostAddress(server)).value_or(MacAddress()));
}
