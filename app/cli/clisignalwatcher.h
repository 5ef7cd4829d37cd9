#pragma once

#include <QObject>

class QSocketNotifier;

// SIGINT/SIGTERM as a Qt signal. On Unix the handler only writes one byte into a pipe (async-signal-safe) and a
// QSocketNotifier brings it into the event loop, where stopping cleanly is allowed. On Windows a console control
// handler (Ctrl+C, Ctrl+Break, close, logoff, shutdown) sets a flag that a timer polls.
class CliSignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit CliSignalWatcher(QObject *parent = nullptr);
    ~CliSignalWatcher() override;

Q_SIGNALS:
    void stopRequested(int signalNumber);

private:
    void onReadable();
    QSocketNotifier *m_notifier = nullptr;
};
