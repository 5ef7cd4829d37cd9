#include "core/dhcp/dhcpserver.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpengine.h"
#include "core/dhcp/dhcpleasepool.h"
#include "core/dhcp/dhcpleasestore.h"
#include "core/dhcp/dhcpmessage.h"
#include "core/net/netudpsocket.h"
#include "core/net/networkinterfaceinfo.h"

#include <QNetworkDatagram>

namespace {
// Datagrams handled per readyRead before the batch is committed and answered; bounds ACK latency.
constexpr int kBatchLimit = 256;
constexpr int kMaxForeignReported = 64;
constexpr int kReceiveBufferBytes = 1 << 20;
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
{
    m_commitThread.setMaxThreadCount(1);
}

DhcpServer::DhcpServer(DhcpServerConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{
    m_commitThread.setMaxThreadCount(1);
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
    m_store = std::move(store);
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
        probeConfig.timeoutMs = m_config.foreignProbeTimeoutMs;
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

void DhcpServer::beginServing()
{
    if (m_state != State::Serving)
        return;
    if (m_config.watchForeignServers && !m_config.interface.isEmpty()) {
        NetPlatform::UdpBindRequest request;
        request.interfaceName = m_config.interface;
        request.port = m_config.clientPort;
        request.reuseAddress = true;
        auto monitor = NetUdpSocket::bind(request);
        if (monitor) {
            m_monitor = std::move(monitor).value();
            connect(m_monitor.get(), &QUdpSocket::readyRead, this, &DhcpServer::readForeignReplies);
        } else {
            qCWarning(lcDhcp) << "cannot watch for other DHCP servers:" << monitor.error().toLogString();
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
    m_monitor.reset();
    m_socket.reset();
    // A sync in flight finishes first (bounded: one batch), so the journal is never written by two owners.
    m_commitThread.waitForDone();
    m_commitInFlight = false;
    m_awaitingCommit.clear();
    m_nextBatch.clear();
    if (m_store)
        m_store->close();
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
    startCommit();
}

void DhcpServer::handleRequest(const QNetworkDatagram &datagram)
{
    if (m_state != State::Serving)
        return; // while probing we stay silent
    const Result<DhcpMessage> request = DhcpMessage::parse(datagram.data());
    if (!request) {
        qCDebug(lcDhcp) << "dropped datagram from" << datagram.senderAddress() << request.error().toLogString();
        return;
    }
    const DhcpEngine::Outcome outcome = m_engine->handle(*request);
    PendingReply pending;
    pending.events = outcome.events;
    if (outcome.reply) {
        pending.datagram = outcome.reply->serialize();
        pending.target =
            m_config.delivery.destination(*request, *outcome.reply, datagram.senderAddress(),
                                          quint16(datagram.senderPort()), m_config.port, m_config.clientPort);
    }
    if (outcome.freed && m_store)
        m_store->appendFreed(*outcome.freed);
    if (outcome.bound && m_store) {
        m_store->appendBound(*outcome.bound);
        m_nextBatch.push_back(std::move(pending));
        return;
    }
    send(pending);
    emitEvents(pending);
}

void DhcpServer::startCommit()
{
    if (!m_store || m_commitInFlight || !m_store->hasPending())
        return;
    // Group commit: one sync for everything appended since the last one; its ACKs leave when it is done.
    m_commitInFlight = true;
    m_awaitingCommit.swap(m_nextBatch);
    DhcpLeaseStore *store = m_store.get(); // outlives the task: stop() waits for it
    m_commitThread.start([this, store, records = m_store->takePending()] {
        const Result<void> result = store->write(records);
        QMetaObject::invokeMethod(
            this, [this, result] { onCommitted(result); }, Qt::QueuedConnection);
    });
}

void DhcpServer::onCommitted(const Result<void> &result)
{
    if (m_state == State::Stopped || !m_commitInFlight)
        return;
    m_commitInFlight = false;
    std::vector<PendingReply> batch;
    batch.swap(m_awaitingCommit);
    if (!result) {
        qCWarning(lcDhcp) << "lease journal write failed, withholding" << batch.size()
                          << "ACKs:" << result.error().toLogString();
    } else {
        for (const PendingReply &pending : batch) {
            send(pending);
            emitEvents(pending);
        }
    }
    if (m_store->wantsCompaction()) {
        // Compaction syncs whatever is appended, so the queued batch is durable once it succeeds.
        if (const Result<void> r = m_store->compact(m_pool->boundLeases()); !r) {
            qCWarning(lcDhcp) << "lease journal compaction failed:" << r.error().toLogString();
        } else {
            std::vector<PendingReply> queued;
            queued.swap(m_nextBatch);
            for (const PendingReply &pending : queued) {
                send(pending);
                emitEvents(pending);
            }
        }
    }
    startCommit();
}

void DhcpServer::send(const PendingReply &pending)
{
    if (pending.datagram.isEmpty() || !m_socket)
        return;
    if (m_socket->writeDatagram(pending.datagram, pending.target.address, pending.target.port) < 0)
        qCWarning(lcDhcp) << "reply to" << pending.target.address << "failed:" << m_socket->errorString();
}

void DhcpServer::emitEvents(const PendingReply &pending)
{
    for (const DhcpEngine::Event &event : pending.events) {
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
            Q_EMIT clientIgnored(event.mac, event.text);
            break;
        case DhcpEngine::Event::Kind::PoolExhausted:
            Q_EMIT poolExhausted(event.mac);
            break;
        }
    }
}

void DhcpServer::readForeignReplies()
{
    if (m_monitor)
        NetUdpSocket::receivePending(*m_monitor, kBatchLimit, DhcpMessage::kMaximumSize + 1,
                                     [this](const QNetworkDatagram &datagram) {
                                         handleForeignReply(datagram);
                                         return m_monitor != nullptr;
                                     });
}

void DhcpServer::handleForeignReply(const QNetworkDatagram &datagram)
{
    const Result<DhcpMessage> reply = DhcpMessage::parse(datagram.data());
    if (!reply || reply->isRequest())
        return;
    if (reply->type() != DhcpMessage::Type::Offer && reply->type() != DhcpMessage::Type::Ack)
        return;
    const quint32 server =
        reply->addressOption(DhcpMessage::ServerIdentifier).value_or(datagram.senderAddress().toIPv4Address());
    if (server == m_config.serverAddress.toIPv4Address() || m_foreignReported.contains(server) ||
        m_foreignReported.size() >= kMaxForeignReported)
        return;
    m_foreignReported.insert(server);
    qCWarning(lcDhcp) << "another DHCP server is answering on" << m_config.interface << ":" << QHostAddress(server);
    Q_EMIT foreignServerSeen(QHostAddress(server),
                             NetPlatform::neighbourMac(QHostAddress(server)).value_or(MacAddress()));
}
