#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/dhcp/dhcpengine.h"
#include "core/dhcp/dhcpforeignprobe.h"
#include "core/dhcp/dhcplease.h"
#include "core/dhcp/dhcpofferwaitlist.h"
#include "core/dhcp/dhcpserverconfig.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QNetworkDatagram>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <memory>
#include <optional>

class QUdpSocket;
class DhcpConflictGuard;
class DhcpForeignWatcher;
class DhcpLeaseJournal;
class DhcpLeasePool;
class DhcpMessage;
class NetConflictProber;

// The bench's DHCP server. start() binds synchronously (port busy or not permitted → typed error at once),
// then, unless disabled, probes the card for another server: while one answers it does not serve and
// reports failed(DhcpForeignServer) naming it, unless the user overrode. serving() says replies flow.
// Signals are neutral events; core/bench decides what a MAC means. A fresh address is offered only after an
// ARP probe found it silent (probed ahead, see DhcpConflictGuard); an ACK leaves once its lease is on disk.
class DhcpServer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Probing, Serving };
    Q_ENUM(State)

    explicit DhcpServer(DhcpServerConfig config, QObject *parent = nullptr);
    DhcpServer(DhcpServerConfig config, const Clock &clock, QObject *parent = nullptr);
    ~DhcpServer() override;

    // Replaces the card's ARP prober (tests, or a card without one); call before start().
    void setConflictProber(std::unique_ptr<NetConflictProber> prober);
    Result<void> start();
    void stop();

    State state() const { return m_state; }
    quint16 port() const;
    QHostAddress serverAddress() const { return m_config.serverAddress; }
    QList<DhcpLease> leases() const;
    // How ACKs left since start(): at once, covered by an already-synced record (the OFFER's); after their
    // own record's sync; after the sync wait limit with the record written (DhcpServerConfig::ackMaxSyncWaitMs).
    struct AckStats
    {
        int covered = 0;
        int afterSync = 0;
        int afterWrite = 0;
    };
    AckStats ackStats() const;

Q_SIGNALS:
    void serving();
    void failed(const Error &error);
    void clientSeen(const MacAddress &mac, const QString &vendorClass, const QString &hostname);
    void offered(const MacAddress &mac, const QHostAddress &address);
    void leased(const MacAddress &mac, const QHostAddress &address);
    void released(const MacAddress &mac, const QHostAddress &address);
    void declined(const MacAddress &mac, const QHostAddress &address);
    // Not admitted (DhcpServerConfig::admit): reported once per MAC, with both options as sent (printable).
    void clientIgnored(const MacAddress &mac, const QString &vendorClass, const QString &hostname);
    void poolExhausted(const MacAddress &mac);
    void foreignServerSeen(const QHostAddress &address, const MacAddress &mac);

private:
    struct PendingReply;
    Result<void> resolveCard();
    void startConflictProbe();
    void onProbeFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error);
    void beginServing();
    void readRequests();
    // deferredUntil: set when the request waited for a probe before (its events were emitted then).
    void handleRequest(const QNetworkDatagram &datagram, std::optional<qint64> deferredUntil = std::nullopt);
    void defer(const QNetworkDatagram &datagram, std::optional<qint64> deferredUntil);
    void retryWaiting();
    void offerUnprobed(const QNetworkDatagram &datagram);
    void onProbeFailed(const QString &reason);
    void afterTurn();
    void send(const PendingReply &pending);
    void emitEvents(const QList<DhcpEngine::Event> &events);

    DhcpServerConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    MacAddress m_ownMac;
    State m_state = State::Stopped;
    std::unique_ptr<QUdpSocket> m_socket;
    std::unique_ptr<DhcpForeignWatcher> m_watcher;
    std::unique_ptr<DhcpLeasePool> m_pool;
    std::unique_ptr<DhcpEngine> m_engine;
    std::unique_ptr<DhcpLeaseJournal> m_journal;
    std::unique_ptr<DhcpForeignProbe> m_probe;
    std::unique_ptr<NetConflictProber> m_prober;
    std::unique_ptr<DhcpConflictGuard> m_guard;
    std::unique_ptr<DhcpOfferWaitList> m_waiting; // DISCOVERs waiting (bounded) for a probed address
    std::optional<qint64> m_floodSeenMs;          // when DISCOVERs last outran the probes (DhcpOfferWaitList's clock)
};
