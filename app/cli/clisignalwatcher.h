#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT/SIGTERM as a Qt signal. The handler only writes one byte into a pipe (async-signal-safe); a
// QSocketNotifier on the other end brings it into the event loop, where stopping cleanly is allowed.
class CliSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CliSignalWatcher(QObject *parent = nullptr);
    ~CliSignalWatcher() override;
    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};
