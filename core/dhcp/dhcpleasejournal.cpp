#include "core/dhcp/dhcpleasejournal.h"

#include "core/common/logging.h"
#include "core/dhcp/dhcpleasestore.h"

DhcpLeaseJournal::DhcpLeaseJournal(std::unique_ptr<DhcpLeaseStore> store, std::function<QList<DhcpLease>()> liveLeases,
                                   int maxSyncWaitMs, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_liveLeases(std::move(liveLeases))
    , m_maxSyncWaitMs(maxSyncWaitMs)
    , m_waitLimit(this)
{
    m_thread.setMaxThreadCount(1);
    m_elapsed.start();
    m_waitLimit.setSingleShot(true);
    m_waitLimit.setTimerType(Qt::PreciseTimer);
    connect(&m_waitLimit, &QTimer::timeout, this, &DhcpLeaseJournal::release);
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
        ++m_acksCovered;
        send();
        return;
    }
    m_waiting.push_back(Waiting{lease, m_store->appendedSeq(), m_elapsed.elapsed(), std::move(send)});
    if (m_maxSyncWaitMs >= 0 && !m_waitLimit.isActive())
        m_waitLimit.start(m_maxSyncWaitMs);
}

void DhcpLeaseJournal::flush()
{
    if (m_store->hasPending()) {
        if (const Result<void> written = m_store->writePending(); !written) {
            m_store->markLost(m_store->appendedSeq());
            withhold(m_store->appendedSeq(), written.error());
        }
    }
    startSync();
}

void DhcpLeaseJournal::startSync()
{
    if (m_syncing || m_store->writtenSeq() <= m_store->durableSeq())
        return;
    m_syncing = true;
    const quint64 seq = m_store->writtenSeq();
    DhcpLeaseStore *store = m_store.get(); // outlives the task: close() waits for it
    m_thread.start([this, store, seq] {
        const Result<void> result = store->sync();
        QMetaObject::invokeMethod(
            this, [this, result, seq] { onSynced(result, seq); }, Qt::QueuedConnection);
    });
}

void DhcpLeaseJournal::onSynced(const Result<void> &result, quint64 seq)
{
    if (!m_syncing)
        return; // closed meanwhile
    m_syncing = false;
    if (result) {
        m_store->markDurable(seq);
    } else {
        m_store->markLost(seq);
        withhold(seq, result.error());
    }
    release();
    if (m_store->wantsCompaction()) {
        // Compaction writes and syncs whatever is appended first, so every waiting ACK is durable once it
        // succeeds.
        if (const Result<void> r = m_store->compact(m_liveLeases()); !r)
            qCWarning(lcDhcp) << "lease journal compaction failed:" << r.error().toLogString();
        else
            release();
    }
    flush();
}

void DhcpLeaseJournal::withhold(quint64 upToSeq, const Error &error)
{
    const auto lost = std::stable_partition(m_waiting.begin(), m_waiting.end(),
                                            [upToSeq](const Waiting &waiting) { return waiting.seq > upToSeq; });
    qCWarning(lcDhcp) << "lease journal write failed, withholding" << (m_waiting.end() - lost)
                      << "ACKs:" << error.toLogString();
    m_waiting.erase(lost, m_waiting.end());
}

void DhcpLeaseJournal::release()
{
    const qint64 now = m_elapsed.elapsed();
    auto mayLeave = [&](const Waiting &w) {
        if (w.seq <= m_store->durableSeq() || m_store->covers(w.lease))
            return true;
        return m_maxSyncWaitMs >= 0 && w.seq <= m_store->writtenSeq() && now - w.sinceMs >= m_maxSyncWaitMs;
    };
    std::vector<Waiting> leaving;
    const auto stillWaiting =
        std::stable_partition(m_waiting.begin(), m_waiting.end(), [&](const Waiting &w) { return !mayLeave(w); });
    std::move(stillWaiting, m_waiting.end(), std::back_inserter(leaving));
    m_waiting.erase(stillWaiting, m_waiting.end());
    for (Waiting &waiting : leaving) {
        if (waiting.seq <= m_store->durableSeq() || m_store->covers(waiting.lease))
            ++m_acksAfterSync;
        else
            ++m_acksAfterWrite;
        waiting.send();
    }
    if (m_maxSyncWaitMs >= 0 && !m_waiting.empty()) {
        const qint64 due = m_waiting.front().sinceMs + m_maxSyncWaitMs - now;
        m_waitLimit.start(int(std::max<qint64>(0, due)));
    }
}

void DhcpLeaseJournal::close()
{
    // A sync in flight finishes first (bounded: one batch), so the journal is never written by two owners.
    m_thread.waitForDone();
    m_syncing = false;
    m_waiting.clear();
    m_waitLimit.stop();
    if (m_store)
        m_store->close();
}
