#pragma once

#include "core/common/result.h"
#include "core/net/netplatform.h"

#include <QByteArrayView>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <span>

// Many IPv4 UDP sockets owned by one object on one thread, read through one handler: a server with a socket per
// client (TFTP gives every transfer its own port) without a Qt notifier and a QUdpSocket per socket.
//
// Two implementations behind this interface, chosen by create(): NetEpollSocketSet (Linux) keeps every socket in
// one epoll set behind a single QSocketNotifier, with a few syscalls per datagram and no Qt dispatch per socket;
// NetQtSocketSet wraps a QUdpSocket per socket and runs everywhere. Sockets are bound by NetPlatform::bindUdp, so
// both map bind errors the same way.
//
// The handler may open and close sockets, including the one it is being called for; datagrams still queued for a
// closed socket are dropped, never handed over under its id.
class NetUdpSocketSet : public QObject
{
public:
    enum class Backend {
        Native,   // the fastest this OS offers (epoll on Linux, otherwise the same as Portable)
        Portable, // a QUdpSocket per socket; also on Linux, so tests run both
    };
    struct Datagram
    {
        int socket = -1;
        QByteArrayView bytes; // valid only during the handler call
        quint32 from = 0;     // IPv4, host byte order
        quint16 fromPort = 0;
        quint32 to = 0;         // the local address it was sent to (0 when the OS did not say)
        int interfaceIndex = 0; // the card it arrived on (0 when the OS did not say)
    };
    // One datagram written as `head` followed by `body`, so a TFTP DATA packet can point straight into the shared
    // file bytes instead of being copied into a send buffer first.
    struct Packet
    {
        QByteArrayView head;
        QByteArrayView body;
    };
    using Handler = std::function<void(const Datagram &)>;

    static std::unique_ptr<NetUdpSocketSet> create(Backend backend, QObject *parent = nullptr);
    ~NetUdpSocketSet() override = default;

    void setHandler(Handler handler) { m_handler = std::move(handler); }

    // Binds a socket (NetPlatform::bindUdp's errors) and starts reading it. Returns its id in this set.
    virtual Result<int> open(const NetPlatform::UdpBindRequest &request) = 0;
    // Unknown ids are ignored.
    virtual void close(int socket) = 0;
    virtual quint16 localPort(int socket) const = 0;
    virtual int count() const = 0;
    // Sends in order; a full buffer drops a datagram like the network would (the caller's timer recovers it).
    // Returns how many left.
    virtual int send(int socket, std::span<const Packet> packets, quint32 to, quint16 toPort) = 0;
    int send(int socket, QByteArrayView bytes, quint32 to, quint16 toPort)
    {
        const Packet packet{bytes, {}};
        return send(socket, std::span<const Packet>(&packet, 1), to, toPort);
    }
    // Hands what is queued on one socket to the handler now, from inside the handler too (a server looking
    // behind a repeated request for the final ACK of the transfer it would replace).
    virtual void receiveNow(int socket) = 0;

    // How long to keep asking for datagrams before sleeping when sockets besides the first are open and nothing
    // is ready (NetBusyPoll decides when that pays). Zero never spins. Only the native backend spins; Qt's event
    // loop offers no way to, so NetQtSocketSet ignores it.
    virtual void setBusyPoll(std::chrono::microseconds budget) { Q_UNUSED(budget) }

protected:
    explicit NetUdpSocketSet(QObject *parent)
        : QObject(parent)
    {}
    Handler m_handler;
};
