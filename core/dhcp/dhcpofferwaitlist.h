#pragma once

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTimer>

#include <deque>

// DISCOVERs waiting for a probed address, each until its own deadline (then dropped: the client asks again),
// in arrival order. Bounded: full() tells the server to stop holding requests back.
class DhcpOfferWaitList
{
public:
    struct Entry
    {
        QNetworkDatagram datagram;
        qint64 deadlineMs = 0;
    };

    explicit DhcpOfferWaitList(int capacity);

    qint64 nowMs() const { return m_elapsed.elapsed(); }
    bool full() const { return int(m_entries.size()) >= m_capacity; }
    bool empty() const { return m_entries.empty(); }
    void push(const QNetworkDatagram &datagram, qint64 deadlineMs);
    std::deque<Entry> takeAll();
    void clear();

private:
    void expire();
    void arm();

    int m_capacity;
    std::deque<Entry> m_entries;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};
