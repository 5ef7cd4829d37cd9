#pragma once

#include "core/common/result.h"
#include "core/dhcp/dhcplease.h"

#include <QList>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>
#include <vector>

class DhcpLeaseStore;

// The server's side of the lease journal: appends records, syncs them on one background thread (group commit:
// one sync covers everything appended while the previous one ran), and lets an ACK leave only once a kill -9
// can no longer lose its lease. An OFFER's record (the client, the address, an expiry covering an ACK within
// the offer hold) is appended when the OFFER leaves and synced in the background, so the ACK that follows
// usually finds its lease already on disk and leaves at once; otherwise it waits for the sync that holds it.
class DhcpLeaseJournal : public QObject
{
    Q_OBJECT
public:
    // `store` is open; `liveLeases` gives the bound leases to keep when the journal is compacted.
    DhcpLeaseJournal(std::unique_ptr<DhcpLeaseStore> store, std::function<QList<DhcpLease>()> liveLeases,
                     QObject *parent = nullptr);
    ~DhcpLeaseJournal() override;

    void appendOffered(const DhcpLease &lease);
    void appendFreed(const DhcpLease &lease);
    // Journals a bound lease and runs `send` once a crash cannot lose it: at once when a synced record already
    // restores the lease, else after the sync holding this record. Never runs it if that write fails.
    void appendBound(const DhcpLease &lease, std::function<void()> send);
    // Starts syncing what was appended, unless a sync is running (what it missed follows it).
    void flush();
    // Waits for the sync in flight, syncs the rest and closes the store. Waiting ACKs are dropped.
    void close();

    int acksWithoutSync() const { return m_acksWithoutSync; }
    int acksAfterSync() const { return m_acksAfterSync; }
    DhcpLeaseStore &store() { return *m_store; }

private:
    struct Waiting
    {
        DhcpLease lease;
        quint64 seq = 0;
        std::function<void()> send;
    };
    void onWritten(const Result<void> &result, quint64 seq);
    void release();

    std::unique_ptr<DhcpLeaseStore> m_store;
    std::function<QList<DhcpLease>()> m_liveLeases;
    std::vector<Waiting> m_waiting;
    bool m_writing = false;
    int m_acksWithoutSync = 0;
    int m_acksAfterSync = 0;
    QThreadPool m_thread; // one thread: fdatasync never blocks the event loop, writes stay ordered
};
