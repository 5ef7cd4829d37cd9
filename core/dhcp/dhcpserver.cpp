// DhcpServer wires the parts of the DHCP server to one socket: the engine (which decides, without I/O), the
// lease journal, the foreign-server probe and watcher, the conflict guard and the wait list of offers deferred
// for a probe. Its length is that wiring and its order of events; no decision is made here.
#include "core/dhcp/dhcpserver.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpconflictguard.h"
#include "core/dhcp/dhcpforeignwatcher.h"
#include "core/dhcp/dhcpleasejournal.h"
#include "core/dhcp/dhcpleasepool.h"
#include "core/dhcp/dhcpleasestore.h"
#include "core/dhcp/dhcpmessage.h"
#include "core/net/netarpprober.h"
#include "core/net/netudpsocket.h"
#include "core/net/networkinterfaceinfo.h"

namespace {
// Datagrams handled per readyRead before the batch is committed and answered; bounds ACK latency.
constexpr int kBatchLimit = 256;
constexpr int kReceiveBufferBytes = 1 << 20;
// DISCOVERs held for a probed address; past this a flood outruns the probes and is offered unprobed.
constexpr int kMaxDeferred = 64;
} // namespace

struct DhcpServer::PendingReply
{
    QByteArray datagram;
    DhcpReplyDelivery::Target target;
    QList<DhcpEngine::Event> events;
};

DhcpServer::DhcpServer(DhcpServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(*m_ownClock)
{}

DhcpServer::DhcpServer(DhcpServerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{}

void DhcpServer::setConflictProber(std::unique_ptr<NetConflictProber> prober)
{
    m_prober = std::move(prober);
}

DhcpServer::AckStats DhcpServer::ackStats() const
{
    if (!m_journal)
        return {};
    return AckStats{m_journal->acksWithoutSync(), m_journal->acksAfterSync(), m_journal->acksAfterWrite()};
}

DhcpServer::~DhcpServer()
{
    stop();
}

quint16 DhcpServer::port() const
{
    return m_socket ? m_socket->localPort() : 0;
}

QList<DhcpLease> DhcpServer::leases() const
{
    return m_pool ? m_pool->boundLeases() : QList<DhcpLease>();
}

Result<void> DhcpServer::resolveCard()
{
    if (m_config.interface.isEmpty()) {
        if (m_config.serverAddress.protocol() != QAbstractSocket::IPv4Protocol || m_config.prefixLength < 0)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("no card: serverAddress and prefixLength needed"));
        return {};
    }
    const Result<NetworkInterfaceInfo> card = NetworkInterfaceInfo::find(m_config.interface);
    if (!card)
        return card.error();
    if (!card->hasIpv4())
        return Error(ErrorCode::InterfaceHasNoAddress, card->name);
    // Options 150/66 and the server identifier always name the bench card, never another card.
    m_config.interface = card->name;
    m_config.serverAddress = card->ipv4;
    if (m_config.prefixLength < 0)
        m_config.prefixLength = card->prefixLength;
    m_ownMac = card->mac;
    return {};
}

Result<void> DhcpServer::start()
{
    if (m_state != State::Stopped)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("already started"));
    if (Result<void> r = resolveCard(); !r)
        return r;
    Result<DhcpLeasePool::Config> poolConfig =
        m_config.poolFirst.isNull() ? DhcpLeasePool::configForSubnet(m_config.serverAddress, m_config.prefixLength)
                                    : DhcpLeasePool::configForRange(m_config.serverAddress, m_config.prefixLength,
                                                                    m_config.poolFirst, m_config.poolLast);
    if (!poolConfig)
        return poolConfig.error();
    for (auto it = m_config.reservations.cbegin(); it != m_config.reservations.cend(); ++it)
        poolConfig.value().reservations.insert(it.key(), it.value().toIPv4Address());
    poolConfig.value().offerHoldSecs = m_config.offerHoldSecs;
    auto pool = std::make_unique<DhcpLeasePool>(poolConfig.value(), m_clock);
    if (m_config.conflictCheck && !m_config.interface.isEmpty()) {
        pool->setConflictCheck([](quint32 address, const MacAddress &client) {
            const auto holder = NetPlatform::neighbourMac(QHostAddress(address));
            return holder && *holder != client;
        });
    }

    std::unique_ptr<DhcpLeaseStore> store;
    if (!m_config.stateDirectory.isEmpty()) {
        store = std::make_unique<DhcpLeaseStore>(m_config.stateDirectory);
        const Result<QList<DhcpLease>> stored = store->open();
        if (!stored)
            return stored.error();
        for (const DhcpLease &lease : stored.value())
            pool->restore(lease);
        store->setSyncHook(m_config.journalSyncHook);
    }

    NetPlatform::UdpBindRequest request;
    request.interfaceName = m_config.interface;
    request.address = m_config.bindAddress;
    request.port = m_config.port;
    request.receiveBufferBytes = kReceiveBufferBytes;
    auto socket = NetUdpSocket::bind(request);
    if (!socket)
        return socket.error();

    m_socket = std::move(socket).value();
    m_pool = std::move(pool);
    if (store)
        m_journal = std::make_unique<DhcpLeaseJournal>(
            std::move(store), [this] { return m_pool->boundLeases(); }, m_config.ackMaxSyncWaitMs);
    m_engine = std::make_unique<DhcpEngine>(m_config, *m_pool);
    m_engine->setOwnMac(m_ownMac);
    connect(m_socket.get(), &QUdpSocket::readyRead, this, &DhcpServer::readRequests);
    qCInfo(lcDhcp) << "DHCP server bound to" << m_socket->localAddress() << m_socket->localPort() << "card"
                   << m_config.interface << "as" << m_config.serverAddress;

    if (m_config.probeForeignServers && !m_config.interface.isEmpty()) {
        m_state = State::Probing;
        DhcpForeignProbe::Config probeConfig;
        probeConfig.interface = m_config.interface;
        probeConfig.serverPort = m_config.port;
        probeConfig.clientPort = m_config.clientPort;
        probeConfig.ownMac = m_ownMac;
        probeConfig.ownAddress = m_config.serverAddress;
        probeConfig.listenAfterLastMs = m_config.foreignProbeListenMs;
        m_probe = std::make_unique<DhcpForeignProbe>(probeConfig);
        connect(m_probe.get(), &DhcpForeignProbe::finished, this, &DhcpServer::onProbeFinished);
        m_probe->start();
    } else {
        m_state = State::Serving;
        QMetaObject::invokeMethod(this, &DhcpServer::beginServing, Qt::QueuedConnection);
    }
    return {};
}

