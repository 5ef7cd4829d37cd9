#pragma once

#include "core/dhcp/dhcplease.h"

#include <QHash>
#include <QList>

#include <vector>

// What a crash at this instant would restore, per address, as far as an ACK is concerned. The journal replays
// the last record written for each address, and any record appended but not yet synced may or may not be
// there after a crash; so an ACK needs no sync of its own when every record that could come out on top binds
// the address to the same client for at least as long as the ACK promises. Records are numbered in append
// order; the store reports which prefix is on disk.
class DhcpLeaseCoverage
{
public:
    void appended(quint64 seq, const DhcpLease &lease, bool bound);
    // Every record numbered up to `seq` is on disk.
    void durableUpTo(quint64 seq);
    // The records up to `seq` may never reach the disk: nothing about their addresses is trusted any more.
    void lostUpTo(quint64 seq);
    // The journal now holds exactly `leases` (replayed on open, or rewritten by compaction) and nothing else.
    void reset(const QList<DhcpLease> &leases);

    // True when a crash now restores `lease.address` for `lease.clientKey` until at least `lease.expiresAt`.
    bool covers(const DhcpLease &lease) const;

private:
    struct Record
    {
        quint64 seq = 0;
        QByteArray clientKey;
        qint64 expiresAt = 0;
        bool bound = false;
    };
    // The unsynced records of one address, and what they have in common (kept so covers() is O(1) even
    // when one client renews thousands of times between two syncs).
    struct Unsynced
    {
        std::vector<Record> records;
        bool sameClientBound = true; // all bound, all for `clientKey`
        QByteArray clientKey;
        qint64 minExpiresAt = 0;
        void add(const Record &record);
        void recompute();
    };
    static bool satisfies(const Record &record, const DhcpLease &lease);

    QHash<quint32, Record> m_onDisk;     // last synced record per address
    QHash<quint32, Unsynced> m_unsynced; // appended after it, in order
};
