#include "tests/support/phonesim/phonesimdhcpclient.h"

#include "core/dhcp/dhcpmessage.h"
#include "core/net/netudpsocket.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

#include <bit>

const QByteArray PhoneSimDhcpClient::kParameterRequestList = QByteArray::fromHex("01420603 0f9623");

PhoneSimDhcpClient::PhoneSimDhcpClient(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PhoneSimDhcpClient::onTimeout);
}

PhoneSimDhcpClient::~PhoneSimDhcpClient() = default;

void PhoneSimDhcpClient::start()
{
    stop();
    NetPlatform::UdpBindRequest request;
    request.interfaceName = m_config.interfaceName;
    request.port = m_config.clientPort;
    request.broadcast = true;
    auto socket = NetUdpSocket::bind(request);
    if (!socket) {
        const Error error = socket.error();
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT failed(error); }, Qt::QueuedConnection);
        return;
    }
    m_socket = std::move(socket).value();
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &PhoneSimDhcpClient::onReadyRead);
    m_xid = QRandomGenerator::global()->generate();
    m_attempt = 0;
    m_phase = Phase::Selecting;
    send();
}

void PhoneSimDhcpClient::stop()
{
    m_timer.stop();
    m_phase = Phase::Idle;
    if (m_socket) {
        // Often called from the socket's own readyRead: delete it once that returns.
        m_socket->disconnect(this);
        m_socket->close();
        m_socket.release()->deleteLater();
    }
}

DhcpMessage PhoneSimDhcpClient::baseMessage() const
{
    DhcpMessage message;
    message.op = 1;
    message.xid = m_xid;
    message.secs = quint16(qMin(m_attempt, 60));
    message.flags = DhcpMessage::kBroadcastFlag;
    message.chaddr = m_config.mac.toByteArray() + QByteArray(10, '\0');
    return message;
}

void PhoneSimDhcpClient::send()
{
    ++m_attempt;
    DhcpMessage message = baseMessage();
    const bool discover = m_phase == Phase::Selecting;
    message.setType(discover ? DhcpMessage::Type::Discover : DhcpMessage::Type::Request);
    message.setOption(DhcpMessage::ClientIdentifier, QByteArray(1, '\x01') + m_config.mac.toByteArray());
    if (!discover) {
        message.setOption(DhcpMessage::RequestedAddress, DhcpMessage::encodeAddress(m_offered));
        message.setOption(DhcpMessage::ServerIdentifier, DhcpMessage::encodeAddress(m_serverId));
    }
    message.setOption(DhcpMessage::HostName, (QStringLiteral("SEP") + m_config.mac.toCompact()).toLatin1());
    if (!m_config.vendorClass.isEmpty()) // absent after some factory resets (docs/phones.md, DHCP)
        message.setOption(DhcpMessage::VendorClass, m_config.vendorClass);
    message.setOption(DhcpMessage::ParameterRequestList, kParameterRequestList);
    m_socket->writeDatagram(message.serialize(), QHostAddress(QHostAddress::Broadcast), m_config.serverPort);
    Q_EMIT sent(discover ? QStringLiteral("discover") : QStringLiteral("request"), m_attempt);
    m_timer.start(m_config.timeoutMs);
}

void PhoneSimDhcpClient::onTimeout()
{
    if (m_phase == Phase::Idle)
        return;
    if (m_attempt >= m_config.maxAttempts) {
        stop();
        Q_EMIT failed(Error(ErrorCode::TimedOut, QStringLiteral("no DHCP lease after %1 attempts").arg(m_attempt)));
        return;
    }
    // A REQUEST that got no answer starts over, as RFC 2131 §4.4.1 lets a client do.
    m_phase = Phase::Selecting;
    send();
}

void PhoneSimDhcpClient::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(DhcpMessage::kMaximumSize + 1);
        const auto message = DhcpMessage::parse(datagram.data());
        if (!message)
            continue; // hostile or foreign: ignored like a phone would
        handle(*message, datagram.senderAddress());
    }
}

void PhoneSimDhcpClient::handle(const DhcpMessage &message, const QHostAddress &from)
{
    if (message.op != 2 || message.xid != m_xid || message.clientMac() != std::optional(m_config.mac))
        return;
    const DhcpMessage::Type type = message.type();
    if (m_phase == Phase::Selecting && type == DhcpMessage::Type::Offer) {
        const auto serverId = message.addressOption(DhcpMessage::ServerIdentifier);
        if (!serverId || message.yiaddr == 0)
            return;
        Q_EMIT received(QStringLiteral("offer"), from);
        m_offered = message.yiaddr;
        m_serverId = *serverId;
        m_phase = Phase::Requesting;
        send();
        return;
    }
    if (m_phase != Phase::Requesting)
        return;
    if (type == DhcpMessage::Type::Nak) {
        Q_EMIT received(QStringLiteral("nak"), from);
        m_phase = Phase::Selecting;
        send();
        return;
    }
    if (type != DhcpMessage::Type::Ack || message.yiaddr == 0)
        return;
    Q_EMIT received(QStringLiteral("ack"), from);
    Lease lease;
    lease.address = QHostAddress(message.yiaddr);
    lease.server = QHostAddress(m_serverId);
    if (const auto mask = message.addressOption(DhcpMessage::SubnetMask))
        lease.prefixLength = std::popcount(*mask);
    // Option 150 wins over option 66 (phone console logs say "TFTP Svr set by opt150"; docs/phones.md, "Boot
    // sequences").
    const QByteArray list = message.option(DhcpMessage::CiscoTftpServers);
    const QByteArray name = message.option(DhcpMessage::TftpServerName);
    if (list.size() >= 4 && list.size() % 4 == 0) {
        lease.tftpServer = QHostAddress(
            quint32((quint8(list[0]) << 24) | (quint8(list[1]) << 16) | (quint8(list[2]) << 8) | quint8(list[3])));
        lease.tftpSource = QStringLiteral("150");
    } else if (!name.isEmpty() && name.size() <= 255) {
        QByteArray text = name;
        while (text.endsWith('\0'))
            text.chop(1);
        const QHostAddress parsed(QString::fromLatin1(text));
        if (parsed.protocol() == QAbstractSocket::IPv4Protocol) {
            lease.tftpServer = parsed;
            lease.tftpSource = QStringLiteral("66");
        }
    }
    stop();
    if (lease.tftpServer.isNull()) {
        Q_EMIT failed(
            Error(ErrorCode::InvalidArgument, QStringLiteral("lease without option 150 or a dotted option 66")));
        return;
    }
    Q_EMIT leased(lease);
}