void DhcpServer::onProbeFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error)
{
    m_probe.release()->deleteLater(); // we are inside its signal
    if (m_state != State::Probing)
        return;
    if (error) {
        // Without the probe we cannot promise not to fight another server: refuse unless overridden.
        qCWarning(lcDhcp) << "foreign-server probe failed:" << error.toLogString();
        if (!m_config.allowForeignServer) {
            stop();
            Q_EMIT failed(error);
            return;
        }
    }
    for (const DhcpForeignProbe::Finding &server : servers)
        Q_EMIT foreignServerSeen(server.address, server.mac);
    if (!servers.isEmpty() && !m_config.allowForeignServer) {
        stop();
        Q_EMIT failed(Error(ErrorCode::DhcpForeignServer, DhcpForeignProbe::describe(servers)));
        return;
    }
    m_state = State::Serving;
    beginServing();
}

void DhcpServer::startConflictProbe()
{
    if (!m_config.conflictCheck)
        return;
    if (!m_prober && !m_config.interface.isEmpty()) {
        auto prober = NetArpProber::open(m_config.interface, m_ownMac);
        if (!prober) {
            qCWarning(lcDhcp) << "no ARP conflict probe, checking the neighbour table only:"
                              << prober.error().toLogString();
            return;
        }
        m_prober = std::move(prober).value();
    }
    if (!m_prober)
        return;
    DhcpConflictGuard::Config config;
    config.timeoutMs = m_config.conflictProbeTimeoutMs;
    config.ahead = m_config.conflictProbeAhead;
    m_guard = std::make_unique<DhcpConflictGuard>(*m_pool, *m_prober, config);
    m_waiting = std::make_unique<DhcpOfferWaitList>(kMaxDeferred, [this](const QNetworkDatagram &datagram) {
        if (m_state != State::Serving)
            return;
        offerUnprobed(datagram);
        afterTurn();
    });
    connect(m_guard.get(), &DhcpConflictGuard::addressesReady, this, &DhcpServer::retryWaiting);
    connect(m_guard.get(), &DhcpConflictGuard::failed, this, &DhcpServer::onProbeFailed, Qt::QueuedConnection);
    m_pool->setProbing(true);
    m_guard->refill();
}

