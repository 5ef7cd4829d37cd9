// tftpprobe: the least a lock-step TFTP server can do per block, to show where the bench's ceiling is.
//
// Not a server to use: it serves the files of one folder (each mapped once) in 512-byte blocks, or in the blksize
// a request asks for (the only option it knows; no windowsize), and leaves out everything that makes a server
// correct and safe (no name normalisation beyond refusing '/', no TID check, no retransmit timer, no events). What is
// left is the I/O per block, in one of two styles:
//   epoll  one epoll set, recv + sendmsg per block (what sccp2sip's native backend and dnsmasq also do);
//   uring  io_uring: each ACK's recv and the next DATA's send are queued, and one io_uring_enter submits every
//          queued operation and collects every finished one.
// If the probe is no faster than the real servers, no choice of I/O style will move a scenario: the limit is
// elsewhere (the load generator, or the kernel's loopback path shared by both ends).
//
//   tftpprobe epoll|uring PORT FOLDER [ADDRESS]   (default 127.0.0.1; transfers use the same address)
#include <arpa/inet.h>
#include <fcntl.h>
#include <liburing.h>
#include <netinet/in.h>
#include <sys/epoll.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <strings.h>

namespace {

std::string g_root;
in_addr g_address{htonl(INADDR_LOOPBACK)};

struct File
{
    const char *bytes = nullptr;
    size_t size = 0;
};

// The request's file, mapped on first use; null for a name we do not serve.
const File *fileFor(const char *request, long length)
{
    static std::map<std::string, File> files;
    if (length < 4 || request[1] != 1)
        return nullptr;
    const std::string name(request + 2, strnlen(request + 2, size_t(length - 2)));
    if (name.empty() || name.find('/') != std::string::npos)
        return nullptr;
    const auto known = files.find(name);
    if (known != files.end())
        return &known->second;
    const int fd = open((g_root + '/' + name).c_str(), O_RDONLY);
    struct stat info
    {};
    if (fd < 0 || fstat(fd, &info) != 0 || info.st_size == 0) {
        if (fd >= 0)
            close(fd);
        return nullptr;
    }
    File file{static_cast<const char *>(mmap(nullptr, size_t(info.st_size), PROT_READ, MAP_PRIVATE, fd, 0)),
              size_t(info.st_size)};
    close(fd);
    return &files.emplace(name, file).first->second;
}

// The blksize option of a read request, 0 when it has none.
unsigned blockSizeAsked(const char *request, long length)
{
    const char *p = request + 2;
    const char *end = request + length;
    const auto next = [&p, end]() -> const char * {
        const char *field = p;
        while (p < end && *p)
            ++p;
        if (p >= end)
            return nullptr;
        ++p;
        return field;
    };
    if (!next() || !next()) // file name, mode
        return 0;
    while (const char *name = next()) {
        const char *value = next();
        if (!value)
            return 0;
        if (strcasecmp(name, "blksize") == 0)
            return unsigned(std::clamp(std::atoi(value), 8, 65464));
    }
    return 0;
}

struct Transfer
{
    const File *file = nullptr;
    unsigned blockSize = 512;
    std::string optionAck; // sent as "block 0" when the client asked for a blksize
    unsigned lastBlock = 1;
    int fd = -1;
    sockaddr_in peer{};
    unsigned block = 1;
    // Two sets of send buffers: io_uring may still hold the previous send's when the next is queued.
    char head[2][4]{};
    iovec vectors[2][2]{};
    msghdr message[2]{};
    int flip = 0;
    char ack[16]{};
};

Transfer *startTransfer(const sockaddr_in &peer, const File *file, unsigned blockSize)
{
    auto *t = new Transfer;
    t->file = file;
    if (blockSize) {
        t->blockSize = blockSize;
        t->optionAck = std::string("\0\6blksize\0", 10) + std::to_string(blockSize) + '\0';
        t->block = 0;
    }
    t->lastBlock = unsigned(file->size / t->blockSize + 1);
    t->fd = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    sockaddr_in local{};
    local.sin_family = AF_INET;
    local.sin_addr = g_address;
    if (t->fd < 0 || bind(t->fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0) {
        std::perror("transfer socket");
        std::exit(1);
    }
    t->peer = peer;
    return t;
}

void endTransfer(Transfer *t)
{
    close(t->fd);
    delete t;
}

msghdr *dataMessage(Transfer *t)
{
    const int f = t->flip ^= 1;
    if (t->block == 0) { // the OACK
        t->vectors[f][0] = {t->optionAck.data(), t->optionAck.size()};
        t->message[f] = {};
        t->message[f].msg_name = &t->peer;
        t->message[f].msg_namelen = sizeof t->peer;
        t->message[f].msg_iov = t->vectors[f];
        t->message[f].msg_iovlen = 1;
        return &t->message[f];
    }
    const size_t offset = size_t(t->block - 1) * t->blockSize;
    const size_t length = offset >= t->file->size ? 0 : std::min<size_t>(t->blockSize, t->file->size - offset);
    t->head[f][0] = 0;
    t->head[f][1] = 3;
    t->head[f][2] = char((t->block >> 8) & 0xff);
    t->head[f][3] = char(t->block & 0xff);
    t->vectors[f][0] = {t->head[f], 4};
    t->vectors[f][1] = {const_cast<char *>(t->file->bytes + offset), length};
    t->message[f] = {};
    t->message[f].msg_name = &t->peer;
    t->message[f].msg_namelen = sizeof t->peer;
    t->message[f].msg_iov = t->vectors[f];
    t->message[f].msg_iovlen = length ? 2 : 1;
    return &t->message[f];
}

// True when the ACK finished the transfer.
bool takeAck(Transfer *t, const char *p, long n)
{
    if (n < 4 || p[1] != 4)
        return false;
    const unsigned block = unsigned(uint8_t(p[2])) << 8 | uint8_t(p[3]);
    if (block != (t->block & 0xffff))
        return false;
    if (t->block == t->lastBlock)
        return true;
    ++t->block;
    return false;
}

int serveEpoll(int listener)
{
    const int ep = epoll_create1(0);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.ptr = nullptr;
    epoll_ctl(ep, EPOLL_CTL_ADD, listener, &event);
    epoll_event ready[64];
    char buffer[2048];
    for (;;) {
        const int n = epoll_wait(ep, ready, 64, -1);
        for (int i = 0; i < n; ++i) {
            auto *t = static_cast<Transfer *>(ready[i].data.ptr);
            if (!t) {
                sockaddr_in from{};
                socklen_t fromLength = sizeof from;
                long got = 0;
                while ((got = recvfrom(listener, buffer, sizeof buffer, 0, reinterpret_cast<sockaddr *>(&from),
                                       &fromLength)) >= 0) {
                    fromLength = sizeof from;
                    const File *file = fileFor(buffer, got);
                    if (!file)
                        continue;
                    t = startTransfer(from, file, blockSizeAsked(buffer, got));
                    epoll_event e{};
                    e.events = EPOLLIN;
                    e.data.ptr = t;
                    epoll_ctl(ep, EPOLL_CTL_ADD, t->fd, &e);
                    sendmsg(t->fd, dataMessage(t), 0);
                }
                continue;
            }
            const long got = recv(t->fd, buffer, sizeof buffer, 0);
            if (got < 0)
                continue;
            if (takeAck(t, buffer, got))
                endTransfer(t);
            else
                sendmsg(t->fd, dataMessage(t), 0);
        }
    }
}

int serveUring(int listener)
{
    io_uring ring;
    io_uring_params params{};
    params.flags = IORING_SETUP_SINGLE_ISSUER | IORING_SETUP_DEFER_TASKRUN;
    if (io_uring_queue_init_params(4096, &ring, &params) < 0) {
        params.flags = 0; // kernels before 6.1
        if (io_uring_queue_init_params(4096, &ring, &params) < 0) {
            std::perror("io_uring");
            return 1;
        }
    }
    // user_data: 0 the listener's recvmsg; a Transfer pointer | 1 its recv, | 2 its send (successful sends post
    // nothing: IOSQE_CQE_SKIP_SUCCESS).
    char buffer[2048];
    sockaddr_in from{};
    iovec listenerVector{buffer, sizeof buffer};
    msghdr listenerMessage{};
    listenerMessage.msg_name = &from;
    listenerMessage.msg_iov = &listenerVector;
    listenerMessage.msg_iovlen = 1;
    const auto armListener = [&] {
        listenerMessage.msg_namelen = sizeof from;
        io_uring_sqe *sqe = io_uring_get_sqe(&ring);
        io_uring_prep_recvmsg(sqe, listener, &listenerMessage, 0);
        io_uring_sqe_set_data64(sqe, 0);
    };
    const auto armRecv = [&](Transfer *t) {
        io_uring_sqe *sqe = io_uring_get_sqe(&ring);
        io_uring_prep_recv(sqe, t->fd, t->ack, sizeof t->ack, 0);
        io_uring_sqe_set_data64(sqe, uint64_t(t) | 1);
    };
    const auto queueSend = [&](Transfer *t) {
        io_uring_sqe *sqe = io_uring_get_sqe(&ring);
        io_uring_prep_sendmsg(sqe, t->fd, dataMessage(t), 0);
        io_uring_sqe_set_data64(sqe, uint64_t(t) | 2);
        sqe->flags |= IOSQE_CQE_SKIP_SUCCESS;
    };
    armListener();
    for (;;) {
        io_uring_submit_and_wait(&ring, 1);
        io_uring_cqe *cqe = nullptr;
        unsigned head = 0;
        unsigned seen = 0;
        io_uring_for_each_cqe(&ring, head, cqe)
        {
            ++seen;
            const uint64_t tag = cqe->user_data;
            if (tag == 0) {
                const File *file = cqe->res > 0 ? fileFor(buffer, cqe->res) : nullptr;
                if (file) {
                    Transfer *t = startTransfer(from, file, blockSizeAsked(buffer, cqe->res));
                    queueSend(t);
                    armRecv(t);
                }
                armListener();
                continue;
            }
            auto *t = reinterpret_cast<Transfer *>(tag & ~uint64_t(3));
            if ((tag & 3) == 2)
                continue; // a failed send: the client's retransmit recovers it
            if (cqe->res < 0)
                armRecv(t);
            else if (takeAck(t, t->ack, cqe->res))
                endTransfer(t);
            else {
                queueSend(t);
                armRecv(t);
            }
        }
        io_uring_cq_advance(&ring, seen);
    }
}

} // namespace

int main(int argc, char **argv)
{
    if ((argc != 4 && argc != 5) || (argc == 5 && inet_pton(AF_INET, argv[4], &g_address) != 1)) {
        std::fprintf(stderr, "usage: tftpprobe epoll|uring PORT FOLDER [ADDRESS]\n");
        return 2;
    }
    const std::string mode = argv[1];
    g_root = argv[3];
    const int listener = socket(AF_INET, SOCK_DGRAM | SOCK_NONBLOCK, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(std::atoi(argv[2])));
    address.sin_addr = g_address;
    if (bind(listener, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
        std::perror("bind");
        return 1;
    }
    if (mode == "epoll")
        return serveEpoll(listener);
    if (mode == "uring")
        return serveUring(listener);
    std::fprintf(stderr, "tftpprobe: no mode %s\n", mode.c_str());
    return 2;
}
