#include "core/tftp/tftptimerqueue.h"

#include "core/common/clock.h"

#include <QTimerEvent>

#include <algorithm>

TftpTimerQueue::TftpTimerQueue(const Clock &clock, Expired expired, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_expired(std::move(expired))
{}

void TftpTimerQueue::wakeAt(quint64 id, qint64 deadlineMs)
{
    m_heap.push({deadlineMs, id});
    // Re-arming costs a trip through the event dispatcher's timer list: only when this deadline comes first.
    if (!m_timer.isActive() || deadlineMs < m_armedForMs)
        rearm(m_clock.monotonicMs());
}

void TftpTimerQueue::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer.timerId()) {
        QObject::timerEvent(event);
        return;
    }
    m_timer.stop();
    const qint64 now = m_clock.monotonicMs();
    // Take the due entries out first: a callback re-arming for "now" must wait for the next event, not loop here.
    std::vector<quint64> due;
    while (!m_heap.empty() && m_heap.top().deadlineMs <= now) {
        due.push_back(m_heap.top().id);
        m_heap.pop();
    }
    for (const quint64 id : due)
        m_expired(id);
    if (!m_timer.isActive())
        rearm(m_clock.monotonicMs());
}

void TftpTimerQueue::rearm(qint64 nowMs)
{
    if (m_heap.empty()) {
        m_timer.stop();
        return;
    }
    m_armedForMs = m_heap.top().deadlineMs;
    // Precise: a coarse timer may fire up to 5 % late, which on a 50 ms retransmit floor is a lost round trip.
    m_timer.start(int(std::clamp<qint64>(m_armedForMs - nowMs, 0, qint64(24) * 3600 * 1000)), Qt::PreciseTimer, this);
}
