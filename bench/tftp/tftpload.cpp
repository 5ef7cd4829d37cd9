// tftpload: the TFTP load generator for bench/tftp. Plain C++/POSIX (no Qt), one thread, epoll, so the clients
// cost the same whichever server they measure. On a two-CPU machine the generator and the server share the CPUs,
// so every syscall the generator wastes is time taken from the server it measures: one read per ready socket
// (recvfrom in lock-step, recvmmsg for a window; never a second call just to see EAGAIN), the socket connected
// to the server's TID once it answers (no route lookup per ACK), no allocation per packet, and the retransmit
// scan only when a deadline can have passed. N clients fetch one file concurrently (optionally `rounds`
// times each, back to back), check every byte against a local reference copy, and print one summary line.
//
//   tftpload --server 127.0.0.1 --port 69 --file fw.bin --reference /srv/fw.bin --clients 30
//            [--blksize 1468] [--windowsize 8] [--rounds 1] [--client-timeout-ms 1000]
#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <array>
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
    // The last request or ACK, for the retransmit timer (RRQs are short: a name and two options).
    std::array<char, 600> lastSent{};
    size_t lastSentSize = 0;
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

void sendPacket(Client &c, const char *packet, size_t size, const sockaddr_in &to)
{
    size = std::min(size, c.lastSent.size());
    if (packet != c.lastSent.data())
        std::memcpy(c.lastSent.data(), packet, size);
    c.lastSentSize = size;
    if (c.havePeer) // connected to the server's TID: no address to pass, no route to look up
        send(c.fd, packet, size, 0);
    else
        sendto(c.fd, packet, size, 0, reinterpret_cast<const sockaddr *>(&to), sizeof to);
    c.deadline = Clock::now() + std::chrono::milliseconds(g_s.clientTimeoutMs);
}

void sendAck(Client &c, uint16_t block)
{
    const char ack[4] = {0, 4, char(block >> 8), char(block & 0xff)};
    sendPacket(c, ack, sizeof ack, c.peer);
}

void startRound(Client &c)
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
    sendPacket(c, rrq.data(), rrq.size(), g_server);
}