void DhcpServer::beginServing()
{
    if (m_state != State::Serving)
        return;
    startConflictProbe();
    if (m_config.watchForeignServers && !m_config.interface.isEmpty()) {
        auto watcher = DhcpForeignWatcher::start(m_config.interface, m_config.clientPort, m_config.serverAddress);
        if (watcher) {
            m_watcher = std::move(watcher).value();
            connect(m_watcher.get(), &DhcpForeignWatcher::foreignServerSeen, this, &DhcpServer::foreignServerSeen);
        } else {
            qCWarning(lcDhcp) << "cannot watch for other DHCP servers:" << watcher.error().toLogString();
        }
    }
    qCInfo(lcDhcp) << "DHCP server serving";
    Q_EMIT serving();
    // No read here: requests that arrived earlier were read by readRequests() (and dropped while probing),
    // and a read outside readyRead is what turned the notification already queued for them into a stale one.
}

void DhcpServer::stop()
{
    if (m_state == State::Stopped)
        return;
    m_state = State::Stopped;
    m_probe.reset();
    m_watcher.reset();
    m_socket.reset();
    m_guard.reset();
    m_prober.reset();
    m_waiting.reset();
    m_floodSeenMs.reset();
    if (m_journal) {
        qCInfo(lcDhcp) << "ACKs sent at once (covered by a synced record):" << m_journal->acksWithoutSync()
                       << "after their sync:" << m_journal->acksAfterSync()
                       << "after the sync wait limit, record written:" << m_journal->acksAfterWrite();
        m_journal->close();
    }
    qCInfo(lcDhcp) << "DHCP server stopped";
}

void DhcpServer::readRequests()
{
    if (!m_socket)
        return;
    NetUdpSocket::receivePending(*m_socket, kBatchLimit, DhcpMessage::kMaximumSize + 1,
                                 [this](const QNetworkDatagram &datagram) {
                                     handleRequest(datagram);
                                     return m_socket != nullptr; // a slot may have stopped us
                                 });
    afterTurn();
}

void DhcpServer::afterTurn()
{
    if (m_journal)
        m_journal->flush();
    if (m_guard)
        m_guard->refill(); // replaces the probed addresses this turn's offers took
}

void DhcpServer::handleRequest(const QNetworkDatagram &datagram, std::optional<qint64> deferredUntil)
{
    if (m_state != State::Serving)
        return; // while probing we stay silent
    const Result<DhcpMessage> request = DhcpMessage::parse(datagram.data());
    if (!request) {
        qCDebug(lcDhcp) << "dropped datagram from" << datagram.senderAddress() << request.error().toLogString();
        return;
    }
    DhcpEngine::Outcome outcome = m_engine->handle(*request);
    if (deferredUntil) // seen when it first arrived
        outcome.events.removeIf(
            [](const DhcpEngine::Event &e) { return e.kind == DhcpEngine::Event::Kind::ClientSeen; });
    if (outcome.awaitingProbe) {
        emitEvents(outcome.events); // clientSeen never waits for a probe
        defer(datagram, deferredUntil);
        return;
    }
    PendingReply pending;
    pending.events = outcome.events;
    if (outcome.reply) {
        pending.datagram = outcome.reply->serialize();
        pending.target =
            m_config.delivery.destination(*request, *outcome.reply, datagram.senderAddress(),
                                          quint16(datagram.senderPort()), m_config.port, m_config.clientPort);
    }
    if (m_journal) {
        if (outcome.offered)
            m_journal->appendOffered(*outcome.offered);
        if (outcome.freed)
            m_journal->appendFreed(*outcome.freed);
        if (outcome.bound) {
            m_journal->appendBound(*outcome.bound, [this, pending = std::move(pending)] {
                send(pending);
                emitEvents(pending.events);
            });
            return;
        }
    }
    send(pending);
    emitEvents(pending.events);
}

