// tftpload: the TFTP load generator for benchmarks/tftp. Plain C++/POSIX plus liburing (no Qt), one thread, so the
// clients cost the same whichever server they measure. On a two-CPU machine the generator and the server share
// the CPUs, and a generator that runs out of CPU caps every server at its own pace: in T5 (200 clients, 12 blocks
// each) the epoll version, a recvfrom and a send per block plus its share of an epoll_wait, was busy 0.90-1.00 of
// the fastest servers' bursts. Here every client keeps one receive queued in an io_uring; each pass through
// the loop handles every finished receive, queues the ACKs and the next receives, and submits them all with one
// io_uring_enter, which also waits for the next completion. The socket is connected to the server's TID once it
// answers (the kernel then filters strays, and no route is looked up per ACK), nothing is allocated per packet,
// and the retransmit scan runs only when a deadline can have passed. N clients fetch one file concurrently
// (optionally `rounds` times each, back to back), check every byte against a local reference copy, and print one
// summary line.
//
//   tftpload --server 127.0.0.1 --port 69 --file fw.bin --reference /srv/fw.bin --clients 30
//            [--blksize 1468] [--windowsize 8] [--rounds 1] [--client-timeout-ms 1000]
#include <arpa/inet.h>
#include <fcntl.h>
#include <liburing.h>
#include <netinet/in.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Settings
{
    std::string server = "127.0.0.1";
    int port = 69;
    std::string file;
    std::string reference;
    int clients = 1;
    int blksize = 0; // 0: no option, plain RFC 1350
    int windowsize = 0;
    int rounds = 1;
    int clientTimeoutMs = 1000;
    int maxRetries = 10;
};

struct Client
{
    int fd = -1;
    sockaddr_in peer{};
    bool havePeer = false;
    uint16_t expected = 1;
    uint64_t offset = 0;
    int blksize = 512;
    int window = 1;
    int sinceAck = 0;
    // The last request or ACK, for the retransmit timer (RRQs are short: a name and two options). io_uring reads it
    // when it issues the send (at submission, for a datagram the socket has room for): it changes only after the
    // server answered, so a send still queued never sees the next one's bytes.
    std::array<char, 600> lastSent{};
    size_t lastSentSize = 0;
    iovec sendVector{};
    msghdr sendMessage{}; // the request goes to the server's port 69: an address with every send until it answers
    // The one receive queued for this client, and where it lands.
    std::vector<char> in;
    sockaddr_in from{};
    iovec receiveVector{};
    msghdr receiveMessage{};
    Clock::time_point deadline;
    int retries = 0;
    int roundsLeft = 0;
    bool done = false;
    bool failed = false;
    std::string why;
    Clock::time_point started;
    std::vector<double> durationsMs;
};

const char *g_ref = nullptr;
uint64_t g_refSize = 0;
Settings g_s;
sockaddr_in g_server{};
size_t g_active = 0; // clients not done yet
io_uring g_ring;
bool g_skipSentCompletions = false;

// user_data: the client's index, shifted left by one, with the low bit set for a send (where the kernel can, only
// a failed send posts a completion: IOSQE_CQE_SKIP_SUCCESS).
constexpr uint64_t kSendTag = 1;

io_uring_sqe *nextSqe()
{
    io_uring_sqe *sqe = io_uring_get_sqe(&g_ring);
    if (!sqe) { // the queue is full: hand the kernel what is queued and take a fresh entry
        io_uring_submit(&g_ring);
        sqe = io_uring_get_sqe(&g_ring);
    }
    return sqe;
}

void queueReceive(Client &c, size_t index)
{
    io_uring_sqe *sqe = nextSqe();
    if (c.havePeer) { // connected: the kernel only passes the server's TID, so no address to read
        io_uring_prep_recv(sqe, c.fd, c.in.data(), c.in.size(), 0);
    } else {
        c.receiveMessage.msg_namelen = sizeof c.from;
        io_uring_prep_recvmsg(sqe, c.fd, &c.receiveMessage, 0);
    }
    io_uring_sqe_set_data64(sqe, uint64_t(index) << 1);
}

