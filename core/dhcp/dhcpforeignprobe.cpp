#include "core/dhcp/dhcpforeignprobe.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpmessage.h"
#include "core/net/netudpsocket.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>

namespace {
constexpr int kMaxFindings = 16;
constexpr quint16 kDiscardPort = 9;
constexpr int kSettleMs = 300;
constexpr int kMaxDatagramsPerRead = 256; // a flood of replies cannot hold the event loop
constexpr int kProgressMs = 200;
} // namespace

DhcpForeignProbe::DhcpForeignProbe(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &DhcpForeignProbe::finish);
    connect(&m_resend, &QTimer::timeout, this, &DhcpForeignProbe::sendDiscover);
    m_progress.setInterval(kProgressMs);
    connect(&m_progress, &QTimer::timeout, this,
            [this] { Q_EMIT progressed(int(m_elapsed.elapsed()), m_config.totalMs()); });
}

DhcpForeignProbe::~DhcpForeignProbe() = default;

QString DhcpForeignProbe::describe(const QList<Finding> &findings)
{
    QStringList parts;
    for (const Finding &finding : findings)
        parts.append(finding.address.toString() +
                     (finding.mac.isValid() ? QStringLiteral(" (%1)").arg(finding.mac.toColon()) : QString()));
    return parts.join(QStringLiteral(", "));
}

void DhcpForeignProbe::start()
{
    NetPlatform::UdpBindRequest request;
    request.interfaceName = m_config.interface;
    request.address = m_config.bindAddress;
    request.port = m_config.clientPort;
    request.reuseAddress = true; // a system DHCP client may hold 68 too; we only need to hear broadcasts
    auto socket = NetUdpSocket::bind(request);
    if (!socket) {
        const Error error = socket.error();
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT finished({}, error); }, Qt::QueuedConnection);
        return;
    }
    m_socket = std::move(socket).value();
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &DhcpForeignProbe::readReplies);
    m_xid = QRandomGenerator::global()->generate();
    m_elapsed.start();
    m_deadline.start(std::max(1, m_config.totalMs()));
    m_resend.start(std::max(1, m_config.retransmitMs));
    m_progress.start();
    qCInfo(lcDhcp) << "probing for other DHCP servers on" << m_config.interface << "for" << m_config.totalMs() << "ms,"
                   << m_config.attempts << "DISCOVERs";
    sendDiscover();
}

void DhcpForeignProbe::sendDiscover()
{
    if (m_done || m_sent >= m_config.attempts)
        return;
    ++m_sent;
    DhcpMessage discover;
    discover.xid = m_xid;
    discover.flags = DhcpMessage::kBroadcastFlag; // we have no address: answers must be broadcast
    const QByteArray mac = m_config.ownMac.isValid() ? m_config.ownMac.toByteArray() : QByteArray("\x02sccp2", 6);
    discover.chaddr = mac + QByteArray(10, '\0');
    discover.setType(DhcpMessage::Type::Discover);
    discover.setOption(DhcpMessage::ParameterRequestList, QByteArray("\x01\x03\x06\x36", 4));
    m_socket->writeDatagram(discover.serialize(), m_config.target, m_config.serverPort);
}

void DhcpForeignProbe::readReplies()
{
    if (m_socket)
        NetUdpSocket::receivePending(*m_socket, kMaxDatagramsPerRead, DhcpMessage::kMaximumSize + 1,
                                     [this](const QNetworkDatagram &datagram) {
                                         handleReply(datagram);
                                         return m_socket != nullptr;
                                     });
}

void DhcpForeignProbe::handleReply(const QNetworkDatagram &datagram)
{
    const auto reply = DhcpMessage::parse(datagram.data());
    if (m_done || !reply || reply->isRequest() || reply->xid != m_xid)
        return;
    const auto type = reply->type();
    if (type != DhcpMessage::Type::Offer && type != DhcpMessage::Type::Ack && type != DhcpMessage::Type::Nak)
        return;
    const auto serverId = reply->addressOption(DhcpMessage::ServerIdentifier);
    const QHostAddress server(serverId ? *serverId : datagram.senderAddress().toIPv4Address());
    if (server == m_config.ownAddress || m_findings.size() >= kMaxFindings)
        return;
    if (std::any_of(m_findings.cbegin(), m_findings.cend(), [&](const Finding &f) { return f.address == server; }))
        return;
    qCWarning(lcDhcp) << "another DHCP server answers on" << m_config.interface << ":" << server;
    m_findings.append({server, NetPlatform::neighbourMac(server).value_or(MacAddress())});
    if (!m_findings.last().mac.isValid()) {
        // Nothing else has made the kernel resolve the server's MAC yet: one empty datagram to the
        // discard port does, and the neighbour table is read again when the wait ends.
        m_socket->writeDatagram(QByteArray(), server, kDiscardPort);
    }
    // One answer settles the question; wait only long enough for the MAC to resolve.
    if (m_deadline.remainingTime() > kSettleMs)
        m_deadline.start(kSettleMs);
}

void DhcpForeignProbe::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_resend.stop();
    m_progress.stop();
    for (Finding &finding : m_findings) {
        if (!finding.mac.isValid())
            finding.mac = NetPlatform::neighbourMac(finding.address).value_or(MacAddress());
    }
    m_socket.reset();
    Q_EMIT finished(m_findings, Error());
}
