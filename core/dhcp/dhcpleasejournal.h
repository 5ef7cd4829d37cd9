#pragma once

#include "core/common/result.h"
#include "core/dhcp/dhcplease.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class DhcpLeaseStore;

// The server's side of the lease journal. Records appended during an event-loop turn are written at its end
// (flush()) and synced on one background thread (group commit: one sync covers everything written while the
// previous one ran). An OFFER's record (client, address, an expiry covering an ACK within the offer hold) is
// written when the OFFER leaves, so by the time the REQUEST comes it is often synced: the ACK then leaves at
// once, covered. An ACK not covered waits for the sync holding its own record, but at most maxSyncWaitMs:
// past that it leaves with its record written to the kernel, which a kill -9 cannot lose (a power cut within
// the sync could). maxSyncWaitMs < 0: every uncovered ACK waits for its sync, however long.
class DhcpLeaseJournal : public QObject
{
    Q_OBJECT
public:
    // `store` is open; `liveLeases` gives the bound leases to keep when the journal is compacted.
    DhcpLeaseJournal(std::unique_ptr<DhcpLeaseStore> store, std::function<QList<DhcpLease>()> liveLeases,
                     int maxSyncWaitMs, QObject *parent = nullptr);
    ~DhcpLeaseJournal() override;

    void appendOffered(const DhcpLease &lease);
    void appendFreed(const DhcpLease &lease);
    // Journals a bound lease and runs `send` once the ACK may leave (see above). Never runs it if the write
    // of its record fails.
    void appendBound(const DhcpLease &lease, std::function<void()> send);
    // Writes what was appended and starts syncing it, unless a sync is running (then it follows that one).
    void flush();
    // Waits for the sync in flight, syncs the rest and closes the store. Waiting ACKs are dropped.
    void close();

    int acksWithoutSync() const { return m_acksCovered; }   // covered by an already-synced record
    int acksAfterSync() const { return m_acksAfterSync; }   // waited for their own record's sync
    int acksAfterWrite() const { return m_acksAfterWrite; } // waited maxSyncWaitMs, left with the record written

private:
    struct Waiting
    {
        DhcpLease lease;
        quint64 seq = 0;
        qint64 sinceMs = 0;
        std::function<void()> send;
    };
    void startSync();
    void onSynced(const Result<void> &result, quint64 seq);
    void withhold(quint64 upToSeq, const Error &error);
    void release();

    std::unique_ptr<DhcpLeaseStore> m_store;
    std::function<QList<DhcpLease>()> m_liveLeases;
    int m_maxSyncWaitMs;
    std::vector<Waiting> m_waiting;
    bool m_syncing = false;
    int m_acksCovered = 0;
    int m_acksAfterSync = 0;
    int m_acksAfterWrite = 0;
    QElapsedTimer m_elapsed;
    QTimer m_waitLimit;
    QThreadPool m_thread; // one thread: fdatasync never blocks the event loop, syncs stay ordered
};
