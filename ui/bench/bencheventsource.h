#pragma once

#include "core/bench/phonerecord.h"
#include "core/common/error.h"
#include "core/common/macaddress.h"

#include <QObject>
#include <QString>

// What the Bench page listens to: the bench's life cycle and its phones' events, as plain values on the GUI
// thread. BenchController implements it over a BenchSession on a worker thread; tests drive the page with a
// fake. start() and stop() return at once; their outcome always arrives as a signal, never inside the call.
class BenchEventSource : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Starting, Running, Stopping };
    Q_ENUM(State)

    using QObject::QObject;

    virtual State state() const = 0;
    // Idle → Starting, then started() (Running) or error() (Idle again).
    virtual void start() = 0;
    // Running or Starting → Stopping, then stopped() (Idle).
    virtual void stop() = 0;

Q_SIGNALS:
    void stateChanged(BenchEventSource::State state);
    void started();
    void stopped();
    // The bench could not start, or stopped on its own (the state says which).
    void error(const Error &error);

    // A phone appeared or changed (BenchSession::phoneChanged).
    void phoneChanged(const PhoneRecord &record);
    // The image set a phone fetches: bytes done of the bundle's total.
    void progressed(const MacAddress &mac, qint64 done, qint64 total);
    // One file's transfer ended; `mac` is invalid when the asker is unknown.
    void transferEnded(const MacAddress &mac, const QString &file, qint64 bytes, qint64 durationMs,
                       const Error &result);
    // Recovered or policy events; `mac` invalid for the bench as a whole (another DHCP server, …).
    void warning(const Error &warning, const MacAddress &mac);
    void reportWritten(const QString &path);
};
