#include "core/common/clock.h"

SystemClock::SystemClock()
{
    m_started.start();
}

QDateTime SystemClock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

qint64 SystemClock::monotonicMs() const
{
    return m_started.elapsed();
}
