#pragma once

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/net/netudpsocketset.h"
#include "core/tftp/tftpfile.h"
#include "core/tftp/tftptransferstats.h"

#include <QByteArray>
#include <QHostAddress>

#include <array>
#include <optional>

class Clock;
class TftpTimerQueue;

// One read transfer on its own ephemeral socket (its TID). Sends blocks lock-step or in windows (RFC 7440),
// numbers them past 65535 by wrapping to 0, retransmits only on its own deadline (a duplicate ACK never causes a
// send: no Sorcerer's Apprentice), adapts the timer to the measured round trip (RFC 6298-style, Karn's rule)
// with a floor and exponential back-off, capped by the client's `timeout` option when it sent one. After maxRetries
// silent timeouts it sends ERROR 0 and fails. Packets from any other address/port get ERROR 5 and change nothing.
//
// It owns no socket or timer object: its socket lives in the server's NetUdpSocketSet, which hands it the
// datagrams (handleDatagram), and its retransmit deadline sits in the server's TftpTimerQueue (onDeadline). It is
// not a QObject either: it reports to one Listener (the server) by plain calls, so a transfer costs no signal
// connections and no deferred deletion (a visible share of a 6 KB config's whole transfer).
class TftpTransfer
{
public:
    // Told what happens, in the transfer's own call stack: the listener must not delete the transfer from
    // inside these calls (the server retires it and deletes it once its dispatch has unwound).
    class Listener
    {
    public:
        virtual void transferProgressed(quint64 id, qint64 bytesSent, qint64 totalBytes) = 0;
        virtual void transferFinished(quint64 id, const TftpTransferStats &stats) = 0;
        virtual void transferFailed(quint64 id, const Error &reason) = 0;

    protected:
        ~Listener() = default;
    };

    struct Timing
    {
        int initialRtoMs = 500;
        int minRtoMs = 50;
        // Above 5 s on purpose: some windowed clients (atftp) re-ACK only after 5 s without any packet, and
        // restart that wait on every resent block, so a lost window-end ACK heals only when we fall silent longer.
        int maxRtoMs = 6000;
        int maxRetries = 8;
        int progressIntervalMs = 250;
    };
    struct Parameters
    {
        int blockSize = 512;
        int windowSize = 1;
        std::optional<int> timeoutSeconds;
        // Non-empty: send this OACK first and wait for ACK 0.
        QByteArray optionAck;
    };

    // What a transfer runs on, all owned by the server and outliving its transfers.
    struct Context
    {
        const Clock &clock;
        NetUdpSocketSet &sockets;
        TftpTimerQueue &timers;
        Listener &listener;
    };

    TftpTransfer(quint64 id, TftpFile file, Parameters parameters, QHostAddress peer, quint16 peerPort, Timing timing,
                 Context context);
    ~TftpTransfer();
    TftpTransfer(const TftpTransfer &) = delete;
    TftpTransfer &operator=(const TftpTransfer &) = delete;

    // Binds the ephemeral socket on `localAddress` and sends the OACK or the first window. The listener hears later.
    Result<void> start(const QHostAddress &localAddress);

    quint64 id() const { return m_id; }
    // The transfer's socket in the server's set (-1 before start()); kept once the transfer ended and closed it.
    int socket() const { return m_socket; }
    // A datagram that arrived on socket().
    void handleDatagram(const NetUdpSocketSet::Datagram &datagram);
    // The timer queue's call: retransmits if the deadline really passed, else asks to be woken again.
    void onDeadline();
    // Handles datagrams already waiting on this transfer's socket (the server calls it before deciding what a
    // new RRQ from the same client port means: the final ACK may be queued behind it).
    void processPending();
    // True once the client acknowledged anything: a later RRQ from its port is a new request, not a resend.
    bool clientResponded() const { return m_clientResponded; }
    // Ends the transfer with transferFailed(reason), sending nothing to the client.
    void abandon(const Error &reason);
    quint16 localPort() const;
    const QHostAddress &peer() const { return m_peer; }
    quint16 peerPort() const { return m_peerPort; }

private:
    void handleAck(quint16 block);
    void sendWindow();
    void sendRaw(QByteArrayView bytes);
    void sendError(quint16 code, const char *message, quint32 to, quint16 port);
    void armTimer();
    int currentRtoMs() const;
    void sampleRtt(qint64 rttMs);
    void fail(const Error &reason);
    void complete();
    void closeSocket();
    TftpTransferStats stats() const;

    quint64 m_id;
    TftpFile m_file;
    Parameters m_params;
    QHostAddress m_peer;
    quint32 m_peerIpv4;
    quint16 m_peerPort;
    Timing m_timing;
    const Clock &m_clock;
    NetUdpSocketSet &m_sockets;
    TftpTimerQueue &m_timers;
    Listener &m_listener;
    int m_socket = -1;
    bool m_socketOpen = false;
    bool m_timerArmed = false;
    // A window's DATA headers and the packets pointing at them and at the file's bytes: no copy, no allocation.
    static constexpr int kMaxWindow = 64;
    std::array<std::array<char, 4>, kMaxWindow> m_headers{};
    std::array<NetUdpSocketSet::Packet, kMaxWindow> m_window{};

    qint64 m_lastBlock = 0; // number of the final (short, maybe empty) block
    qint64 m_acked = 0;     // highest block the client confirmed
    qint64 m_sent = 0;      // highest block sent in the current window
    bool m_awaitingOack = false;
    bool m_done = false;
    bool m_clientResponded = false;

    qint64 m_startedMs = 0;
    qint64 m_deadlineMs = 0;
    qint64 m_lastProgressMs = 0;
    int m_retries = 0;
    int m_backoff = 0;
    int m_retransmits = 0;
    // RTT estimate in microseconds-free integer ms with 1/8 resolution (RFC 6298 arithmetic).
    qint64 m_srtt8 = -1;
    qint64 m_rttvar4 = 0;
    qint64 m_rttBlock = -1; // block whose ACK times the current sample; -1: none pending
    qint64 m_rttStartMs = 0;
};
