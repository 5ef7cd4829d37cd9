#pragma once

#include "core/common/result.h"

#include <QFile>
#include <QMutex>
#include <QString>

// The rotated log file both executables write (<state dir>/logs/sccp2sip.log). While installed it receives
// every qDebug/qCInfo/... message of the process. Each line is flushed at once so a crash loses nothing.
class LogFile
{
public:
    struct Options
    {
        QString directory; // created if missing
        QString fileName = QStringLiteral("sccp2sip.log");
        qint64 maxBytes = 5 * 1024 * 1024; // rotate beyond this
        int keepRotated = 3;               // sccp2sip.log.1 … .N
        bool echoToStderr = true;          // keep the console stream too
    };

    explicit LogFile(Options options);
    ~LogFile();
    LogFile(const LogFile &) = delete;
    LogFile &operator=(const LogFile &) = delete;

    // Opens the file and installs the message handler. One LogFile may be installed at a time.
    Result<void> install();
    QString filePath() const;

    // Formats and appends one message; public so tests and the handler share one path.
    void write(QtMsgType type, const QMessageLogContext &context, const QString &message);

private:
    static void handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message);
    void rotateLocked();

    Options m_options;
    QFile m_file;
    QMutex m_mutex;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};
