#include "core/dhcp/dhcpleasepool.h"

namespace {
quint32 maskFor(int prefixLength)
{
    return prefixLength <= 0 ? 0 : ~quint32(0) << (32 - prefixLength);
}
constexpr int kMaxConflictProbesPerOffer = 8;
} // namespace

Result<DhcpLeasePool::Config> DhcpLeasePool::configForSubnet(const QHostAddress &serverAddress, int prefixLength)
{
    if (serverAddress.protocol() != QAbstractSocket::IPv4Protocol || prefixLength < 0 || prefixLength > 32)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("need an IPv4 address and prefix"));
    if (prefixLength > 30)
        return Error(ErrorCode::DhcpPoolExhausted,
                     QStringLiteral("subnet /%1 has no room for phones").arg(prefixLength));
    Config config;
    config.serverAddress = serverAddress.toIPv4Address();
    config.prefixLength = prefixLength;
    config.network = config.serverAddress & maskFor(prefixLength);
    const quint32 broadcast = config.network | ~maskFor(prefixLength);
    config.first = config.network + 1;
    config.last = std::min(broadcast - 1, config.first + kMaxRange - 1);
    return config;
}

Result<DhcpLeasePool::Config> DhcpLeasePool::configForRange(const QHostAddress &serverAddress, int prefixLength,
                                                            const QHostAddress &first, const QHostAddress &last)
{
    Result<Config> config = configForSubnet(serverAddress, prefixLength);
    if (!config)
        return config;
    const quint32 from = first.toIPv4Address();
    const quint32 to = last.toIPv4Address();
    const quint32 mask = maskFor(prefixLength);
    if (from > to || (from & mask) != config->network || (to & mask) != config->network || to - from >= kMaxRange)
        return Error(ErrorCode::InvalidArgument,
                     QStringLiteral("range %1-%2 is not inside %3/%4 (or too large)")
                         .arg(first.toString(), last.toString(), QHostAddress(config->network).toString())
                         .arg(prefixLength));
    config.value().first = from;
    config.value().last = to;
    return config;
}

DhcpLeasePool::DhcpLeasePool(Config config, const Clock &clock)
    : m_config(std::move(config))
    , m_clock(clock)
    , m_cursor(m_config.first)
    , m_probeCursor(m_config.first)
{
    for (auto it = m_config.reservations.cbegin(); it != m_config.reservations.cend(); ++it)
        m_reservedBy.insert(it.value(), it.key());
}

void DhcpLeasePool::setConflictCheck(std::function<bool(quint32, const MacAddress &)> check)
{
    m_conflictCheck = std::move(check);
}

qint64 DhcpLeasePool::now() const
{
    return m_clock.nowUtc().toSecsSinceEpoch();
}

bool DhcpLeasePool::inSubnet(quint32 address) const
{
    const quint32 mask = maskFor(m_config.prefixLength);
    return (address & mask) == m_config.network && address != m_config.network && address != (m_config.network | ~mask);
}

bool DhcpLeasePool::inRange(quint32 address) const
{
    return address >= m_config.first && address <= m_config.last;
}

bool DhcpLeasePool::isReservedForOther(quint32 address, const MacAddress &mac) const
{
    const auto it = m_reservedBy.constFind(address);
    return it != m_reservedBy.cend() && it.value() != mac;
}

bool DhcpLeasePool::isFreeFor(quint32 address, const QByteArray &clientKey, const MacAddress &mac, qint64 now) const
{
    if (address == m_config.serverAddress || !inSubnet(address) || isReservedForOther(address, mac))
        return false;
    if (!inRange(address) && !m_reservedBy.contains(address))
        return false;
    const auto it = m_byAddress.constFind(address);
    return it == m_byAddress.cend() || it->clientKey == clientKey || !it->isActive(now);
}

bool DhcpLeasePool::isOwnedByOther(quint32 address, const QByteArray &clientKey) const
{
    const auto it = m_byAddress.constFind(address);
    return it != m_byAddress.cend() && it->clientKey != clientKey && it->isActive(now());
}

bool DhcpLeasePool::isAcceptableFresh(quint32 address, const QByteArray &clientKey, const MacAddress &mac,
                                      qint64 now) const
{
    return isFreeFor(address, clientKey, mac, now) && !m_reservedBy.contains(address) &&
           !m_probingNow.contains(address);
}

