#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/dhcp/dhcpforeignprobe.h"
#include "core/dhcp/dhcplease.h"
#include "core/dhcp/dhcpserverconfig.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <vector>

class QUdpSocket;
class DhcpEngine;
class DhcpLeasePool;
class DhcpLeaseStore;
class DhcpMessage;
class QNetworkDatagram;

// The bench's DHCP server. start() binds synchronously (port busy or not permitted → typed error at once),
// then, unless disabled, probes the card for another server: while one answers it does not serve and
// reports failed(DhcpForeignServer) naming it, unless the user overrode. serving() says replies flow.
// Signals are neutral events; core/bench decides what a MAC means.
class DhcpServer : public QObject
{
    Q_OBJECT
public:
    enum class State { Stopped, Probing, Serving };
    Q_ENUM(State)

    explicit DhcpServer(DhcpServerConfig config, QObject *parent = nullptr);
    DhcpServer(DhcpServerConfig config, const Clock &clock, QObject *parent = nullptr);
    ~DhcpServer() override;

    Result<void> start();
    void stop();

    State state() const { return m_state; }
    quint16 port() const;
    QHostAddress serverAddress() const { return m_config.serverAddress; }
    QList<DhcpLease> leases() const;

Q_SIGNALS:
    void serving();
    void failed(const Error &error);
    void clientSeen(const MacAddress &mac, const QString &vendorClass, const QString &hostname);
    void offered(const MacAddress &mac, const QHostAddress &address);
    void leased(const MacAddress &mac, const QHostAddress &address);
    void released(const MacAddress &mac, const QHostAddress &address);
    void declined(const MacAddress &mac, const QHostAddress &address);
    void clientIgnored(const MacAddress &mac, const QString &reason);
    void poolExhausted(const MacAddress &mac);
    void foreignServerSeen(const QHostAddress &address, const MacAddress &mac);

private:
    struct PendingReply;
    Result<void> resolveCard();
    void onProbeFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error);
    void beginServing();
    void readRequests();
    void handleRequest(const QNetworkDatagram &datagram);
    void readForeignReplies();
    void handleForeignReply(const QNetworkDatagram &datagram);
    void startCommit();
    void onCommitted(const Result<void> &result);
    void send(const PendingReply &pending);
    void emitEvents(const PendingReply &pending);

    DhcpServerConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    MacAddress m_ownMac;
    State m_state = State::Stopped;
    std::unique_ptr<QUdpSocket> m_socket;
    std::unique_ptr<QUdpSocket> m_monitor;
    std::unique_ptr<DhcpLeasePool> m_pool;
    std::unique_ptr<DhcpEngine> m_engine;
    std::unique_ptr<DhcpLeaseStore> m_store;
    std::unique_ptr<DhcpForeignProbe> m_probe;
    // ACKs whose lease records are being synced by the one commit in flight, and those queued behind it.
    std::vector<PendingReply> m_awaitingCommit;
    std::vector<PendingReply> m_nextBatch;
    bool m_commitInFlight = false;
    QThreadPool m_commitThread; // one thread: fdatasync never blocks the event loop, commits stay ordered
    QSet<quint32> m_foreignReported;
};
