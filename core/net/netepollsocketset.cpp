// Longer than our usual 400 lines on purpose: opening and closing sockets, batched sends (GSO segments,
// sendmmsg, deferred retries) and batched receives (recvmmsg into per-nesting-level banks) share one invariant
// (a datagram is handed out once, under the id of a socket that is still open), which is easier to keep in one
// file than across several.
#include "core/net/netepollsocketset.h"

#include "core/common/logging.h"

#include <QSocketNotifier>

#include <algorithm>
#include <arpa/inet.h>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <netinet/in.h>
#include <netinet/udp.h>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {

// Datagrams one recvmmsg takes from a socket; a lock-step transfer has one waiting, a window's ACK or a burst of
// requests a few.
constexpr int kBatch = 16;
// recvmmsg calls per socket and wake-up: more waits for the next pass, so one flooded socket cannot starve the rest.
constexpr int kBatchesPerSocket = 4;
// Larger datagrams are truncated; nothing this set serves (TFTP requests and ACKs) comes close.
constexpr int kMaxDatagram = 4096;
// The longest one notification keeps the thread, spinning included, before the event loop gets it back.
constexpr std::chrono::microseconds kMaxPass(1000);
constexpr int kEvents = 64;
// Answers held back until the end of a pass (see onActivated): a bounded number.
constexpr size_t kMaxDeferred = 256;
// Sockets close() may put off until the pass has nothing to read; more are closed at once.
constexpr size_t kMaxClosing = 256;
// How long a put-off close waits for an idle pass before it happens anyway.
constexpr int kCloseTimerMs = 50;
// sendmmsg takes at most this many at once (a TFTP window is at most 64 blocks).
constexpr int kSendBatch = 64;
// The largest UDP payload one (GSO) send may carry: 64 KiB less the IPv4 and UDP headers.
constexpr qsizetype kMaxGsoBytes = 65535 - 20 - 8;

// A packet's head and body, one after the other, at `out` (which holds at least their sum).
void assemble(const NetUdpSocketSet::Packet &packet, char *out)
{
    std::memcpy(out, packet.head.data(), size_t(packet.head.size()));
    if (!packet.body.isEmpty())
        std::memcpy(out + packet.head.size(), packet.body.data(), size_t(packet.body.size()));
}

sockaddr_in ipv4(quint32 address, quint16 port)
{
    sockaddr_in out{};
    out.sin_family = AF_INET;
    out.sin_port = htons(port);
    out.sin_addr.s_addr = htonl(address);
    return out;
}

} // namespace

struct NetEpollSocketSet::Bank
{
    std::array<mmsghdr, kBatch> headers{};
    std::array<iovec, kBatch> vectors{};
    std::array<sockaddr_in, kBatch> senders{};
    std::array<std::array<char, CMSG_SPACE(sizeof(in_pktinfo))>, kBatch> controls{};
    std::array<std::array<char, kMaxDatagram>, kBatch> data{};

    Bank()
    {
        for (int i = 0; i < kBatch; ++i) {
            vectors[i].iov_base = data[i].data();
            vectors[i].iov_len = data[i].size();
            msghdr &h = headers[i].msg_hdr;
            h.msg_name = &senders[i];
            h.msg_iov = &vectors[i];
            h.msg_iovlen = 1;
            h.msg_control = controls[i].data();
        }
    }
    // recvmmsg overwrites the lengths it was given.
    void reset()
    {
        for (int i = 0; i < kBatch; ++i) {
            headers[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
            headers[i].msg_hdr.msg_controllen = controls[i].size();
            headers[i].msg_hdr.msg_flags = 0;
        }
    }
};

NetEpollSocketSet::NetEpollSocketSet(QObject *parent)
    : NetUdpSocketSet(parent)
    , m_epoll(::epoll_create1(EPOLL_CLOEXEC))
{
    if (m_epoll < 0) {
        qCWarning(lcNet) << "epoll_create1:" << std::strerror(errno);
        return;
    }
    m_notifier = new QSocketNotifier(m_epoll, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &NetEpollSocketSet::onActivated);
    m_closeTimer.setSingleShot(true);
    m_closeTimer.setInterval(kCloseTimerMs);
    connect(&m_closeTimer, &QTimer::timeout, this, &NetEpollSocketSet::closeFinished);
}

NetEpollSocketSet::~NetEpollSocketSet()
{
    // The notifier goes before the descriptor it watches.
    delete m_notifier;
    for (auto it = m_sockets.cbegin(); it != m_sockets.cend(); ++it)
        ::close(it.key());
    closeFinished();
    if (m_epoll >= 0)
        ::close(m_epoll);
}

Result<int> NetEpollSocketSet::open(const NetPlatform::UdpBindRequest &request)
{
    if (m_epoll < 0)
        return Error(ErrorCode::SocketError, QStringLiteral("no epoll instance"));
    const Result<qintptr> bound = NetPlatform::bindUdp(request);
    if (!bound)
        return bound.error();
    const int fd = int(*bound);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = fd;
    if (::epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &event) != 0) {
        const int error = errno;
        ::close(fd);
        return Error(ErrorCode::SocketError,
                     QStringLiteral("epoll_ctl: %1").arg(QString::fromLocal8Bit(std::strerror(error))));
    }
    // The port is asked for on demand (localPort()): a transfer never needs its own, so that saves a syscall each.
    m_sockets.insert(fd, Open{request.port, m_nextGeneration++, request.packetInfo});
    return fd;
}