std::optional<quint32> DhcpLeasePool::chooseForOffer(const QByteArray &clientKey, const MacAddress &mac,
                                                     std::optional<quint32> requested, bool *awaitingProbe)
{
    const qint64 t = now();
    // Affinity first: a client's own record, even expired, as long as nobody else took the address.
    if (const auto it = m_byKey.constFind(clientKey);
        it != m_byKey.cend() && isFreeFor(it.value(), clientKey, mac, t)) {
        const DhcpLease &lease = m_byAddress[it.value()];
        if (lease.state != DhcpLease::State::Declined)
            return it.value();
    }
    if (const quint32 reserved = m_config.reservations.value(mac, 0);
        reserved && isFreeFor(reserved, clientKey, mac, t))
        return reserved;
    // The address a client asks for is a fresh one to us too: with probing on, it is given only once probed.
    if (requested && inRange(*requested) && isAcceptableFresh(*requested, clientKey, mac, t) &&
        (!m_probing || m_unprobedAllowed || m_ready.contains(*requested))) {
        m_ready.remove(*requested);
        return requested;
    }
    if (m_probing && !m_unprobedAllowed) {
        if (const auto ready = takeReady(clientKey, mac, t))
            return ready;
        if (awaitingProbe)
            *awaitingProbe = true;
        return std::nullopt;
    }
    const quint64 size = quint64(m_config.last) - m_config.first + 1;
    int conflictProbes = 0;
    for (quint64 step = 0; step < size; ++step) {
        const quint32 address = m_cursor;
        m_cursor = m_cursor >= m_config.last ? m_config.first : m_cursor + 1;
        // Unprobed means unprobed: under a flood an address whose probe is still out may go too (a small pool
        // can be all under probe), and that probe's result is then ignored.
        if (!isFreeFor(address, clientKey, mac, t) || m_reservedBy.contains(address))
            continue;
        if (m_conflictCheck && conflictProbes < kMaxConflictProbesPerOffer) {
            ++conflictProbes;
            if (m_conflictCheck(address, mac)) {
                quarantine(address, t);
                continue;
            }
        }
        m_ready.remove(address);
        m_probingNow.remove(address);
        return address;
    }
    return std::nullopt;
}

std::optional<quint32> DhcpLeasePool::takeReady(const QByteArray &clientKey, const MacAddress &mac, qint64 now)
{
    while (!m_readyOrder.empty()) {
        const quint32 address = m_readyOrder.front();
        m_readyOrder.pop_front();
        const auto it = m_ready.constFind(address);
        if (it == m_ready.cend())
            continue;
        const qint64 probedAt = it.value();
        m_ready.erase(it);
        // A stale probe says little; an address taken meanwhile (asked for by a client) is not free.
        if (probedAt + m_config.probeFreshSecs >= now && isAcceptableFresh(address, clientKey, mac, now))
            return address;
    }
    return std::nullopt;
}

std::optional<quint32> DhcpLeasePool::takeProbeCandidate()
{
    const qint64 t = now();
    const quint64 size = quint64(m_config.last) - m_config.first + 1;
    for (quint64 step = 0; step < size; ++step) {
        const quint32 address = m_probeCursor;
        m_probeCursor = m_probeCursor >= m_config.last ? m_config.first : m_probeCursor + 1;
        if (m_ready.contains(address) || !isAcceptableFresh(address, QByteArray(), MacAddress(), t))
            continue;
        m_probingNow.insert(address);
        return address;
    }
    return std::nullopt;
}

void DhcpLeasePool::probeCleared(quint32 address)
{
    if (!m_probingNow.remove(address))
        return;
    const qint64 t = now();
    if (!isAcceptableFresh(address, QByteArray(), MacAddress(), t))
        return;
    m_ready.insert(address, t);
    m_readyOrder.push_back(address);
    if (m_readyOrder.size() > 4 * size_t(m_ready.size()) + 64) {
        // Re-probed and taken addresses leave entries behind; drop them before they pile up.
        std::deque<quint32> live;
        QSet<quint32> seen;
        for (quint32 entry : m_readyOrder) {
            if (m_ready.contains(entry) && !seen.contains(entry)) {
                seen.insert(entry);
                live.push_back(entry);
            }
        }
        m_readyOrder.swap(live);
    }
}

void DhcpLeasePool::probeAnswered(quint32 address)
{
    const bool probed = m_probingNow.remove(address) || m_ready.remove(address);
    const qint64 t = now();
    // A client we gave the address to answers for it, rightly: only a free address is quarantined.
    if (probed && isFreeFor(address, QByteArray(), MacAddress(), t))
        quarantine(address, t);
}

QList<quint32> DhcpLeasePool::takeStaleReady(qint64 probedBefore)
{
    QList<quint32> stale;
    for (auto it = m_ready.begin(); it != m_ready.end();) {
        if (it.value() < probedBefore) {
            stale.append(it.key());
            m_probingNow.insert(it.key());
            it = m_ready.erase(it);
        } else {
            ++it;
        }
    }
    return stale;
}