void finishRound(Client &c)
{
    c.durationsMs.push_back(std::chrono::duration<double, std::milli>(Clock::now() - c.started).count());
    if (--c.roundsLeft > 0) {
        startRound(c);
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

void handle(Client &c, const char *p, ssize_t n, const sockaddr_in &from)
{
    if (n < 4)
        return;
    if (!c.havePeer) {
        c.peer = from;
        c.havePeer = true;
        // Like most clients, the rest of the transfer talks to this TID only: the kernel then filters strays
        // and each ACK skips the route lookup, so the generator costs less of the CPU it shares with the server.
        connect(c.fd, reinterpret_cast<const sockaddr *>(&from), sizeof from);
    } else if (from.sin_port != c.peer.sin_port) {
        return;
    }
    const int op = (uint8_t(p[0]) << 8) | uint8_t(p[1]);
    if (op == 5) {
        fail(c, std::string("server ERROR: ") + std::string(p + 4, strnlen(p + 4, size_t(n - 4))));
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
        c.retries = 0;
        sendAck(c, 0);
        return;
    }
    if (op != 3)
        return;
    const uint16_t block = uint16_t((uint8_t(p[2]) << 8) | uint8_t(p[3]));
    if (block != c.expected)
        return; // duplicates and out-of-window blocks: our timer re-ACKs, like most clients
    const uint64_t len = uint64_t(n - 4);
    if (c.offset + len > g_refSize || std::memcmp(p + 4, g_ref + c.offset, len) != 0) {
        fail(c, "content differs at offset " + std::to_string(c.offset));
        return;
    }
    c.offset += len;
    c.retries = 0;
    const bool last = int(len) < c.blksize;
    if (++c.sinceAck >= c.window || last) {
        sendAck(c, block);
        c.sinceAck = 0;
    } else {
        c.deadline = Clock::now() + std::chrono::milliseconds(g_s.clientTimeoutMs);
    }
    ++c.expected;
    if (last) {
        if (c.offset != g_refSize)
            fail(c, "short file: " + std::to_string(c.offset));
        else
            finishRound(c);
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
    return !g_s.file.empty() && !g_s.reference.empty() && g_s.clients > 0 && g_s.rounds > 0;
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

    const int ep = epoll_create1(0);
    std::vector<Client> clients(size_t(g_s.clients));
    for (size_t i = 0; i < clients.size(); ++i) {
        Client &c = clients[i];
        c.fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
        int buf = 4 << 20;
        setsockopt(c.fd, SOL_SOCKET, SO_RCVBUF, &buf, sizeof buf);
        epoll_event ev{};
        ev.events = EPOLLIN;
        ev.data.u64 = i;
        epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
        c.roundsLeft = g_s.rounds;
    }
    const auto t0 = Clock::now();
    const double cpu0 = cpuMs();
    for (Client &c : clients)
        startRound(c);
    // One recvmmsg per ready socket takes a whole window; level-triggered epoll reports a socket again if more
    // arrived meanwhile.
    constexpr int kBatch = 16;
    std::vector<std::array<char, 65536>> buffers(kBatch);
    std::array<mmsghdr, kBatch> headers{};
    std::array<iovec, kBatch> vectors{};
    std::array<sockaddr_in, kBatch> senders{};
    std::vector<epoll_event> events(256);
    g_active = clients.size();
    // Deadlines are a second apart at the closest; scanning every client after every wake-up would cost the
    // generator more than the packets do with 200 clients.
    constexpr auto kScanEvery = std::chrono::milliseconds(20);
    auto nextScan = Clock::now() + kScanEvery;
    while (g_active > 0) {
        const auto waitMs = std::chrono::duration_cast<std::chrono::milliseconds>(nextScan - Clock::now()).count();
        const int n =
            epoll_wait(ep, events.data(), int(events.size()), int(std::clamp<long long>(waitMs + 1, 0, 1000)));
        for (int e = 0; e < n; ++e) {
            Client &c = clients[events[e].data.u64];
            if (c.window <= 1) {
                // Lock-step: one datagram is waiting; recvmmsg would also look for a second (twice the cost).
                socklen_t fromLength = sizeof senders[0];
                const ssize_t got = recvfrom(c.fd, buffers[0].data(), buffers[0].size(), MSG_DONTWAIT,
                                             reinterpret_cast<sockaddr *>(&senders[0]), &fromLength);
                if (got >= 0 && !c.done)
                    handle(c, buffers[0].data(), got, senders[0]);
                continue;
            }
            for (int i = 0; i < kBatch; ++i) {
                vectors[i] = {buffers[i].data(), buffers[i].size()};
                headers[i].msg_hdr = {};
                headers[i].msg_hdr.msg_name = &senders[i];
                headers[i].msg_hdr.msg_namelen = sizeof senders[i];
                headers[i].msg_hdr.msg_iov = &vectors[i];
                headers[i].msg_hdr.msg_iovlen = 1;
            }
            const int got = recvmmsg(c.fd, headers.data(), kBatch, MSG_DONTWAIT, nullptr);
            for (int i = 0; i < got && !c.done; ++i)
                handle(c, buffers[i].data(), ssize_t(headers[i].msg_len), senders[i]);
        }
        const auto now = Clock::now();
        if (now < nextScan)
            continue;
        nextScan = now + kScanEvery;
        for (Client &c : clients) {
            if (c.done || now < c.deadline)
                continue;
            if (++c.retries > g_s.maxRetries)
                fail(c, "timed out");
            else
                sendPacket(c, c.lastSent.data(), c.lastSentSize, c.havePeer ? c.peer : g_server);
        }
    }
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
