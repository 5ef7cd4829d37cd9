#include "core/dhcp/dhcpconflictguard.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpleasepool.h"
#include "core/net/netconflictprober.h"

#include <QHostAddress>

#include <algorithm>

DhcpConflictGuard::DhcpConflictGuard(DhcpLeasePool &pool, NetConflictProber &prober, Config config, QObject *parent)
    : QObject(parent)
    , m_pool(pool)
    , m_prober(prober)
    , m_config(config)
    , m_target(std::min(config.ahead, config.maxInFlight))
    , m_deadline(this)
    , m_refresh(this)
{
    m_elapsed.start();
    m_deadline.setSingleShot(true);
    m_deadline.setTimerType(Qt::PreciseTimer);
    connect(&m_deadline, &QTimer::timeout, this, &DhcpConflictGuard::onDeadline);
    connect(&m_refresh, &QTimer::timeout, this, &DhcpConflictGuard::onRefresh);
    connect(&m_prober, &NetConflictProber::answered, this, &DhcpConflictGuard::onAnswered);
    m_refresh.start(std::max(1, m_config.refreshSecs) * 1000);
}

bool DhcpConflictGuard::refill()
{
    // A pool with nothing left to probe is not searched again on every request (each search walks the range).
    if (m_elapsed.elapsed() < m_searchAgainAtMs)
        return !m_inFlight.empty();
    while (!m_failed && m_pool.readyCount() + int(m_inFlight.size()) < m_target &&
           int(m_inFlight.size()) < m_config.maxInFlight) {
        const auto candidate = m_pool.takeProbeCandidate();
        if (!candidate) {
            m_searchAgainAtMs = m_elapsed.elapsed() + m_config.timeoutMs;
            break;
        }
        if (!send(*candidate))
            break;
    }
    return !m_inFlight.empty();
}

void DhcpConflictGuard::missed()
{
    if (m_target < m_config.maxInFlight) {
        m_target = std::min(m_target * 2, m_config.maxInFlight);
        qCInfo(lcDhcp) << "conflict probes now run" << m_target << "addresses ahead";
    }
}

bool DhcpConflictGuard::send(quint32 address)
{
    if (const Result<void> sent = m_prober.probe(address); !sent) {
        m_pool.probeAbandoned(address);
        m_failed = true;
        Q_EMIT failed(sent.error().toLogString());
        return false;
    }
    m_inFlight.push_back(InFlight{address, m_elapsed.elapsed() + m_config.timeoutMs});
    armDeadline();
    return true;
}

void DhcpConflictGuard::armDeadline()
{
    if (m_inFlight.empty() || m_deadline.isActive())
        return;
    m_deadline.start(int(std::max<qint64>(0, m_inFlight.front().deadlineMs - m_elapsed.elapsed())));
}

void DhcpConflictGuard::onAnswered(quint32 address, const MacAddress &holder)
{
    const bool probing = std::any_of(m_inFlight.cbegin(), m_inFlight.cend(),
                                     [address](const InFlight &probe) { return probe.address == address; });
    if (!probing && !m_pool.isReady(address))
        return; // not an address we are about to offer
    qCWarning(lcDhcp) << QHostAddress(address) << "is held by" << holder.toColon()
                      << "although no lease says so: quarantined";
    // A probe's deadline entry stays and later finds the address no longer probed: clearing it is a no-op.
    m_pool.probeAnswered(address);
    refill();
}

void DhcpConflictGuard::onDeadline()
{
    const qint64 now = m_elapsed.elapsed();
    bool cleared = false;
    while (!m_inFlight.empty() && m_inFlight.front().deadlineMs <= now) {
        const quint32 address = m_inFlight.front().address;
        m_inFlight.pop_front();
        // Silence within the bound: as free as a probe can tell (answered ones were taken out already).
        const int before = m_pool.readyCount();
        m_pool.probeCleared(address);
        cleared = cleared || m_pool.readyCount() > before;
    }
    refill();
    armDeadline();
    if (cleared)
        Q_EMIT addressesReady();
}

void DhcpConflictGuard::onRefresh()
{
    if (m_failed)
        return;
    const qint64 before = m_pool.nowSecs() - m_config.refreshSecs;
    const QList<quint32> stale = m_pool.takeStaleReady(before);
    for (quint32 address : stale) {
        if (!send(address))
            return;
    }
}