void DhcpLeasePool::quarantine(quint32 address, qint64 now)
{
    put(DhcpLease{address, QByteArray("conflict"), MacAddress(), QString(), now + m_config.declineHoldSecs,
                  DhcpLease::State::Declined});
}

void DhcpLeasePool::put(const DhcpLease &lease)
{
    erase(lease.address);
    if (const auto old = m_byKey.constFind(lease.clientKey); old != m_byKey.cend() && old.value() != lease.address) {
        // One record per client: moving it frees the old address (only if the old one is not bound and live).
        const DhcpLease &previous = m_byAddress[old.value()];
        if (previous.state != DhcpLease::State::Declined)
            m_byAddress.remove(old.value());
    }
    m_byAddress.insert(lease.address, lease);
    if (lease.state != DhcpLease::State::Declined)
        m_byKey.insert(lease.clientKey, lease.address);
}

void DhcpLeasePool::erase(quint32 address)
{
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.cend())
        return;
    const auto key = m_byKey.constFind(it->clientKey);
    if (key != m_byKey.cend() && key.value() == address)
        m_byKey.erase(key);
    m_byAddress.erase(it);
}

void DhcpLeasePool::markOffered(const QByteArray &clientKey, const MacAddress &mac, quint32 address)
{
    const qint64 t = now();
    const auto existing = m_byAddress.constFind(address);
    // Offering a client its own bound lease must not shorten that lease.
    if (existing != m_byAddress.cend() && existing->clientKey == clientKey &&
        existing->state == DhcpLease::State::Bound && existing->isActive(t))
        return;
    put(DhcpLease{address, clientKey, mac, QString(), t + m_config.offerHoldSecs, DhcpLease::State::Offered});
}

std::optional<DhcpLease> DhcpLeasePool::dropOffer(const QByteArray &clientKey)
{
    const auto it = m_byKey.constFind(clientKey);
    if (it == m_byKey.cend())
        return std::nullopt;
    const DhcpLease offered = m_byAddress.value(it.value());
    if (offered.state != DhcpLease::State::Offered)
        return std::nullopt;
    erase(it.value());
    return offered;
}

std::optional<DhcpLease> DhcpLeasePool::bind(const QByteArray &clientKey, const MacAddress &mac, quint32 address,
                                             qint64 leaseSecs, const QString &hostname)
{
    const qint64 t = now();
    if (!isFreeFor(address, clientKey, mac, t))
        return std::nullopt;
    const auto existing = m_byAddress.constFind(address);
    if (existing != m_byAddress.cend() && existing->state == DhcpLease::State::Declined && existing->isActive(t))
        return std::nullopt;
    DhcpLease lease{address, clientKey, mac, hostname, t + leaseSecs, DhcpLease::State::Bound};
    put(lease);
    m_ready.remove(address);
    return lease;
}

std::optional<DhcpLease> DhcpLeasePool::activeLease(const QByteArray &clientKey) const
{
    const auto it = m_byKey.constFind(clientKey);
    if (it == m_byKey.cend())
        return std::nullopt;
    const DhcpLease lease = m_byAddress.value(it.value());
    if (lease.state != DhcpLease::State::Bound || !lease.isActive(now()))
        return std::nullopt;
    return lease;
}

std::optional<DhcpLease> DhcpLeasePool::release(const QByteArray &clientKey, quint32 address)
{
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.cend() || it->clientKey != clientKey || it->state != DhcpLease::State::Bound)
        return std::nullopt;
    DhcpLease released = *it;
    // Keep the record, expired, so the client gets the same address back next time if still free.
    DhcpLease kept = released;
    kept.expiresAt = 0;
    put(kept);
    return released;
}

std::optional<DhcpLease> DhcpLeasePool::decline(const QByteArray &clientKey, quint32 address)
{
    const auto it = m_byAddress.constFind(address);
    if (it == m_byAddress.cend() || it->clientKey != clientKey)
        return std::nullopt;
    DhcpLease declined = *it;
    erase(address);
    put(DhcpLease{address, QByteArray("declined"), MacAddress(), QString(), now() + m_config.declineHoldSecs,
                  DhcpLease::State::Declined});
    m_ready.remove(address);
    return declined;
}

void DhcpLeasePool::restore(const DhcpLease &lease)
{
    if (!inSubnet(lease.address) || lease.address == m_config.serverAddress)
        return;
    put(lease);
}

QList<DhcpLease> DhcpLeasePool::boundLeases() const
{
    QList<DhcpLease> leases;
    const qint64 t = now();
    for (const DhcpLease &lease : m_byAddress) {
        if (lease.state == DhcpLease::State::Bound && lease.isActive(t))
            leases.append(lease);
    }
    return leases;
}