void NetEpollSocketSet::close(int socket)
{
    if (!m_sockets.contains(socket))
        return;
    // What was sent before the close still leaves (a final ERROR, say), from this socket.
    if (!m_deferred.empty())
        flushDeferred();
    m_sockets.remove(socket);
    // Closing a UDP socket costs the kernel about what sending a block does (unhash it, release it, free it after a
    // grace period). Inside a pass, where a finished transfer gives its socket back, that is time the next peers
    // wait for: the socket is closed when the pass finds nothing to read. Until then it stays in the epoll set; a
    // datagram for it makes onActivated close it at once. Closing the only descriptor of a socket also takes it out
    // of the epoll set.
    if (m_inPass && m_closing.size() < kMaxClosing) {
        m_closing.push_back(socket);
        return;
    }
    ::close(socket);
}

void NetEpollSocketSet::closeNow(int socket)
{
    const auto it = std::find(m_closing.begin(), m_closing.end(), socket);
    if (it == m_closing.end())
        return;
    m_closing.erase(it);
    ::close(socket);
}

void NetEpollSocketSet::closeFinished()
{
    for (const int socket : m_closing)
        ::close(socket);
    m_closing.clear();
}

quint16 NetEpollSocketSet::localPort(int socket) const
{
    const auto it = m_sockets.constFind(socket);
    if (it == m_sockets.cend())
        return 0;
    if (it->port != 0)
        return it->port;
    sockaddr_in local{};
    socklen_t length = sizeof local;
    if (::getsockname(socket, reinterpret_cast<sockaddr *>(&local), &length) != 0)
        return 0;
    return ntohs(local.sin_port);
}

bool NetEpollSocketSet::isCurrent(int socket, quint32 generation) const
{
    const auto it = m_sockets.constFind(socket);
    return it != m_sockets.cend() && it->generation == generation;
}

int NetEpollSocketSet::send(int socket, std::span<const Packet> packets, quint32 to, quint16 toPort)
{
    const auto open = m_sockets.constFind(socket);
    if (open == m_sockets.cend() || packets.empty())
        return 0;
    sockaddr_in address = ipv4(to, toPort);
    if (m_inPass && packets.size() == 1 && defer(socket, open->generation, packets[0], address))
        return 1;
    // Whatever was queued earlier in the pass leaves first, so no socket's datagrams are reordered.
    if (!m_deferred.empty())
        flushDeferred();
    int sent = 0;
    size_t next = 0;
    while (next < packets.size()) {
        const size_t count = std::min<size_t>(packets.size() - next, kSendBatch);
        const std::span<const Packet> batch = packets.subspan(next, count);
        const size_t gso = m_gso ? segmentable(batch) : 0;
        if (gso >= 2 && sendSegmented(socket, batch.first(gso), address)) {
            sent += int(gso);
            next += gso;
            continue;
        }
        const int n = sendBatch(socket, batch, address);
        if (n <= 0) {
            // A full buffer (or an ICMP error left on the socket): this one is lost, the next may still go.
            qCDebug(lcNet) << "send on" << socket << "failed:" << std::strerror(errno);
            ++next;
            continue;
        }
        sent += n;
        next += size_t(n);
    }
    return sent;
}