void DhcpServer::defer(const QNetworkDatagram &datagram, std::optional<qint64> deferredUntil)
{
    const bool probing = m_guard && m_guard->refill();
    const qint64 now = m_waiting->nowMs();
    // A flood lasts until DISCOVERs stop outrunning the probes for a while: holding back a fresh batch each time the
    // wait list empties would delay every 64th client by a probe round for as long as the flood goes on.
    const bool flooding = m_floodSeenMs && now - *m_floodSeenMs < 2 * qint64(m_config.conflictProbeTimeoutMs);
    if (!probing || flooding || (!deferredUntil && m_waiting->full())) {
        // Nothing left to probe (the pool may be exhausted: it says so unprobed), or a flood outruns the probes.
        if (probing) {
            if (!flooding)
                qCInfo(lcDhcp) << "DISCOVERs outrun the conflict probes: offering unprobed addresses until they "
                                  "slow down";
            m_floodSeenMs = now;
        }
        offerUnprobed(datagram);
        return;
    }
    if (!deferredUntil) {
        m_guard->missed();
        deferredUntil = m_waiting->nowMs() + 3 * qint64(m_config.conflictProbeTimeoutMs);
    }
    m_waiting->push(datagram, *deferredUntil);
}

void DhcpServer::offerUnprobed(const QNetworkDatagram &datagram)
{
    // The neighbour-table check still applies (the pool's conflict check); only the ARP probe is skipped.
    m_pool->setUnprobedAllowed(true);
    handleRequest(datagram, 0);
    if (m_pool)
        m_pool->setUnprobedAllowed(false);
}

void DhcpServer::retryWaiting()
{
    const std::deque<DhcpOfferWaitList::Entry> waiting = m_waiting->takeAll();
    for (const DhcpOfferWaitList::Entry &entry : waiting) {
        if (m_state != State::Serving)
            return;
        handleRequest(entry.datagram, entry.deadlineMs);
    }
    if (m_state != State::Serving)
        return;
    afterTurn();
}

void DhcpServer::onProbeFailed(const QString &reason)
{
    qCWarning(lcDhcp) << "ARP conflict probe failed, checking the neighbour table only from now on:" << reason;
    if (m_pool)
        m_pool->setProbing(false);
    retryWaiting();
}

void DhcpServer::send(const PendingReply &pending)
{
    if (pending.datagram.isEmpty() || !m_socket)
        return;
    if (m_socket->writeDatagram(pending.datagram, pending.target.address, pending.target.port) < 0)
        qCWarning(lcDhcp) << "reply to" << pending.target.address << "failed:" << m_socket->errorString();
}

void DhcpServer::emitEvents(const QList<DhcpEngine::Event> &events)
{
    for (const DhcpEngine::Event &event : events) {
        const QHostAddress address(event.address);
        switch (event.kind) {
        case DhcpEngine::Event::Kind::ClientSeen:
            Q_EMIT clientSeen(event.mac, event.text, event.hostname);
            break;
        case DhcpEngine::Event::Kind::Offered:
            Q_EMIT offered(event.mac, address);
            break;
        case DhcpEngine::Event::Kind::Leased:
            qCInfo(lcDhcp) << "leased" << address << "to" << event.mac.toColon();
            Q_EMIT leased(event.mac, address);
            break;
        case DhcpEngine::Event::Kind::Released:
            Q_EMIT released(event.mac, address);
            break;
        case DhcpEngine::Event::Kind::Declined:
            Q_EMIT declined(event.mac, address);
            break;
        case DhcpEngine::Event::Kind::Ignored:
            Q_EMIT clientIgnored(event.mac, event.text, event.hostname);
            break;
        case DhcpEngine::Event::Kind::PoolExhausted:
            Q_EMIT poolExhausted(event.mac);
            break;
        }
    }
}
