#include "core/dhcp/dhcpofferwaitlist.h"

#include "core/common/logging.h"

DhcpOfferWaitList::DhcpOfferWaitList(int capacity, ExpiryHandler onExpired)
    : m_capacity(capacity)
    , m_onExpired(std::move(onExpired))
{
    m_elapsed.start();
    m_timer.setSingleShot(true);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { expire(); });
}

void DhcpOfferWaitList::push(const QNetworkDatagram &datagram, qint64 deadlineMs)
{
    m_entries.push_back(Entry{datagram, deadlineMs});
    arm();
}

std::deque<DhcpOfferWaitList::Entry> DhcpOfferWaitList::takeAll()
{
    m_timer.stop();
    return std::exchange(m_entries, {});
}

void DhcpOfferWaitList::clear()
{
    m_timer.stop();
    m_entries.clear();
}

void DhcpOfferWaitList::arm()
{
    if (m_entries.empty() || m_timer.isActive())
        return;
    m_timer.start(int(std::max<qint64>(0, m_entries.front().deadlineMs - nowMs())));
}

void DhcpOfferWaitList::expire()
{
    // Here when a run of addresses answered their probes, or when unprobed offers under a flood took the addresses
    // these requests waited for. Taken out first: the handler may hold a request back again.
    const qint64 now = nowMs();
    std::deque<Entry> expired;
    while (!m_entries.empty() && m_entries.front().deadlineMs <= now) {
        expired.push_back(std::move(m_entries.front()));
        m_entries.pop_front();
    }
    arm();
    if (expired.empty())
        return;
    qCInfo(lcDhcp) << expired.size() << "DISCOVERs found no probed address in time: offering unprobed";
    for (const Entry &entry : expired)
        m_onExpired(entry.datagram);
}
