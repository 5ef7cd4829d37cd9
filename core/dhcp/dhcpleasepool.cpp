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

std::optional<quint32> DhcpLeasePool::chooseForOffer(const QByteArray &clientKey, const MacAddress &mac,
                                                     std::optional<quint32> requested)
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
    auto acceptable = [&](quint32 address) {
        if (!isFreeFor(address, clientKey, mac, t) || m_reservedBy.contains(address))
            return false;
        return true;
    };
    if (requested && inRange(*requested) && acceptable(*requested))
        return requested;
    const quint64 size = quint64(m_config.last) - m_config.first + 1;
    int conflictProbes = 0;
    for (quint64 step = 0; step < size; ++step) {
        const quint32 address = m_cursor;
        m_cursor = m_cursor >= m_config.last ? m_config.first : m_cursor + 1;
        if (!acceptable(address))
            continue;
        if (m_conflictCheck && conflictProbes < kMaxConflictProbesPerOffer) {
            ++conflictProbes;
            if (m_conflictCheck(address, mac)) {
                put(DhcpLease{address, QByteArray("conflict"), MacAddress(), QString(), t + m_config.declineHoldSecs,
                              DhcpLease::State::Declined});
                continue;
            }
        }
        return address;
    }
    return std::nullopt;
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

void DhcpLeasePool::dropOffer(const QByteArray &clientKey)
{
    const auto it = m_byKey.constFind(clientKey);
    if (it != m_byKey.cend() && m_byAddress.value(it.value()).state == DhcpLease::State::Offered)
        erase(it.value());
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
