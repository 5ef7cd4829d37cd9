#include "core/tftp/tftptransfer.h"

#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/tftp/tftptimerqueue.h"

#include <algorithm>
#include <cstring>

namespace {

constexpr quint16 OpData = 3;
constexpr quint16 OpAck = 4;
constexpr quint16 OpError = 5;
constexpr quint16 ErrUnknownTid = 5;
constexpr quint16 ErrNotDefined = 0;

} // namespace

TftpTransfer::TftpTransfer(quint64 id, TftpFile file, Parameters parameters, QHostAddress peer, quint16 peerPort,
                           Timing timing, Context context)
    : m_id(id)
    , m_file(std::move(file))
    , m_params(std::move(parameters))
    , m_peer(std::move(peer))
    , m_peerIpv4(m_peer.toIPv4Address())
    , m_peerPort(peerPort)
    , m_timing(timing)
    , m_clock(context.clock)
    , m_sockets(context.sockets)
    , m_timers(context.timers)
    , m_listener(context.listener)
{
    m_lastBlock = m_file.size() / m_params.blockSize + 1;
}

TftpTransfer::~TftpTransfer()
{
    closeSocket();
}

quint16 TftpTransfer::localPort() const
{
    return m_socketOpen ? m_sockets.localPort(m_socket) : 0;
}

Result<void> TftpTransfer::start(const QHostAddress &localAddress)
{
    NetPlatform::UdpBindRequest request;
    request.address = localAddress;
    request.port = 0;
    request.broadcast = false;
    request.packetInfo = false;
    const Result<int> opened = m_sockets.open(request);
    if (!opened)
        return opened.error();
    m_socket = *opened;
    m_socketOpen = true;
    m_startedMs = m_clock.monotonicMs();
    m_lastProgressMs = m_startedMs;
    if (!m_params.optionAck.isEmpty()) {
        m_awaitingOack = true;
        m_rttBlock = 0;
        m_rttStartMs = m_startedMs;
        sendRaw(m_params.optionAck);
    } else {
        sendWindow();
    }
    m_deadlineMs = m_startedMs + currentRtoMs();
    armTimer();
    return {};
}

void TftpTransfer::processPending()
{
    if (!m_done && m_socketOpen)
        m_sockets.receiveNow(m_socket);
}

void TftpTransfer::abandon(const Error &reason)
{
    fail(reason);
}

void TftpTransfer::handleDatagram(const NetUdpSocketSet::Datagram &datagram)
{
    if (m_done)
        return;
    const qsizetype n = datagram.bytes.size();
    const auto *bytes = reinterpret_cast<const quint8 *>(datagram.bytes.data());
    const quint16 opcode = n >= 2 ? quint16(bytes[0] << 8 | bytes[1]) : 0;
    if (datagram.fromPort != m_peerPort || datagram.from != m_peerIpv4) {
        // Never answer an ERROR with an ERROR: two confused peers would ping-pong forever.
        if (opcode != OpError)
            sendError(ErrUnknownTid, "Unknown transfer ID", datagram.from, datagram.fromPort);
        qCDebug(lcTftp) << "transfer" << m_id << "packet from foreign TID" << QHostAddress(datagram.from)
                        << datagram.fromPort;
        return;
    }
    if (opcode == OpAck && n >= 4) {
        handleAck(quint16(bytes[2] << 8 | bytes[3]));
    } else if (opcode == OpError) {
        const qsizetype textLength = qMax<qsizetype>(0, qMin<qsizetype>(n - 4, 256));
        const QString text = QString::fromLatin1(datagram.bytes.data() + 4, textLength).section(u'\0', 0, 0);
        fail(Error(ErrorCode::TftpTransferAborted, QStringLiteral("client sent ERROR: %1").arg(text)));
    } else {
        qCDebug(lcTftp) << "transfer" << m_id << "ignoring opcode" << opcode << "length" << n;
    }
}

void TftpTransfer::handleAck(quint16 block)
{
    m_clientResponded = true;
    const qint64 now = m_clock.monotonicMs();
    if (m_awaitingOack) {
        if (block != 0)
            return;
        m_awaitingOack = false;
        if (m_rttBlock == 0)
            sampleRtt(now - m_rttStartMs);
        m_retries = 0;
        m_backoff = 0;
        sendWindow();
        m_deadlineMs = now + currentRtoMs();
        armTimer();
        return;
    }
    // Map the 16-bit number onto the outstanding window (m_acked, m_sent]; anything else is stale or a
    // duplicate and is ignored — only the timer ever resends.
    const qint64 ahead = quint16(block - quint16(m_acked));
    if (ahead == 0 || ahead > m_sent - m_acked)
        return;
    const qint64 acked = m_acked + ahead;
    if (m_rttBlock >= 0 && acked >= m_rttBlock) {
        sampleRtt(now - m_rttStartMs);
        m_rttBlock = -1;
    }
    m_acked = acked;
    m_retries = 0;
    m_backoff = 0;
    if (m_acked >= m_lastBlock) {
        complete();
        return;
    }
    // An ACK inside the window means the client lost the block after it and dropped the rest (RFC 7440 §4):
    // go back and send from there.
    m_sent = m_acked;
    sendWindow();
    m_deadlineMs = now + currentRtoMs();
    armTimer();
    if (now - m_lastProgressMs >= m_timing.progressIntervalMs) {
        m_lastProgressMs = now;
        m_listener.transferProgressed(m_id, qMin(m_acked * m_params.blockSize, m_file.size()), m_file.size());
    }
}

