#include "tests/support/tftptestclient.h"

#include "core/tftp/tftppacket.h"

#include <QElapsedTimer>
#include <QUdpSocket>
#include <QVariant>

TftpTestClient::TftpTestClient(const QHostAddress &bindAddress)
    : m_socket(std::make_unique<QUdpSocket>())
{
    m_socket->bind(bindAddress, 0);
    // Large receive buffer: windowed transfers burst up to 64 blocks.
    m_socket->setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(4 * 1024 * 1024));
}

TftpTestClient::~TftpTestClient() = default;

quint16 TftpTestClient::port() const
{
    return m_socket->localPort();
}

bool TftpTestClient::send(const QByteArray &datagram, const QHostAddress &to, quint16 port)
{
    return m_socket->writeDatagram(datagram, to, port) == datagram.size();
}

std::optional<TftpTestClient::Datagram> TftpTestClient::receive(int timeoutMs)
{
    if (!m_socket->hasPendingDatagrams() && !m_socket->waitForReadyRead(timeoutMs))
        return std::nullopt;
    if (!m_socket->hasPendingDatagrams())
        return std::nullopt;
    Datagram d;
    d.bytes.resize(qMax<qint64>(0, m_socket->pendingDatagramSize()));
    const qint64 n = m_socket->readDatagram(d.bytes.data(), d.bytes.size(), &d.from, &d.fromPort);
    d.bytes.resize(qMax<qint64>(0, n));
    return d;
}

TftpTestClient::Download TftpTestClient::download(const QHostAddress &server, quint16 port, const QString &name,
                                                  const QList<std::pair<QString, QString>> &options, int ackEvery,
                                                  int timeoutMs, const QString &mode)
{
    Download result;
    if (!send(TftpPacket::readRequest(name, mode, options).serialize(), server, port)) {
        result.error = QStringLiteral("cannot send RRQ");
        return result;
    }
    int blockSize = 512;
    quint16 expected = 1;
    int sinceAck = 0;
    QByteArray lastAck;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs) {
        const auto datagram = receive(int(qMax<qint64>(1, timeoutMs - clock.elapsed())));
        if (!datagram)
            break;
        if (result.serverPort == 0)
            result.serverPort = datagram->fromPort;
        const auto packet = TftpPacket::parse(datagram->bytes);
        if (!packet) {
            result.error = QStringLiteral("malformed packet: ") + packet.error().toLogString();
            return result;
        }
        switch (packet->opcode()) {
        case TftpPacket::Opcode::Oack:
            result.sawOack = true;
            result.oack = packet->options();
            if (const auto b = packet->option(QStringLiteral("blksize")))
                blockSize = b->toInt();
            lastAck = TftpPacket::ack(0).serialize();
            send(lastAck, server, result.serverPort);
            break;
        case TftpPacket::Opcode::Data: {
            ++result.dataPackets;
            if (packet->block() != expected) {
                ++result.unexpectedPackets;
                break;
            }
            result.data.append(packet->payload());
            const bool last = packet->payload().size() < blockSize;
            if (++sinceAck >= ackEvery || last) {
                lastAck = TftpPacket::ack(expected).serialize();
                send(lastAck, server, result.serverPort);
                sinceAck = 0;
            }
            ++expected;
            if (last) {
                result.ok = true;
                return result;
            }
            break;
        }
        case TftpPacket::Opcode::Error:
            result.errorCode = int(packet->errorCode());
            result.error = QStringLiteral("ERROR %1: %2").arg(result.errorCode).arg(packet->errorMessage());
            return result;
        default:
            result.error = QStringLiteral("unexpected opcode %1").arg(int(packet->opcode()));
            return result;
        }
    }
    result.error = QStringLiteral("timed out after %1 bytes").arg(result.data.size());
    return result;
}
