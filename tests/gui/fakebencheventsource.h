#pragma once

#include "ui/bench/bencheventsource.h"

#include <QHostAddress>
#include <QTimer>

// A BenchEventSource the test drives by hand: start() and stop() answer on the next event-loop turn, like the
// real controller, and the phone events are emitted when the test says. Header-only, for the gui suites.
class FakeBenchEventSource final : public BenchEventSource
{
public:
    explicit FakeBenchEventSource(QObject *parent = nullptr)
        : BenchEventSource(parent)
    {}

    State state() const override { return m_state; }
    void start() override
    {
        if (m_state != State::Idle)
            return;
        ++startCalls;
        setState(State::Starting);
        QTimer::singleShot(0, this, [this] {
            if (m_state != State::Starting)
                return;
            setState(State::Running);
            Q_EMIT started();
        });
    }
    void stop() override
    {
        if (m_state == State::Idle || m_state == State::Stopping)
            return;
        ++stopCalls;
        setState(State::Stopping);
        QTimer::singleShot(0, this, [this] {
            setState(State::Idle);
            Q_EMIT stopped();
        });
    }
    // A start that fails, as a busy port does.
    void failStart(const Error &failure)
    {
        setState(State::Idle);
        Q_EMIT error(failure);
    }

    static PhoneRecord phone(int index, PhoneStage stage, const QString &model = QStringLiteral("7941"))
    {
        PhoneRecord record;
        record.mac = *MacAddress::parse(QStringLiteral("00:1e:4a:00:00:%1").arg(index, 2, 16, QLatin1Char('0')));
        record.modelId = model;
        record.familyId = QStringLiteral("SIP") + model.mid(2);
        record.ip = QHostAddress(QStringLiteral("10.231.0.%1").arg(50 + index));
        record.stage = stage;
        record.history.append({QDateTime(QDate(2026, 11, 24), QTime(5, 0), Qt::UTC), PhoneStage::Detected, {}});
        if (stage != PhoneStage::Detected)
            record.history.append({QDateTime(QDate(2026, 11, 24), QTime(5, 1), Qt::UTC), stage, {}});
        return record;
    }

    int startCalls = 0;
    int stopCalls = 0;

private:
    void setState(State state)
    {
        m_state = state;
        Q_EMIT stateChanged(state);
    }
    State m_state = State::Idle;
};
