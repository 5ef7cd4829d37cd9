#include "core/net/netudpsocket.h"

#include "core/common/logging.h"

#include <optional>

Result<std::unique_ptr<QUdpSocket>> NetUdpSocket::bind(const NetPlatform::UdpBindRequest &request)
{
    const Result<qintptr> descriptor = NetPlatform::bindUdp(request);
    if (!descriptor)
        return descriptor.error();
    auto socket = std::make_unique<QUdpSocket>();
    if (!socket->setSocketDescriptor(*descriptor, QAbstractSocket::BoundState, QIODevice::ReadWrite)) {
        NetPlatform::closeSocket(*descriptor);
        return Error(ErrorCode::SocketError, QStringLiteral("adopting socket: ") + socket->errorString());
    }
    qCDebug(lcNet) << "bound UDP" << socket->localAddress() << socket->localPort() << "card" << request.interfaceName;
    return Result<std::unique_ptr<QUdpSocket>>(std::move(socket));
}

namespace {

// readOne() reads one datagram and hands it over: nullopt when nothing was read, else whether to go on.
template<typename ReadOne>
int receiveLoop(QUdpSocket &socket, int limit, const ReadOne &readOne)
{
    int handled = 0;
    do {
        // No hasPendingDatagrams() guard before the first read: that guard is what left sockets deaf.
        const std::optional<bool> goOn = readOne();
        if (!goOn)
            break; // nothing was queued (stale notification) or the read failed; either way re-armed
        ++handled;
        if (!*goOn)
            break;
    } while (handled < limit && socket.hasPendingDatagrams());
    return handled;
}

} // namespace

int NetUdpSocket::receivePending(QUdpSocket &socket, int limit, qint64 maxSize,
                                 const std::function<bool(const QNetworkDatagram &)> &handle)
{
    return receiveLoop(socket, limit, [&]() -> std::optional<bool> {
        const QNetworkDatagram datagram = socket.receiveDatagram(maxSize);
        if (!datagram.isValid())
            return std::nullopt;
        return handle(datagram);
    });
}

int NetUdpSocket::receivePending(QUdpSocket &socket, int limit, QByteArray &buffer,
                                 const std::function<bool(QByteArrayView, const QHostAddress &, quint16)> &handle)
{
    QHostAddress from;
    quint16 fromPort = 0;
    return receiveLoop(socket, limit, [&]() -> std::optional<bool> {
        const qint64 n = socket.readDatagram(buffer.data(), buffer.size(), &from, &fromPort);
        if (n < 0)
            return std::nullopt;
        return handle(QByteArrayView(buffer.constData(), n), from, fromPort);
    });
}