void sendPacket(Client &c, size_t index, const char *packet, size_t size)
{
    size = std::min(size, c.lastSent.size());
    if (packet != c.lastSent.data())
        std::memcpy(c.lastSent.data(), packet, size);
    c.lastSentSize = size;
    io_uring_sqe *sqe = nextSqe();
    if (c.havePeer) { // connected to the server's TID: no address to pass, no route to look up
        io_uring_prep_send(sqe, c.fd, c.lastSent.data(), size, 0);
    } else {
        c.sendVector = {c.lastSent.data(), size};
        io_uring_prep_sendmsg(sqe, c.fd, &c.sendMessage, 0);
    }
    io_uring_sqe_set_data64(sqe, (uint64_t(index) << 1) | kSendTag);
    if (g_skipSentCompletions)
        sqe->flags |= IOSQE_CQE_SKIP_SUCCESS;
    c.deadline = Clock::now() + std::chrono::milliseconds(g_s.clientTimeoutMs);
}

void sendAck(Client &c, size_t index, uint16_t block)
{
    const char ack[4] = {0, 4, char(block >> 8), char(block & 0xff)};
    sendPacket(c, index, ack, sizeof ack);
}

// The last ACK of a round that another round follows: sent now, because the next round disconnects the socket and
// reuses lastSent before the queue is submitted (a queued send would then go nowhere, and the server would keep
// the finished transfer until its retries run out).
void sendFinalAckNow(Client &c, uint16_t block)
{
    const char ack[4] = {0, 4, char(block >> 8), char(block & 0xff)};
    send(c.fd, ack, sizeof ack, 0);
}

void startRound(Client &c, size_t index)
{
    if (c.havePeer) { // the next request goes to port 69 again
        sockaddr unspecified{};
        unspecified.sa_family = AF_UNSPEC;
        connect(c.fd, &unspecified, sizeof unspecified);
    }
    c.havePeer = false;
    c.expected = 1;
    c.offset = 0;
    c.blksize = 512;
    c.window = 1;
    c.sinceAck = 0;
    c.retries = 0;
    std::vector<char> rrq{0, 1};
    auto add = [&rrq](const std::string &s) {
        rrq.insert(rrq.end(), s.begin(), s.end());
        rrq.push_back(0);
    };
    add(g_s.file);
    add("octet");
    if (g_s.blksize > 0) {
        add("blksize");
        add(std::to_string(g_s.blksize));
    }
    if (g_s.windowsize > 0) {
        add("windowsize");
        add(std::to_string(g_s.windowsize));
    }
    c.started = Clock::now();
    sendPacket(c, index, rrq.data(), rrq.size());
}

void finishRound(Client &c, size_t index)
{
    c.durationsMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c.started).count());
    if (--c.roundsLeft > 0) {
        startRound(c, index);
    } else {
        c.done = true;
        --g_active;
    }
}

void fail(Client &c, std::string why)
{
    c.failed = true;
    c.done = true;
    --g_active;
    c.why = std::move(why);
}

void handle(Client &c, size_t index, const char *p, size_t n)
{
    if (n < 4)
        return;
    if (!c.havePeer) {
        c.peer = c.from;
        c.havePeer = true;
        // Like most clients, the rest of the transfer talks to this TID only: the kernel then filters strays
        // and each ACK skips the route lookup, so the generator costs less of the CPU it shares with the server.
        connect(c.fd, reinterpret_cast<const sockaddr *>(&c.peer), sizeof c.peer);
    }
    const int op = (uint8_t(p[0]) << 8) | uint8_t(p[1]);
    if (op == 5) {
        fail(c, std::string("server ERROR: ") + std::string(p + 4, strnlen(p + 4, n - 4)));
        return;
    }
    if (op == 6) { // OACK
        for (const char *q = p + 2; q < p + n;) {
            std::string name(q, strnlen(q, size_t(p + n - q)));
            q += name.size() + 1;
            if (q >= p + n)
                break;
            std::string value(q, strnlen(q, size_t(p + n - q)));
            q += value.size() + 1;
            if (name == "blksize")
                c.blksize = std::atoi(value.c_str());
            else if (name == "windowsize")
                c.window = std::atoi(value.c_str());
        }
        if (c.blksize < 8 || size_t(c.blksize) + 4 >= c.in.size() || c.window < 1) {
            fail(c, "OACK outside what was asked: blksize " + std::to_string(c.blksize) + ", windowsize " +
                        std::to_string(c.window));
            return;
        }
        c.retries = 0;
        sendAck(c, index, 0);
        return;
    }
    if (op != 3)
        return;
    const uint16_t block = uint16_t((uint8_t(p[2]) << 8) | uint8_t(p[3]));
    if (block != c.expected)
        return; // duplicates and out-of-window blocks: our timer re-ACKs, like most clients
    const uint64_t len = uint64_t(n - 4);
    if (len > uint64_t(c.blksize)) {
        fail(c, "block " + std::to_string(block) + " longer than blksize: " + std::to_string(len));
        return;
    }
    if (c.offset + len > g_refSize || std::memcmp(p + 4, g_ref + c.offset, len) != 0) {
        fail(c, "content differs at offset " + std::to_string(c.offset));
        return;
    }
    c.offset += len;
    c.retries = 0;
    const bool last = int(len) < c.blksize;
    if (last && c.roundsLeft > 1) {
        sendFinalAckNow(c, block);
    } else if (++c.sinceAck >= c.window || last) {
        sendAck(c, index, block);
        c.sinceAck = 0;
    } else {
        c.deadline = Clock::now() + std::chrono::milliseconds(g_s.clientTimeoutMs);
    }
    ++c.expected;
    if (last) {
        if (c.offset != g_refSize)
            fail(c, "short file: " + std::to_string(c.offset));
        else
            finishRound(c, index);
    }
}

