#include "core/net/netudpsocket.h"

#include "core/common/logging.h"

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

int NetUdpSocket::receivePending(QUdpSocket &socket, int limit, qint64 maxSize,
                                 const std::function<bool(const QNetworkDatagram &)> &handle)
{
    int handled = 0;
    do {
        // No hasPendingDatagrams() guard before the first read: that guard is what left sockets deaf.
        const QNetworkDatagram datagram = socket.receiveDatagram(maxSize);
        if (!datagram.isValid())
            break; // nothing was queued (stale notification) or the read failed; either way re-armed
        ++handled;
        if (!handle(datagram))
            break;
    } while (handled < limit && socket.hasPendingDatagrams());
    return handled;
}
