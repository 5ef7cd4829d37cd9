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
