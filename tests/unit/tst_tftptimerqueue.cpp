#include "core/tftp/tftptimerqueue.h"
#include "tests/support/fakeclock.h"

#include <QTest>

// The one timer behind every transfer's retransmit deadline, on a fake clock: deadlines come due in order, never
// before the clock says so, and an earlier deadline pulls the timer forward.
class TestTftpTimerQueue : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void expiresInDeadlineOrder();
    void notBeforeItsDeadline();
    void earlierDeadlineRearms();
    void rearmingForNowWaitsForTheNextEvent();

private:
    std::unique_ptr<FakeClock> m_clock;
    std::unique_ptr<TftpTimerQueue> m_queue;
    QList<quint64> m_expired;
    std::function<void(quint64)> m_onExpired;
};

void TestTftpTimerQueue::init()
{
    m_clock = std::make_unique<FakeClock>();
    m_expired.clear();
    m_onExpired = nullptr;
    m_queue = std::make_unique<TftpTimerQueue>(*m_clock, [this](quint64 id) {
        m_expired.append(id);
        if (m_onExpired)
            m_onExpired(id);
    });
}

void TestTftpTimerQueue::expiresInDeadlineOrder()
{
    const qint64 now = m_clock->monotonicMs();
    m_queue->wakeAt(1, now + 30);
    m_queue->wakeAt(2, now + 10);
    m_queue->wakeAt(3, now + 20);
    QCOMPARE(m_queue->pending(), 3);
    m_clock->advanceMs(100);
    QTRY_COMPARE_WITH_TIMEOUT(m_expired, (QList<quint64>{2, 3, 1}), 2000);
    QCOMPARE(m_queue->pending(), 0);
}

void TestTftpTimerQueue::notBeforeItsDeadline()
{
    const qint64 now = m_clock->monotonicMs();
    m_queue->wakeAt(7, now + 50);
    // The real timer fires after ~50 ms, but the clock has not moved: nothing is due yet.
    QTest::qWait(150);
    QVERIFY(m_expired.isEmpty());
    QCOMPARE(m_queue->pending(), 1);
    m_clock->advanceMs(49);
    QTest::qWait(150);
    QVERIFY(m_expired.isEmpty());
    m_clock->advanceMs(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_expired, (QList<quint64>{7}), 2000);
}

void TestTftpTimerQueue::earlierDeadlineRearms()
{
    const qint64 now = m_clock->monotonicMs();
    m_queue->wakeAt(1, now + 60000);
    m_queue->wakeAt(2, now + 20);
    m_clock->advanceMs(20);
    // Well before the first deadline's minute: the timer was pulled forward for the second.
    QTRY_COMPARE_WITH_TIMEOUT(m_expired, (QList<quint64>{2}), 2000);
    QCOMPARE(m_queue->pending(), 1);
}

void TestTftpTimerQueue::rearmingForNowWaitsForTheNextEvent()
{
    // A transfer whose deadline is already due when it re-arms must not spin inside one timer event.
    int calls = 0;
    m_onExpired = [this, &calls](quint64 id) {
        if (++calls < 3)
            m_queue->wakeAt(id, m_clock->monotonicMs());
    };
    m_queue->wakeAt(5, m_clock->monotonicMs());
    QTRY_COMPARE_WITH_TIMEOUT(calls, 3, 2000);
    QCOMPARE(m_expired, (QList<quint64>{5, 5, 5}));
    QCOMPARE(m_queue->pending(), 0);
}

QTEST_GUILESS_MAIN(TestTftpTimerQueue)
#include "tst_tftptimerqueue.moc"
