#pragma once

#include "core/common/result.h"
#include "core/net/netplatform.h"

#include <QUdpSocket>

#include <memory>

// A QUdpSocket whose native socket was configured by NetPlatform::bindUdp() (tied to a card, broadcast on),
// so the Qt side only reads and writes datagrams.
class NetUdpSocket
{
public:
    static Result<std::unique_ptr<QUdpSocket>> bind(const NetPlatform::UdpBindRequest &request);
};
