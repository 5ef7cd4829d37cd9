#pragma once

#include "core/common/clock.h"

// A Clock that only moves when the test says so.
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC));
    QDateTime nowUtc() const override;
    qint64 monotonicMs() const override;
    void advanceMs(qint64 ms);

private:
    QDateTime m_start;
    qint64 m_elapsedMs = 0;
};
