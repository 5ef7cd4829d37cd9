#pragma once

#include <QElapsedTimer>
#include <QNetworkDatagram>
#include <QTimer>

#include <deque>
#include <functional>

// DISCOVERs waiting for a probed address, each until its own deadline, in arrival order; a request whose deadline
// passes goes to the expiry handler (the server then offers without the probe: the wait is bounded, the client is
// never left unanswered). Bounded in size too: full() tells the server to stop holding requests back.
class DhcpOfferWaitList
{
public:
    struct Entry
    {
        QNetworkDatagram datagram;
        qint64 deadlineMs = 0;
    };

    using ExpiryHandler = std::function<void(const QNetworkDatagram &datagram)>;
    DhcpOfferWaitList(int capacity, ExpiryHandler onExpired);

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
    ExpiryHandler m_onExpired;
    std::deque<Entry> m_entries;
    QElapsedTimer m_elapsed;
    QTimer m_timer;
};
