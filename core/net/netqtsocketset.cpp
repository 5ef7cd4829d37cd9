#include "core/net/netqtsocketset.h"

#include "core/common/logging.h"
#include "core/net/netudpsocket.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <algorithm>

namespace {

// Datagrams read per notification and socket; the rest re-announce themselves, so one busy socket cannot starve
// the others.
constexpr int kReadBatch = 64;
// Larger datagrams are truncated; nothing this set serves (TFTP requests and ACKs) comes close.
constexpr qint64 kMaxDatagram = 4096;

} // namespace

NetQtSocketSet::NetQtSocketSet(QObject *parent)
    : NetUdpSocketSet(parent)
{}

NetQtSocketSet::~NetQtSocketSet()
{
    // Children would be deleted anyway; closing first keeps a late notification from reaching a dead handler.
    for (QUdpSocket *socket : std::as_const(m_sockets))
        socket->close();
}

Result<int> NetQtSocketSet::open(const NetPlatform::UdpBindRequest &request)
{
    Result<std::unique_ptr<QUdpSocket>> bound = NetUdpSocket::bind(request);
    if (!bound)
        return bound.error();
    QUdpSocket *socket = std::move(bound).value().release();
    socket->setParent(this);
    const int id = m_nextId++;
    m_sockets.insert(id, socket);
    connect(socket, &QUdpSocket::readyRead, this, [this, id] { receiveNow(id); });
    return id;
}

void NetQtSocketSet::close(int socket)
{
    QUdpSocket *udp = m_sockets.take(socket);
    if (!udp)
        return;
    // Possibly inside its own readyRead: close now (no more reads or sends), delete when the stack has unwound.
    udp->close();
    udp->deleteLater();
}

quint16 NetQtSocketSet::localPort(int socket) const
{
    const QUdpSocket *udp = m_sockets.value(socket);
    return udp ? udp->localPort() : 0;
}

int NetQtSocketSet::send(int socket, std::span<const Packet> packets, quint32 to, quint16 toPort)
{
    QUdpSocket *udp = m_sockets.value(socket);
    if (!udp)
        return 0;
    const QHostAddress address(to);
    int sent = 0;
    for (const Packet &packet : packets) {
        m_sendBuffer.resize(packet.head.size() + packet.body.size());
        std::copy(packet.head.begin(), packet.head.end(), m_sendBuffer.begin());
        std::copy(packet.body.begin(), packet.body.end(), m_sendBuffer.begin() + packet.head.size());
        if (udp->writeDatagram(m_sendBuffer, address, toPort) < 0) {
            qCDebug(lcNet) << "send failed:" << udp->errorString();
            continue;
        }
        ++sent;
    }
    return sent;
}

void NetQtSocketSet::receiveNow(int socket)
{
    QUdpSocket *udp = m_sockets.value(socket);
    if (!udp || !m_handler)
        return;
    NetUdpSocket::receivePending(*udp, kReadBatch, kMaxDatagram, [this, socket](const QNetworkDatagram &in) {
        const QByteArray bytes = in.data();
        Datagram datagram;
        datagram.socket = socket;
        datagram.bytes = bytes;
        datagram.from = in.senderAddress().toIPv4Address();
        datagram.fromPort = quint16(in.senderPort());
        datagram.to = in.destinationAddress().toIPv4Address();
        datagram.interfaceIndex = int(in.interfaceIndex());
        m_handler(datagram);
        return m_sockets.contains(socket); // the handler may have closed it
    });
}