bool NetEpollSocketSet::defer(int socket, quint32 generation, const Packet &packet, const sockaddr_in &address)
{
    const size_t size = size_t(packet.head.size() + packet.body.size());
    if (size > kMaxCopiedBytes || m_deferred.size() >= kMaxDeferred)
        return false;
    const size_t offset = m_arena.size();
    m_arena.resize(offset + size);
    assemble(packet, m_arena.data() + offset);
    m_deferred.push_back({socket, generation, address, offset, size});
    return true;
}

void NetEpollSocketSet::flushDeferred()
{
    for (const Deferred &d : m_deferred) {
        // A socket closed (and its number maybe reused by a new transfer) since: its datagram must not leave from
        // a stranger's port.
        if (!isCurrent(d.socket, d.generation))
            continue;
        if (::sendto(d.socket, m_arena.data() + d.offset, d.size, 0, reinterpret_cast<const sockaddr *>(&d.to),
                     sizeof d.to) < 0)
            qCDebug(lcNet) << "send on" << d.socket << "failed:" << std::strerror(errno);
    }
    m_deferred.clear();
    m_arena.clear();
}

size_t NetEpollSocketSet::segmentable(std::span<const Packet> packets)
{
    // UDP GSO cuts one buffer into equal segments, the last one possibly shorter: a window of full blocks and
    // maybe the final short one, within the 64 KiB an IP packet can carry.
    const qsizetype segment = packets[0].head.size() + packets[0].body.size();
    if (segment == 0 || segment > kMaxGsoBytes / 2)
        return 0;
    size_t n = 1;
    qsizetype total = segment;
    for (; n < packets.size(); ++n) {
        const qsizetype size = packets[n].head.size() + packets[n].body.size();
        if (size > segment || total + size > kMaxGsoBytes || size == 0)
            break;
        total += size;
        if (size < segment) {
            ++n;
            break;
        }
    }
    return n;
}

bool NetEpollSocketSet::sendSegmented(int socket, std::span<const Packet> packets, sockaddr_in &address)
{
    std::array<iovec, 2 * kSendBatch> vectors{};
    size_t used = 0;
    for (const Packet &packet : packets) {
        // sendmsg never writes through iov_base; the casts only satisfy the struct's type.
        vectors[used++] = {const_cast<char *>(packet.head.data()), size_t(packet.head.size())};
        if (!packet.body.isEmpty())
            vectors[used++] = {const_cast<char *>(packet.body.data()), size_t(packet.body.size())};
    }
    alignas(cmsghdr) char control[CMSG_SPACE(sizeof(quint16))] = {};
    msghdr message{};
    message.msg_name = &address;
    message.msg_namelen = sizeof address;
    message.msg_iov = vectors.data();
    message.msg_iovlen = used;
    message.msg_control = control;
    message.msg_controllen = sizeof control;
    cmsghdr *c = CMSG_FIRSTHDR(&message);
    c->cmsg_level = SOL_UDP;
    c->cmsg_type = UDP_SEGMENT;
    c->cmsg_len = CMSG_LEN(sizeof(quint16));
    const quint16 segment = quint16(packets[0].head.size() + packets[0].body.size());
    std::memcpy(CMSG_DATA(c), &segment, sizeof segment);
    if (::sendmsg(socket, &message, 0) >= 0)
        return true;
    const int error = errno;
    // Without checksum offload on the way out (EIO) or without GSO at all, never try again; a segment larger than
    // the path allows (EINVAL) only rules out this send. Either way the caller sends them one by one.
    if (error == EIO || error == ENOPROTOOPT || error == EOPNOTSUPP) {
        qCInfo(lcNet) << "UDP segmentation offload unavailable, sending datagrams one by one:" << std::strerror(error);
        m_gso = false;
    }
    return false;
}