void TftpTransfer::sendWindow()
{
    const qint64 limit = qMin(m_acked + m_params.windowSize, m_lastBlock);
    while (m_socketOpen && m_sent < limit) {
        // The packets point into the shared file bytes; the set writes each as header + slice in one datagram,
        // the whole window in one batch where the OS allows.
        int count = 0;
        for (; count < kMaxWindow && m_sent < limit; ++count) {
            const qint64 block = ++m_sent;
            const qint64 offset = (block - 1) * m_params.blockSize;
            const qint64 length = std::clamp<qint64>(m_file.size() - offset, 0, m_params.blockSize);
            std::array<char, 4> &head = m_headers[size_t(count)];
            head = {0, char(OpData), char((block >> 8) & 0xff), char(block & 0xff)};
            m_window[size_t(count)] = {QByteArrayView(head.data(), 4),
                                       QByteArrayView(m_file.data() + (length > 0 ? offset : 0), length)};
            if (m_rttBlock < 0) {
                m_rttBlock = block;
                m_rttStartMs = m_clock.monotonicMs();
            }
        }
        m_sockets.send(m_socket, std::span<const NetUdpSocketSet::Packet>(m_window.data(), size_t(count)), m_peerIpv4,
                       m_peerPort);
    }
}

void TftpTransfer::sendRaw(QByteArrayView bytes)
{
    // A full socket buffer drops the datagram like the network would; the timer recovers it. A closed socket's
    // number may already belong to another transfer.
    if (m_socketOpen)
        m_sockets.send(m_socket, bytes, m_peerIpv4, m_peerPort);
}

void TftpTransfer::sendError(quint16 code, const char *message, quint32 to, quint16 port)
{
    QByteArray packet;
    packet.append(char(0)).append(char(OpError)).append(char(code >> 8)).append(char(code & 0xff));
    packet.append(message).append('\0');
    if (m_socketOpen)
        m_sockets.send(m_socket, packet, to, port);
}

void TftpTransfer::armTimer()
{
    // The deadline moves with every ACK, but the queue only hears of it when the old one comes due: one heap entry
    // per transfer at most, and an ACK costs no timer work.
    if (!m_timerArmed) {
        m_timerArmed = true;
        m_timers.wakeAt(m_id, m_deadlineMs);
    }
}

void TftpTransfer::onDeadline()
{
    m_timerArmed = false;
    if (m_done)
        return;
    const qint64 now = m_clock.monotonicMs();
    if (now < m_deadlineMs) {
        armTimer();
        return;
    }
    if (++m_retries > m_timing.maxRetries) {
        sendError(ErrNotDefined, "Timed out", m_peerIpv4, m_peerPort);
        fail(Error(ErrorCode::TftpTimedOut, QStringLiteral("no ACK after %1 retries").arg(m_timing.maxRetries)));
        return;
    }
    m_backoff = qMin(m_backoff + 1, 16);
    m_rttBlock = -1; // Karn: a resent block's ACK says nothing about the round trip
    if (m_awaitingOack) {
        sendRaw(m_params.optionAck);
        ++m_retransmits;
    } else {
        m_retransmits += int(m_sent - m_acked);
        m_sent = m_acked;
        sendWindow();
        m_rttBlock = -1;
    }
    m_deadlineMs = now + currentRtoMs();
    armTimer();
}

int TftpTransfer::currentRtoMs() const
{
    // RFC 2349's `timeout` is how long the client is prepared to wait; we treat it as the ceiling of our
    // timer, not as a fixed period. Waiting the full 5 s curl asks for after every lost block would make a
    // lossy transfer crawl, while resending earlier costs at most one duplicate DATA the client re-ACKs (and
    // duplicate ACKs never trigger sends here).
    const qint64 ceiling =
        m_params.timeoutSeconds ? qMin<qint64>(m_timing.maxRtoMs, *m_params.timeoutSeconds * 1000) : m_timing.maxRtoMs;
    const qint64 floor = qMin<qint64>(m_timing.minRtoMs, ceiling);
    qint64 rto = m_srtt8 < 0 ? m_timing.initialRtoMs : m_srtt8 / 8 + m_rttvar4;
    rto = std::clamp<qint64>(rto, floor, ceiling);
    return int(qMin<qint64>(rto << m_backoff, ceiling));
}

void TftpTransfer::sampleRtt(qint64 rttMs)
{
    rttMs = qMax<qint64>(0, rttMs);
    if (m_srtt8 < 0) {
        m_srtt8 = rttMs * 8;
        m_rttvar4 = rttMs * 2;
        return;
    }
    const qint64 delta = rttMs - m_srtt8 / 8;
    m_srtt8 += delta;
    m_rttvar4 += (qAbs(delta) - m_rttvar4 / 4);
}

void TftpTransfer::fail(const Error &reason)
{
    if (m_done)
        return;
    m_done = true;
    closeSocket();
    m_listener.transferFailed(m_id, reason);
}

void TftpTransfer::complete()
{
    m_done = true;
    closeSocket();
    m_listener.transferFinished(m_id, stats());
}

void TftpTransfer::closeSocket()
{
    if (!m_socketOpen)
        return;
    m_socketOpen = false;
    m_sockets.close(m_socket);
}

TftpTransferStats TftpTransfer::stats() const
{
    TftpTransferStats s;
    s.name = m_file.name();
    s.peer = m_peer;
    s.peerPort = m_peerPort;
    s.bytes = m_file.size();
    s.durationMs = m_clock.monotonicMs() - m_startedMs;
    s.retransmits = m_retransmits;
    s.blockSize = m_params.blockSize;
    s.windowSize = m_params.windowSize;
    return s;
}
