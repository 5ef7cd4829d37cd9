#pragma once

#include <QBasicTimer>
#include <QObject>

#include <functional>
#include <queue>
#include <vector>

class Clock;

// One timer for every transfer's retransmit deadline: a min-heap of (deadline, transfer id) behind a single
// QBasicTimer, so starting a transfer allocates no QTimer and an ACK (which only moves a deadline) touches no
// timer at all. Entries are hints: an owner whose deadline moved later is woken early and asks again, an id
// that no longer exists is simply ignored, so nothing is ever removed from the middle of the heap.
class TftpTimerQueue : public QObject
{
public:
    using Expired = std::function<void(quint64 id)>;

    TftpTimerQueue(const Clock &clock, Expired expired, QObject *parent = nullptr);

    // Calls expired(id) once, at or after deadlineMs (the clock's monotonic time).
    void wakeAt(quint64 id, qint64 deadlineMs);
    int pending() const { return int(m_heap.size()); }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    struct Entry
    {
        qint64 deadlineMs;
        quint64 id;
        bool operator>(const Entry &other) const { return deadlineMs > other.deadlineMs; }
    };
    void rearm(qint64 nowMs);

    const Clock &m_clock;
    Expired m_expired;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<Entry>> m_heap;
    QBasicTimer m_timer;
    qint64 m_armedForMs = 0;
};
