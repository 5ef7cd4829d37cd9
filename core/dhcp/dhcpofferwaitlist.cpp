#include "core/dhcp/dhcpofferwaitlist.h"

#include "core/common/logging.h"

DhcpOfferWaitList::DhcpOfferWaitList(int capacity)
    : m_capacity(capacity)
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
    // Every probe ends within its timeout, so only a run of answering addresses gets a request here.
    const qint64 now = nowMs();
    int dropped = 0;
    while (!m_entries.empty() && m_entries.front().deadlineMs <= now) {
        m_entries.pop_front();
        ++dropped;
    }
    if (dropped > 0)
        qCWarning(lcDhcp) << dropped << "DISCOVERs found no probed address in time";
    arm();
}
