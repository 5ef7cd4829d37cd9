#pragma once

#include "core/common/result.h"
#include "core/dhcp/dhcplease.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

// Crash-safe lease memory: an append-only journal ("leases.journal" in the state directory), one checksummed
// text line per bound or freed lease. The server appends during an event-loop turn and syncs once before
// sending that turn's ACKs, so one fdatasync covers many leases (group commit) and a kill -9 at any
// instant loses no ACKed lease: a torn last record was never acknowledged and is dropped on open. The file is
// zero-filled ahead of the writer so most syncs flush data only. compact() rewrites the live leases to a
// temporary file, syncs it and renames it over the journal.
class DhcpLeaseStore
{
public:
    explicit DhcpLeaseStore(QString directory);
    ~DhcpLeaseStore();
    DhcpLeaseStore(const DhcpLeaseStore &) = delete;
    DhcpLeaseStore &operator=(const DhcpLeaseStore &) = delete;

    // Replays the journal and opens it for appending. Returns the leases it holds (expired ones included:
    // they still give clients their old address back). Corrupt lines are skipped and counted.
    Result<QList<DhcpLease>> open();
    void close();

    void appendBound(const DhcpLease &lease);
    void appendFreed(const DhcpLease &lease);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Writes what was appended and waits until it is on disk.
    Result<void> commit() { return write(takePending()); }
    // The two halves of commit(), so the server can sync on a worker thread: takePending() on the owner's
    // thread, then write() (blocking) on one other thread at a time while the owner keeps appending.
    QByteArray takePending() { return std::exchange(m_pending, {}); }
    Result<void> write(const QByteArray &records);

    // True once the journal holds many more records than live leases.
    bool wantsCompaction() const;
    Result<void> compact(const QList<DhcpLease> &live);

    QString journalPath() const;
    int skippedLines() const { return m_skippedLines; }
    int recordCount() const { return m_records; }

    // Line codec, public for tests and the journal checker.
    static QByteArray encode(const DhcpLease &lease, bool bound);
    static bool decode(const QByteArray &line, DhcpLease &lease, bool &bound);

private:
    Result<void> reopenForAppend(qint64 end);

    QString m_directory;
    QFile m_journal;
    QByteArray m_pending;
    qint64 m_writeOffset = 0;
    qint64 m_allocatedEnd = 0;
    int m_records = 0;
    int m_live = 0;
    int m_skippedLines = 0;
};
