#pragma once

#include "core/common/error.h"
#include "core/common/result.h"
#include "core/net/netudpsocketset.h"
#include "core/tftp/tftpreadrequest.h"
#include "core/tftp/tftptransfer.h"
#include "core/tftp/tftptransferstats.h"

#include <QHash>
#include <QHostAddress>
#include <QObject>

#include <functional>
#include <memory>
#include <vector>

class Clock;
class TftpFileSource;
class TftpPacket;
class TftpTimerQueue;

// Read-only TFTP server. Knows nothing about phones: it reports who asked for what (readRequested), how far each
// transfer got (progress, rate limited), and how it ended (exactly one finished or failed per readRequested).
// Write requests are refused with ERROR 2. Lives on one thread (normally the network thread) with its source.
//
// The listening socket and every transfer's socket sit in one NetUdpSocketSet (on Linux one epoll set behind one
// notifier) and every retransmit deadline in one TftpTimerQueue, so a transfer costs a socket and a heap entry,
// not a QUdpSocket, a notifier and a QTimer.
class TftpServer : public QObject, private TftpTransfer::Listener
{
    Q_OBJECT
public:
    struct Config
    {
        QHostAddress address = QHostAddress::AnyIPv4;
        quint16 port = 69;
        TftpFileSource *source = nullptr; // not owned; must outlive the server
        TftpTransfer::Timing timing;
        int maxBlockSize = 65464;
        int maxWindowSize = 64;
        int maxTransfers = 512;
        const Clock *clock = nullptr; // nullptr: the system clock
        // Native: epoll on Linux. Portable: Qt's sockets (the tests run the server on both).
        NetUdpSocketSet::Backend backend = NetUdpSocketSet::Backend::Native;
        // While transfers run and spinning pays off (a peer answering within this), keep polling this long before
        // sleeping: a lock-step ACK on loopback or a fast LAN is then taken without a wake-up. NetBusyPoll stops it
        // by itself for phones that answer slower; zero turns it off.
        std::chrono::microseconds busyPoll{50};
    };
    // Returns false to refuse a file to `client` (ERROR 2). `name` is the file's real name in the source (after
    // normalisation and case-insensitive lookup), so a policy need not care how the client spelled it. The bench uses
    // it so a phone's config, which holds its SIP password, goes only to that phone.
    using AccessPolicy = std::function<bool(const QString &name, const QHostAddress &client)>;

    explicit TftpServer(Config config, QObject *parent = nullptr);
    ~TftpServer() override;

    // PortInUse, PortNeedsPrivileges (ports below 1024 without root/CAP_NET_BIND_SERVICE), AddressNotAvailable.
    Result<void> start();
    void stop();
    bool isListening() const;
    // The port actually bound (useful with port 0).
    quint16 port() const;
    void setAccessPolicy(AccessPolicy policy);
    int activeTransfers() const { return int(m_transfers.size()); }

Q_SIGNALS:
    void readRequested(const TftpReadRequest &request);
    void progress(quint64 transferId, qint64 bytesSent, qint64 totalBytes);
    void finished(quint64 transferId, const TftpTransferStats &stats);
    void failed(quint64 transferId, const Error &reason);

private:
    void onDatagram(const NetUdpSocketSet::Datagram &datagram);
    void handleRequest(const NetUdpSocketSet::Datagram &datagram);
    // False if the request repeats one already being served; ends a transfer the client has left.
    bool resolvePreviousTransfer(const QHostAddress &from, quint16 fromPort);
    void startTransfer(TftpReadRequest &request, const TftpPacket &packet, const NetUdpSocketSet::Datagram &datagram);
    // The largest blksize whose DATA fits the MTU of the card a request came in on (RFC 2348 lets us answer less).
    int blockSizeLimit(int interfaceIndex) const;
    void refuse(const TftpReadRequest &request, quint16 tftpCode, const QString &message, const Error &reason);
    void reply(quint16 tftpCode, const QString &message, const QHostAddress &to, quint16 port);
    void forget(quint64 transferId);
    // Deletes the transfers that ended, once no call into any of them is on the stack.
    void deleteRetired();

    void transferProgressed(quint64 id, qint64 bytesSent, qint64 totalBytes) override;
    void transferFinished(quint64 id, const TftpTransferStats &stats) override;
    void transferFailed(quint64 id, const Error &reason) override;

    Config m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    // Created in start() (on the thread the server then lives on), deleted later by stop(): a slot stopping the
    // server may run inside the set's own read loop.
    NetUdpSocketSet *m_sockets = nullptr;
    int m_listener = -1;
    TftpTimerQueue *m_timers = nullptr;
    AccessPolicy m_policy;
    quint64 m_nextId = 1;
    QHash<quint64, TftpTransfer *> m_transfers;
    // Ended transfers, deleted by deleteRetired() when m_dispatchDepth is back to zero: a transfer reports its end
    // from inside its own methods, and a datagram handler can nest (processPending reads another socket).
    std::vector<std::unique_ptr<TftpTransfer>> m_retired;
    int m_dispatchDepth = 0;
    QHash<int, TftpTransfer *> m_bySocket;
    // A client re-sending its RRQ before our first reply arrived must not start a second transfer.
    QHash<std::pair<QHostAddress, quint16>, quint64> m_byPeer;
};
