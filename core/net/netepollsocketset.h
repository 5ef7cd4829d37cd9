#pragma once

#include "core/net/netudpsocketset.h"

#include <QHash>

#include <memory>
#include <vector>

class QSocketNotifier;

// NetUdpSocketSet on Linux: every socket in one epoll set, watched by a single QSocketNotifier. A wake-up reads
// each ready socket with one recvmmsg and goes round again while sockets stay ready (bounded), so a busy server
// costs a few syscalls per datagram and no Qt dispatch per socket; a window of DATA leaves in one sendmmsg. The
// epoll set is level-triggered: whatever a bounded pass leaves queued wakes the notifier again.
class NetEpollSocketSet final : public NetUdpSocketSet
{
public:
    explicit NetEpollSocketSet(QObject *parent = nullptr);
    ~NetEpollSocketSet() override;

    // False when the kernel refused an epoll instance; the caller falls back to NetQtSocketSet.
    bool isValid() const { return m_epoll >= 0; }

    Result<int> open(const NetPlatform::UdpBindRequest &request) override;
    void close(int socket) override;
    quint16 localPort(int socket) const override;
    int count() const override { return int(m_sockets.size()); }
    int send(int socket, std::span<const Packet> packets, quint32 to, quint16 toPort) override;
    void receiveNow(int socket) override;

private:
    struct Open
    {
        quint16 port = 0;
        // A descriptor number closed and reused while its datagrams are being handed out must not receive them.
        quint32 generation = 0;
    };
    struct Bank; // recvmmsg buffers, one per nesting level of receiveNow()

    void onActivated();
    bool isCurrent(int socket, quint32 generation) const;

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, Open> m_sockets;
    quint32 m_nextGeneration = 1;
    std::vector<std::unique_ptr<Bank>> m_banks;
    int m_depth = 0;
};
