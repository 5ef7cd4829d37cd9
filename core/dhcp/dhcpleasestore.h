#pragma once

#include "core/common/result.h"
#include "core/dhcp/dhcplease.h"
#include "core/dhcp/dhcpleasecoverage.h"

#include <QByteArray>
#include <QFile>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>

// Crash-safe lease memory: an append-only journal ("leases.journal" in the state directory), one checksummed
// text line per bound or freed lease. The server appends during an event-loop turn, writes the records at
// its end and syncs them in the background, so one fdatasync covers many leases (group commit); no ACK
// leaves before its lease is written (see DhcpLeaseJournal for when it also waits for the sync). A torn last
// record was never acknowledged and is dropped on open. The file is
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

    // Each append gets the next record number (appendedSeq()).
    void appendBound(const DhcpLease &lease);
    void appendFreed(const DhcpLease &lease);
    bool hasPending() const { return !m_pending.isEmpty(); }
    // Writes what was appended and waits until it is on disk.
    Result<void> commit();
    // The two halves of commit(), so the server can sync on a worker thread. writePending() on the owner's
    // thread hands the records to the kernel (from then on a kill -9 of the process cannot lose them; only a
    // power cut or kernel crash can); sync() (blocking, one thread at a time, touches nothing the owner uses)
    // makes everything written before it durable; then, on the owner's thread, markDurable() with the
    // writtenSeq() noted before the sync began, or markLost().
    Result<void> writePending();
    Result<void> sync();
    quint64 appendedSeq() const { return m_appendedSeq; }
    quint64 writtenSeq() const { return m_writtenSeq; }
    quint64 durableSeq() const { return m_durableSeq; }
    void markDurable(quint64 seq);
    void markLost(quint64 seq);
    // True when the journal on disk already restores this lease after a crash (see DhcpLeaseCoverage), so an
    // ACK promising it needs no sync of its own.
    bool covers(const DhcpLease &lease) const { return m_coverage.covers(lease); }
    // Tests: runs on the syncing thread right after each sync, to count them or to hold back
    // the news that the records are on disk.
    void setSyncHook(std::function<void()> hook) { m_syncHook = std::move(hook); }

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
    int m_handle = -1;
    QByteArray m_pending;
    qint64 m_writeOffset = 0;
    qint64 m_allocatedEnd = 0;
    int m_records = 0;
    int m_live = 0;
    int m_skippedLines = 0;
    quint64 m_appendedSeq = 0;
    quint64 m_writtenSeq = 0;
    quint64 m_durableSeq = 0;
    DhcpLeaseCoverage m_coverage;
    std::function<void()> m_syncHook;
};