// This process's CPU time (user + system). Printed so a reader sees when the generator, not the server, was the
// limit: a generator busy ~100 % of the run caps every server alike.
double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
    return ms(usage.ru_utime) + ms(usage.ru_stime);
}

bool parse(int argc, char **argv)
{
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string k = argv[i];
        const char *v = argv[i + 1];
        if (k == "--server")
            g_s.server = v;
        else if (k == "--port")
            g_s.port = std::atoi(v);
        else if (k == "--file")
            g_s.file = v;
        else if (k == "--reference")
            g_s.reference = v;
        else if (k == "--clients")
            g_s.clients = std::atoi(v);
        else if (k == "--blksize")
            g_s.blksize = std::atoi(v);
        else if (k == "--windowsize")
            g_s.windowsize = std::atoi(v);
        else if (k == "--rounds")
            g_s.rounds = std::atoi(v);
        else if (k == "--client-timeout-ms")
            g_s.clientTimeoutMs = std::atoi(v);
        else
            return false;
    }
    return !g_s.file.empty() && !g_s.reference.empty() && g_s.clients > 0 && g_s.clients <= 65536 && g_s.rounds > 0 &&
           g_s.blksize >= 0 && g_s.blksize <= 65464;
}

} // namespace

int main(int argc, char **argv)
{
    if (!parse(argc, argv)) {
        std::fprintf(stderr, "usage: tftpload --file NAME --reference PATH [--server IP] [--port N] [--clients N] "
                             "[--blksize N] [--windowsize N] [--rounds N] [--client-timeout-ms N]\n");
        return 2;
    }
    const int rfd = open(g_s.reference.c_str(), O_RDONLY);
    struct stat st
    {};
    if (rfd < 0 || fstat(rfd, &st) != 0) {
        std::perror("reference");
        return 2;
    }
    g_refSize = uint64_t(st.st_size);
    g_ref = g_refSize ? static_cast<const char *>(mmap(nullptr, g_refSize, PROT_READ, MAP_PRIVATE, rfd, 0)) : "";
    g_server.sin_family = AF_INET;
    g_server.sin_port = htons(uint16_t(g_s.port));
    inet_pton(AF_INET, g_s.server.c_str(), &g_server.sin_addr);

    // Room for every client's receive and send in one pass; completions are reaped only when the loop asks for them
    // (DEFER_TASKRUN), so the kernel does not interrupt the generator to post each one.
    const unsigned entries = unsigned(std::clamp(2 * g_s.clients, 256, 4096));
    io_uring_params params{};
    params.flags = IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN | IORING_SETUP_CQSIZE;
    params.cq_entries = unsigned(std::max(4096, 4 * g_s.clients));
    int error = io_uring_queue_init_params(entries, &g_ring, &params);
    if (error == -EINVAL) { // before Linux 6.1: completions are then posted as they happen
        params = {};
        params.flags = IORING_SETUP_CQSIZE;
        params.cq_entries = unsigned(std::max(4096, 4 * g_s.clients));
        error = io_uring_queue_init_params(entries, &g_ring, &params);
    }
    if (error < 0 || !(params.features & IORING_FEAT_EXT_ARG)) {
        std::fprintf(stderr, "tftpload: io_uring: %s (needs Linux 5.11 or later)\n",
                     error < 0 ? std::strerror(-error) : "no timed wait");
        return 2;
    }
    g_skipSentCompletions = params.features & IORING_FEAT_CQE_SKIP; // Linux 5.17

    // Big enough for the largest block asked for plus one byte, so a longer block shows up as longer.
    const size_t receiveSize = 4 + size_t(std::max(g_s.blksize, 512)) + 1;
    std::vector<Client> clients(size_t(g_s.clients));
    for (Client &c : clients) {
        c.fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        int buf = 4 << 20;
        setsockopt(c.fd, SOL_SOCKET, SO_RCVBUF, &buf, sizeof buf);
        c.roundsLeft = g_s.rounds;
        c.in.assign(receiveSize, 0);
        c.receiveVector = {c.in.data(), c.in.size()};
        c.receiveMessage.msg_name = &c.from;
        c.receiveMessage.msg_iov = &c.receiveVector;
        c.receiveMessage.msg_iovlen = 1;
        c.sendMessage.msg_name = &g_server;
        c.sendMessage.msg_namelen = sizeof g_server;
        c.sendMessage.msg_iov = &c.sendVector;
        c.sendMessage.msg_iovlen = 1;
    }
    const auto t0 = Clock::now();
    const double cpu0 = cpuMs();
    g_active = clients.size();
    for (size_t i = 0; i < clients.size(); ++i) {
        queueReceive(clients[i], i);
        startRound(clients[i], i);
    }
    // Deadlines are a second apart at the closest; scanning every client after every wake-up would cost the
    // generator more than the packets do with 200 clients.
    constexpr auto kScanEvery = std::chrono::milliseconds(20);
    auto nextScan = Clock::now() + kScanEvery;
    while (g_active > 0) {
        const auto waitNs = std::chrono::duration_cast<std::chrono::nanoseconds>(nextScan - Clock::now()).count();
        __kernel_timespec wait{0, std::clamp<long long>(waitNs, 0, 999'999'999)};
        io_uring_cqe *first = nullptr;
        io_uring_submit_and_wait_timeout(&g_ring, &first, 1, &wait, nullptr);
        io_uring_cqe *cqe = nullptr;
        unsigned head = 0;
        unsigned seen = 0;
        io_uring_for_each_cqe(&g_ring, head, cqe)
        {
            ++seen;
            const size_t index = size_t(cqe->user_data >> 1);
            Client &c = clients[index];
            if (cqe->user_data & kSendTag)
                continue; // a send: if it failed, the retransmit timer sends it again
            if (c.done)
                continue;
            if (cqe->res >= 0)
                handle(c, index, c.in.data(), size_t(cqe->res));
            // Errors (an ICMP "port unreachable" reported on the connected socket) are dropped like a lost packet.
            if (!c.done)
                queueReceive(c, index);
        }
        io_uring_cq_advance(&g_ring, seen);
        const auto now = Clock::now();
        if (now < nextScan)
            continue;
        nextScan = now + kScanEvery;
        for (size_t i = 0; i < clients.size(); ++i) {
            Client &c = clients[i];
            if (c.done || now < c.deadline)
                continue;
            if (++c.retries > g_s.maxRetries)
                fail(c, "timed out");
            else
                sendPacket(c, i, c.lastSent.data(), c.lastSentSize);
        }
    }
    // The last pass queued the last clients' final ACKs: send them, or their servers would keep those transfers
    // (and retransmit) until their retries ran out.
    io_uring_submit(&g_ring);
    const double totalMs = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    const double clientCpuMs = cpuMs() - cpu0;
    std::vector<double> durations;
    int failed = 0;
    std::string firstWhy;
    for (const Client &c : clients) {
        durations.insert(durations.end(), c.durationsMs.begin(), c.durationsMs.end());
        if (c.failed && failed++ == 0)
            firstWhy = c.why;
    }
    std::sort(durations.begin(), durations.end());
    const auto pick = [&durations](double q) {
        return durations.empty() ? 0.0 : durations[size_t(q * double(durations.size() - 1))];
    };
    const double bytes = double(g_refSize) * double(durations.size());
    std::printf("transfers=%zu failed=%d total_ms=%.1f aggregate_MiBps=%.2f min_ms=%.1f median_ms=%.1f max_ms=%.1f "
                "client_cpu_ms=%.0f client_busy=%.2f%s%s\n",
                durations.size(), failed, totalMs, bytes / (1024.0 * 1024.0) / (totalMs / 1000.0), pick(0.0), pick(0.5),
                pick(1.0), clientCpuMs, totalMs > 0 ? clientCpuMs / totalMs : 0.0, failed ? " first_failure=" : "",
                firstWhy.c_str());
    return failed ? 1 : 0;
}