int NetEpollSocketSet::sendBatch(int socket, std::span<const Packet> packets, sockaddr_in &address)
{
    if (packets.size() == 1) {
        // Lock-step sends one block per ACK: no batch arrays to clear (6 KiB each time, a visible share of a
        // send in a profile). A small block is cheaper copied behind its header and sent with sendto than
        // described by two iovecs the kernel must import (copying 1.5 KB costs less than that import).
        const Packet &packet = packets[0];
        const size_t size = size_t(packet.head.size() + packet.body.size());
        if (size <= m_scratch.size()) {
            assemble(packet, m_scratch.data());
            return ::sendto(socket, m_scratch.data(), size, 0, reinterpret_cast<const sockaddr *>(&address),
                            sizeof address) >= 0
                       ? 1
                       : -1;
        }
        iovec vectors[2] = {{const_cast<char *>(packet.head.data()), size_t(packet.head.size())},
                            {const_cast<char *>(packet.body.data()), size_t(packet.body.size())}};
        msghdr message{};
        message.msg_name = &address;
        message.msg_namelen = sizeof address;
        message.msg_iov = vectors;
        message.msg_iovlen = packet.body.isEmpty() ? 1 : 2;
        return ::sendmsg(socket, &message, 0) >= 0 ? 1 : -1;
    }
    std::array<mmsghdr, kSendBatch> headers{};
    std::array<std::array<iovec, 2>, kSendBatch> vectors{};
    for (size_t i = 0; i < packets.size(); ++i) {
        const Packet &packet = packets[i];
        vectors[i][0] = {const_cast<char *>(packet.head.data()), size_t(packet.head.size())};
        vectors[i][1] = {const_cast<char *>(packet.body.data()), size_t(packet.body.size())};
        msghdr &h = headers[i].msg_hdr;
        h.msg_name = &address;
        h.msg_namelen = sizeof address;
        h.msg_iov = vectors[i].data();
        h.msg_iovlen = packet.body.isEmpty() ? 1 : 2;
    }
    return ::sendmmsg(socket, headers.data(), unsigned(packets.size()), 0);
}

NetEpollSocketSet::Bank &NetEpollSocketSet::enterBank()
{
    // A handler may look at another socket (receiveNow again) while this bank's datagrams are still being handed
    // out: each nesting level reads into its own bank.
    if (size_t(m_depth) >= m_banks.size())
        m_banks.push_back(std::make_unique<Bank>());
    return *m_banks[size_t(m_depth++)];
}

void NetEpollSocketSet::receiveReady(int socket)
{
    const auto it = m_sockets.constFind(socket);
    if (it == m_sockets.cend() || !m_handler)
        return;
    // A socket that wants to know where each datagram arrived is a listener: requests arrive in bursts, one
    // recvmmsg takes them all with their cards. Otherwise it belongs to a transfer, whose peer sends one datagram
    // and waits: a plain recvfrom takes it, where recvmmsg would also look for a second (in a profile, nearly twice
    // the cost of the receive itself). Anything more keeps the socket ready for the next pass.
    if (it->packetInfo) {
        receiveNow(socket);
        return;
    }
    Bank &bank = enterBank();
    sockaddr_in from{};
    socklen_t fromLength = sizeof from;
    const ssize_t n = ::recvfrom(socket, bank.data[0].data(), kMaxDatagram, MSG_DONTWAIT,
                                 reinterpret_cast<sockaddr *>(&from), &fromLength);
    if (n >= 0) {
        Datagram datagram;
        datagram.socket = socket;
        datagram.bytes = QByteArrayView(bank.data[0].data(), qsizetype(n));
        datagram.from = ntohl(from.sin_addr.s_addr);
        datagram.fromPort = ntohs(from.sin_port);
        m_handler(datagram);
    }
    --m_depth;
}

