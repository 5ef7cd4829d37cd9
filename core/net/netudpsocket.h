#pragma once

#include "core/common/result.h"
#include "core/net/netplatform.h"

#include <QNetworkDatagram>
#include <QUdpSocket>

#include <functional>
#include <memory>

// A QUdpSocket whose native socket was configured by NetPlatform::bindUdp() (tied to a card, broadcast on),
// so the Qt side only reads and writes datagrams.
class NetUdpSocket
{
public:
    static Result<std::unique_ptr<QUdpSocket>> bind(const NetPlatform::UdpBindRequest &request);

    // The body of a readyRead handler. QUdpSocket emits readyRead once and then stays silent until something
    // is read from it, so a handler that finds the queue empty and reads nothing leaves the socket deaf for
    // good. That happens whenever the notification is stale: the datagrams it announced were read by an
    // earlier call in the same event-loop pass. This always reads at least once (an empty queue only costs a
    // TemporaryError on the socket), then hands up to `limit` datagrams of at most maxSize bytes to
    // `handle`, which returns false when the socket must not be touched again (its owner stopped). Returns how
    // many it handed over; datagrams past the limit re-announce themselves.
    static int receivePending(QUdpSocket &socket, int limit, qint64 maxSize,
                              const std::function<bool(const QNetworkDatagram &)> &handle);
    // The same, reading into `buffer` (its size is the largest datagram kept; longer ones are truncated) for hot
    // paths where a QNetworkDatagram per packet would mean two heap allocations. `handle` gets the bytes read.
    static int receivePending(QUdpSocket &socket, int limit, QByteArray &buffer,
                              const std::function<bool(QByteArrayView, const QHostAddress &, quint16)> &handle);
};
