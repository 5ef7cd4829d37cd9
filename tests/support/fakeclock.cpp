#include "tests/support/fakeclock.h"

FakeClock::FakeClock(QDateTime start)
    : m_start(std::move(start))
{}

QDateTime FakeClock::nowUtc() const
{
    return m_start.addMSecs(m_elapsedMs);
}

qint64 FakeClock::monotonicMs() const
{
    return m_elapsedMs;
}

void FakeClock::advanceMs(qint64 ms)
{
    m_elapsedMs += ms;
}