void NetEpollSocketSet::receiveNow(int socket)
{
    const auto it = m_sockets.constFind(socket);
    if (it == m_sockets.cend() || !m_handler)
        return;
    const quint32 generation = it->generation;
    Bank &bank = enterBank();
    for (int batch = 0; batch < kBatchesPerSocket; ++batch) {
        bank.reset();
        const int n = ::recvmmsg(socket, bank.headers.data(), kBatch, MSG_DONTWAIT, nullptr);
        if (n <= 0)
            break;
        for (int i = 0; i < n; ++i) {
            const msghdr &h = bank.headers[size_t(i)].msg_hdr;
            Datagram datagram;
            datagram.socket = socket;
            datagram.bytes =
                QByteArrayView(bank.data[size_t(i)].data(),
                               qsizetype(std::min<unsigned>(bank.headers[size_t(i)].msg_len, kMaxDatagram)));
            datagram.from = ntohl(bank.senders[size_t(i)].sin_addr.s_addr);
            datagram.fromPort = ntohs(bank.senders[size_t(i)].sin_port);
            for (cmsghdr *c = CMSG_FIRSTHDR(&h); c; c = CMSG_NXTHDR(const_cast<msghdr *>(&h), c)) {
                if (c->cmsg_level != IPPROTO_IP || c->cmsg_type != IP_PKTINFO)
                    continue;
                in_pktinfo info{};
                std::memcpy(&info, CMSG_DATA(c), sizeof info);
                // The local address that answers (not a broadcast the request may have been sent to).
                datagram.to = ntohl(info.ipi_spec_dst.s_addr ? info.ipi_spec_dst.s_addr : info.ipi_addr.s_addr);
                datagram.interfaceIndex = info.ipi_ifindex;
            }
            m_handler(datagram);
            if (!isCurrent(socket, generation)) {
                --m_depth;
                return;
            }
        }
        // A batch's answers leave together (see onActivated), before the next batch's sockets are set up.
        if (!m_deferred.empty())
            flushDeferred();
        if (n < kBatch)
            break;
    }
    --m_depth;
}

void NetEpollSocketSet::onActivated()
{
    using Clock = std::chrono::steady_clock;
    struct Pass
    {
        NetEpollSocketSet &set;
        explicit Pass(NetEpollSocketSet &s)
            : set(s)
        {
            set.m_inPass = true;
        }
        ~Pass()
        {
            set.m_inPass = false;
            // A pass that ended busy leaves its closes to the next idle one, or to the timer.
            if (!set.m_closing.empty())
                set.m_closeTimer.start();
        }
    } pass(*this);
    std::array<epoll_event, kEvents> events{};
    const Clock::time_point passStart = Clock::now();
    bool spinning = false;
    Clock::time_point spinStart;
    for (;;) {
        const int n = ::epoll_wait(m_epoll, events.data(), kEvents, 0);
        if (n > 0) {
            if (spinning) {
                m_busyPoll.hit();
                ++m_busyPollStats.hits;
                spinning = false;
            }
            for (int i = 0; i < n; ++i) {
                // A transfer's answer (the next block) leaves with the others after the pass: the peers are woken
                // in one burst and find several datagrams per wake-up instead of one wake-up per answer. A
                // listener's answers (a new transfer's first block) leave after each batch of at most 16
                // requests: each request costs a socket to set up, so holding a whole pass's 64 first blocks back
                // would leave those peers idle, while sending each at once cost a wake-up per request (in a
                // T5 profile, the first block's send cost twice what a later block's does).
                const int socket = events[size_t(i)].data.fd;
                if (!m_sockets.contains(socket)) {
                    // A put-off close whose port got a datagram: level-triggered epoll would report it again.
                    closeNow(socket);
                    continue;
                }
                receiveReady(socket);
            }
            flushDeferred();
            // Peers answer while we work: taking their datagrams now saves a sleep and a wake-up per packet. The
            // bound keeps the thread's other objects (timers, DHCP) served.
            if (Clock::now() - passStart > kMaxPass)
                return;
            continue;
        }
        // Nothing to read: the moment for the closes the pass put off.
        if (!m_closing.empty())
            closeFinished();
        // With only the listener open nobody is about to answer.
        if (n < 0 || m_sockets.size() <= 1)
            return;
        const Clock::time_point now = Clock::now();
        if (!spinning) {
            if (!m_busyPoll.startSpin())
                return;
            ++m_busyPollStats.spins;
            spinning = true;
            spinStart = now;
        } else if (!m_busyPoll.continueSpin(std::chrono::duration_cast<NetBusyPoll::Micros>(now - spinStart))) {
            return;
        }
        if (now - passStart > kMaxPass)
            return;
        // The peer we wait for may have been woken on this CPU: let it run rather than spin in its way.
        ::sched_yield();
    }
}

void NetEpollSocketSet::setBusyPoll(std::chrono::microseconds budget)
{
    m_busyPoll.setBudget(budget);
}
