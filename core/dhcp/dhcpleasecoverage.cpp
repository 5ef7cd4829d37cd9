#include "core/dhcp/dhcpleasecoverage.h"

#include <algorithm>

void DhcpLeaseCoverage::Unsynced::add(const Record &record)
{
    if (records.empty()) {
        clientKey = record.clientKey;
        minExpiresAt = record.expiresAt;
    }
    records.push_back(record);
    sameClientBound = sameClientBound && record.bound && record.clientKey == clientKey;
    minExpiresAt = std::min(minExpiresAt, record.expiresAt);
}

void DhcpLeaseCoverage::Unsynced::recompute()
{
    std::vector<Record> remaining;
    remaining.swap(records);
    sameClientBound = true;
    for (const Record &record : remaining)
        add(record);
}

void DhcpLeaseCoverage::appended(quint64 seq, const DhcpLease &lease, bool bound)
{
    m_unsynced[lease.address].add(Record{seq, lease.clientKey, lease.expiresAt, bound});
}

void DhcpLeaseCoverage::durableUpTo(quint64 seq)
{
    for (auto it = m_unsynced.begin(); it != m_unsynced.end();) {
        std::vector<Record> &records = it.value().records;
        auto firstUnsynced = records.begin();
        while (firstUnsynced != records.end() && firstUnsynced->seq <= seq)
            ++firstUnsynced;
        if (firstUnsynced != records.begin()) {
            m_onDisk.insert(it.key(), *(firstUnsynced - 1));
            records.erase(records.begin(), firstUnsynced);
            it.value().recompute();
        }
        if (records.empty())
            it = m_unsynced.erase(it);
        else
            ++it;
    }
}

void DhcpLeaseCoverage::lostUpTo(quint64 seq)
{
    for (auto it = m_unsynced.begin(); it != m_unsynced.end();) {
        std::vector<Record> &records = it.value().records;
        if (records.front().seq > seq) {
            ++it;
            continue;
        }
        // Whatever the disk holds for this address is no longer known: trust no record of it until a new one
        // is synced.
        m_onDisk.remove(it.key());
        std::erase_if(records, [seq](const Record &record) { return record.seq <= seq; });
        it.value().recompute();
        if (records.empty())
            it = m_unsynced.erase(it);
        else
            ++it;
    }
}

void DhcpLeaseCoverage::reset(const QList<DhcpLease> &leases)
{
    m_onDisk.clear();
    m_unsynced.clear();
    for (const DhcpLease &lease : leases)
        m_onDisk.insert(lease.address, Record{0, lease.clientKey, lease.expiresAt, true});
}

bool DhcpLeaseCoverage::satisfies(const Record &record, const DhcpLease &lease)
{
    return record.bound && record.clientKey == lease.clientKey && record.expiresAt >= lease.expiresAt;
}

bool DhcpLeaseCoverage::covers(const DhcpLease &lease) const
{
    const auto onDisk = m_onDisk.constFind(lease.address);
    if (onDisk == m_onDisk.cend() || !satisfies(*onDisk, lease))
        return false;
    const auto unsynced = m_unsynced.constFind(lease.address);
    if (unsynced == m_unsynced.cend())
        return true;
    return unsynced->sameClientBound && unsynced->clientKey == lease.clientKey &&
           unsynced->minExpiresAt >= lease.expiresAt;
}
