#pragma once

#include <QDateTime>
#include <QElapsedTimer>

// Time as a seam: idle detection, lease expiry, report timestamps and rate limits read time through a Clock
// so tests can move it forward instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    // Wall-clock time, UTC, for reports and lease expiry.
    virtual QDateTime nowUtc() const = 0;
    // Monotonic milliseconds, for durations and timeouts; never jumps with the wall clock.
    virtual qint64 monotonicMs() const = 0;
};

class SystemClock final : public Clock
{
public:
    SystemClock();
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;

private:
    QElapsedTimer m_started;
};
