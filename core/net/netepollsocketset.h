#pragma once

#include "core/net/netbusypoll.h"
#include "core/net/netudpsocketset.h"

#include <QHash>
#include <QTimer>

#include <netinet/in.h>

#include <array>

#include <memory>
#include <vector>

class QSocketNotifier;

// NetUdpSocketSet on Linux: every socket in one epoll set, watched by a single QSocketNotifier. A wake-up reads
// each ready socket (a listener's burst with one recvmmsg, a transfer's datagram with one recvfrom) and asks epoll
// again before returning to the event loop (bounded, and spinning briefly while NetBusyPoll says spins pay off), so
// a busy server costs a few syscalls per datagram and no Qt dispatch per socket. Answers on transfer sockets leave
// together at the end of a read pass, a listener's at the end of each batch it read; a socket closed during a pass
// is closed for real when the pass runs out of datagrams; a window of DATA leaves in one send (UDP GSO, else
// sendmmsg). The epoll set is level-triggered: whatever a bounded pass leaves queued wakes the notifier again.
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
    void setBusyPoll(std::chrono::microseconds budget) override;

    struct BusyPollStats
    {
        quint64 spins = 0; // idle moments spent spinning instead of sleeping
        quint64 hits = 0;  // spins that found a datagram
    };
    BusyPollStats busyPollStats() const { return m_busyPollStats; }

private:
    // A lone datagram up to an Ethernet-sized block is copied into one buffer (to send, or to queue until the pass
    // ends) rather than described by iovecs; larger ones go out from where they are.
    static constexpr size_t kMaxCopiedBytes = 1500;
    struct Open
    {
        quint16 port = 0;
        // A descriptor number closed and reused while its datagrams are being handed out must not receive them.
        quint32 generation = 0;
        bool packetInfo = false; // a listener: read in batches, with the card each datagram came in on
    };
    struct Bank; // recvmmsg buffers, one per nesting level of receiveNow()

    void onActivated();
    // What epoll reported ready: a listener's burst in one recvmmsg, a transfer's single datagram in one recvfrom.
    void receiveReady(int socket);
    Bank &enterBank();
    bool isCurrent(int socket, quint32 generation) const;
    // How many leading packets one UDP GSO send can carry (0 or 1: not worth it).
    static size_t segmentable(std::span<const Packet> packets);
    // One sendmsg with UDP_SEGMENT; false (nothing sent) when the kernel refused it.
    bool sendSegmented(int socket, std::span<const Packet> packets, sockaddr_in &address);
    // sendmmsg (sendmsg for one); returns how many left, -1 if the first failed.
    int sendBatch(int socket, std::span<const Packet> packets, sockaddr_in &address);
    // Copies a small datagram into the pass's queue; false when it does not fit (the caller sends it now).
    bool defer(int socket, quint32 generation, const Packet &packet, const sockaddr_in &address);
    void flushDeferred();
    // Closes the sockets close() put off (see there), all of them or one.
    void closeFinished();
    void closeNow(int socket);

    int m_epoll = -1;
    QSocketNotifier *m_notifier = nullptr;
    QHash<int, Open> m_sockets;
    quint32 m_nextGeneration = 1;
    std::vector<std::unique_ptr<Bank>> m_banks;
    int m_depth = 0;
    // A window leaves as one GSO super-datagram, segmented by the kernel as late as possible (on loopback, only
    // at the receiving socket): one trip through the stack instead of one per block.
    bool m_gso = true;
    struct Deferred
    {
        int socket;
        quint32 generation;
        sockaddr_in to;
        size_t offset; // into m_arena
        size_t size;
    };
    std::vector<Deferred> m_deferred;
    std::vector<char> m_arena;
    // Sockets given back during a pass, no longer in m_sockets: closed when the pass finds nothing to read, or by
    // m_closeTimer if no pass does.
    std::vector<int> m_closing;
    // Inside onActivated: small answers wait in m_deferred and closes in m_closing (see there).
    bool m_inPass = false;
    QTimer m_closeTimer;
    NetBusyPoll m_busyPoll;
    std::array<char, kMaxCopiedBytes> m_scratch{};
    BusyPollStats m_busyPollStats;
};
