#include "core/dhcp/dhcpleasejournal.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpleasestore.h"

DhcpLeaseJournal::DhcpLeaseJournal(std::unique_ptr<DhcpLeaseStore> store, std::function<QList<DhcpLease>()> liveLeases,
                                   QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_liveLeases(std::move(liveLeases))
{
    m_thread.setMaxThreadCount(1);
}

DhcpLeaseJournal::~DhcpLeaseJournal()
{
    close();
}

void DhcpLeaseJournal::appendOffered(const DhcpLease &lease)
{
    m_store->appendBound(lease);
}

void DhcpLeaseJournal::appendFreed(const DhcpLease &lease)
{
    m_store->appendFreed(lease);
}

void DhcpLeaseJournal::appendBound(const DhcpLease &lease, std::function<void()> send)
{
    // Asked before appending: the new record is not on disk, so only an older synced one can cover the ACK
    // (covers() also checks that nothing appended since could replace that record after a crash).
    const bool covered = m_store->covers(lease);
    m_store->appendBound(lease);
    if (covered) {
        ++m_acksWithoutSync;
        send();
        return;
    }
    m_waiting.push_back(Waiting{lease, m_store->appendedSeq(), std::move(send)});
}

void DhcpLeaseJournal::flush()
{
    if (m_writing || !m_store->hasPending())
        return;
    m_writing = true;
    const quint64 seq = m_store->appendedSeq();
    DhcpLeaseStore *store = m_store.get(); // outlives the task: close() waits for it
    m_thread.start([this, store, seq, records = m_store->takePending()] {
        const Result<void> result = store->write(records);
        QMetaObject::invokeMethod(
            this, [this, result, seq] { onWritten(result, seq); }, Qt::QueuedConnection);
    });
}

void DhcpLeaseJournal::onWritten(const Result<void> &result, quint64 seq)
{
    if (!m_writing)
        return; // closed meanwhile
    m_writing = false;
    if (result) {
        m_store->markDurable(seq);
    } else {
        m_store->markLost(seq);
        const auto lost = std::stable_partition(m_waiting.begin(), m_waiting.end(),
                                                [seq](const Waiting &waiting) { return waiting.seq > seq; });
        qCWarning(lcDhcp) << "lease journal write failed, withholding" << (m_waiting.end() - lost)
                          << "ACKs:" << result.error().toLogString();
        m_waiting.erase(lost, m_waiting.end());
    }
    release();
    if (m_store->wantsCompaction()) {
        // Compaction first syncs whatever is appended, so every waiting ACK is durable once it succeeds.
        if (const Result<void> r = m_store->compact(m_liveLeases()); !r)
            qCWarning(lcDhcp) << "lease journal compaction failed:" << r.error().toLogString();
        else
            release();
    }
    flush();
}

void DhcpLeaseJournal::release()
{
    // A waiting ACK leaves once its own record is synced, or earlier if a synced record already covers it.
    std::vector<Waiting> ready;
    const auto stillWaiting = std::stable_partition(m_waiting.begin(), m_waiting.end(), [this](const Waiting &w) {
        return w.seq > m_store->durableSeq() && !m_store->covers(w.lease);
    });
    std::move(stillWaiting, m_waiting.end(), std::back_inserter(ready));
    m_waiting.erase(stillWaiting, m_waiting.end());
    for (Waiting &waiting : ready) {
        ++m_acksAfterSync;
        waiting.send();
    }
}

void DhcpLeaseJournal::close()
{
    // A sync in flight finishes first (bounded: one batch), so the journal is never written by two owners.
    m_thread.waitForDone();
    m_writing = false;
    m_waiting.clear();
    if (m_store)
        m_store->close();
}
