#include "tests/support/phonesim/phonesimtftpclient.h"

#include "core/tftp/tftppacket.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QUdpSocket>

QString PhoneSimTftpClient::Outcome::kindName() const
{
    switch (kind) {
    case Kind::Ok:
        return QStringLiteral("ok");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Error:
        return QStringLiteral("error");
    case Kind::TimedOut:
        return QStringLiteral("timeout");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    }
    return QStringLiteral("error");
}

PhoneSimTftpClient::PhoneSimTftpClient(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
    m_timer.setSingleShot(true);
    m_stallTimer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &PhoneSimTftpClient::onTimeout);
    connect(&m_stallTimer, &QTimer::timeout, this, &PhoneSimTftpClient::onStallOver);
}

PhoneSimTftpClient::~PhoneSimTftpClient() = default;

void PhoneSimTftpClient::fetch(const QString &name)
{
    cancel();
    m_name = name;
    m_outcome = Outcome{};
    m_elapsed.start();
    m_socket = std::make_unique<QUdpSocket>();
    if (!m_socket->bind(QHostAddress(QHostAddress::AnyIPv4), 0)) {
        m_outcome.errorMessage = m_socket->errorString();
        m_active = true;
        QMetaObject::invokeMethod(
            this, [this] { finish(Outcome::Kind::Error); }, Qt::QueuedConnection);
        return;
    }
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &PhoneSimTftpClient::onReadyRead);
    m_active = true;
    m_peerPort = 0;
    m_expected = 1;
    m_retries = 0;
    m_blockSize = 512;
    QList<TftpPacket::Option> options;
    if (m_config.blockSize > 0)
        options.append({QStringLiteral("blksize"), QString::number(m_config.blockSize)});
    m_last = TftpPacket::readRequest(name, QStringLiteral("octet"), options).serialize();
    sendLast();
}

void PhoneSimTftpClient::cancel()
{
    m_timer.stop();
    m_stallTimer.stop();
    m_stalling = false;
    m_active = false;
    if (m_socket) {
        // Often called from the socket's own readyRead: delete it once that returns.
        m_socket->disconnect(this);
        m_socket->close();
        m_socket.release()->deleteLater();
    }
}

void PhoneSimTftpClient::sendLast()
{
    const quint16 port = m_peerPort ? m_peerPort : m_config.port;
    m_socket->writeDatagram(m_last, m_config.server, port);
    m_timer.start(m_config.timeoutMs);
}

void PhoneSimTftpClient::onTimeout()
{
    if (!m_active || m_stalling)
        return;
    if (++m_retries > m_config.maxRetries) {
        finish(Outcome::Kind::TimedOut);
        return;
    }
    ++m_outcome.retransmits;
    sendLast();
}

void PhoneSimTftpClient::onStallOver()
{
    m_stalling = false;
    if (!m_active)
        return;
    // Wakes up like a phone that was busy: says again where it stands.
    ++m_outcome.retransmits;
    sendLast();
}

void PhoneSimTftpClient::onReadyRead()
{
    while (m_socket && m_socket->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_socket->receiveDatagram(TftpPacket::MaxDatagram + 1);
        if (!m_active)
            return;
        if (m_stalling) {
            ++m_outcome.dropped;
            continue;
        }
        if (m_config.lossPercent > 0 && int(QRandomGenerator::global()->bounded(100)) < m_config.lossPercent) {
            ++m_outcome.dropped;
            continue;
        }
        handle(datagram.data(), datagram.senderAddress(), quint16(datagram.senderPort()));
    }
}

void PhoneSimTftpClient::handle(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort)
{
    if (from.toIPv4Address() != m_config.server.toIPv4Address())
        return;
    if (m_peerPort != 0 && fromPort != m_peerPort)
        return; // another TID: not our transfer
    const auto packet = TftpPacket::parse(datagram);
    if (!packet)
        return;
    switch (packet->opcode()) {
    case TftpPacket::Opcode::Error:
        m_outcome.errorCode = int(packet->errorCode());
        m_outcome.errorMessage = packet->errorMessage();
        finish(packet->errorCode() == TftpPacket::ErrorCode::FileNotFound ? Outcome::Kind::NotFound
                                                                          : Outcome::Kind::Error);
        return;
    case TftpPacket::Opcode::Oack:
        if (m_peerPort != 0 || m_config.blockSize <= 0)
            return;
        m_peerPort = fromPort;
        if (const auto size = packet->option(QStringLiteral("blksize")))
            m_blockSize = qBound(8, size->toInt(), m_config.blockSize);
        m_retries = 0;
        m_last = TftpPacket::ack(0).serialize();
        sendLast();
        return;
    case TftpPacket::Opcode::Data:
        break;
    default:
        return;
    }
    if (m_peerPort == 0)
        m_peerPort = fromPort;
    if (packet->block() != m_expected) {
        // A retransmitted earlier block: our ACK was lost, say it again.
        if (packet->block() == quint16(m_expected - 1))
            sendLast();
        return;
    }
    if (packet->payload().size() > m_blockSize)
        return;
    m_outcome.data += packet->payload();
    if (m_outcome.data.size() > m_config.maxBytes) {
        m_socket->writeDatagram(
            TftpPacket::error(TftpPacket::ErrorCode::DiskFull, QStringLiteral("too large")).serialize(),
            m_config.server, m_peerPort);
        finish(Outcome::Kind::TooLarge);
        return;
    }
    m_retries = 0;
    m_last = TftpPacket::ack(m_expected).serialize();
    ++m_expected;
    const bool last = packet->payload().size() < m_blockSize;
    if (!last && !m_stallDone && m_config.stallAtBytes >= 0 && m_outcome.data.size() >= m_config.stallAtBytes) {
        // Silent until the stall is over: the server must retransmit (or give up).
        m_stallDone = true;
        m_stalling = true;
        m_outcome.stalled = true;
        m_timer.stop();
        m_stallTimer.start(m_config.stallForMs);
        return;
    }
    if (last) {
        m_socket->writeDatagram(m_last, m_config.server, m_peerPort);
        finish(Outcome::Kind::Ok);
        return;
    }
    sendLast();
}

void PhoneSimTftpClient::finish(Outcome::Kind kind)
{
    if (!m_active)
        return;
    m_outcome.kind = kind;
    m_outcome.elapsedMs = m_elapsed.elapsed();
    if (kind != Outcome::Kind::Ok)
        m_outcome.data.clear();
    const Outcome outcome = m_outcome;
    const QString name = m_name;
    cancel();
    Q_EMIT fetched(name, outcome);
}
