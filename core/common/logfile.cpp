#include "core/common/logfile.h"

#include <QDir>

#include <atomic>
#include <cstdio>

namespace {
// The message handler is a plain function pointer, so the installed LogFile is reachable only through this
// pointer; it is set and cleared by install() and ~LogFile().
std::atomic<LogFile *> s_installed{nullptr};
const char *const kPattern = "%{time yyyy-MM-ddTHH:mm:ss.zzz} %{if-debug}debug%{endif}%{if-info}info%{endif}"
                             "%{if-warning}warning%{endif}%{if-critical}critical%{endif}%{if-fatal}fatal%{endif} "
                             "%{category}: %{message}";
} // namespace

LogFile::LogFile(Options options)
    : m_options(std::move(options))
{}

LogFile::~LogFile()
{
    if (m_installed) {
        LogFile *self = this;
        if (s_installed.compare_exchange_strong(self, nullptr))
            qInstallMessageHandler(m_previous);
    }
    QMutexLocker lock(&m_mutex);
    m_file.close();
}

QString LogFile::filePath() const
{
    return QDir(m_options.directory).filePath(m_options.fileName);
}

Result<void> LogFile::install()
{
    if (!QDir().mkpath(m_options.directory))
        return Error(ErrorCode::DirectoryUnwritable, m_options.directory);
    {
        QMutexLocker lock(&m_mutex);
        m_file.setFileName(filePath());
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
            return Error(ErrorCode::FileUnwritable, filePath() + QStringLiteral(": ") + m_file.errorString());
    }
    LogFile *expected = nullptr;
    if (!s_installed.compare_exchange_strong(expected, this))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("another log file is already installed"));
    qSetMessagePattern(QString::fromLatin1(kPattern));
    m_previous = qInstallMessageHandler(&LogFile::handleMessage);
    m_installed = true;
    return {};
}

void LogFile::handleMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (LogFile *self = s_installed.load())
        self->write(type, context, message);
}

void LogFile::write(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = qFormatLogMessage(type, context, message);
    const QByteArray utf8 = line.toUtf8() + '\n';
    QMutexLocker lock(&m_mutex);
    if (m_file.isOpen()) {
        if (m_file.size() + utf8.size() > m_options.maxBytes)
            rotateLocked();
        m_file.write(utf8);
        m_file.flush();
    }
    if (m_options.echoToStderr) {
        std::fwrite(utf8.constData(), 1, static_cast<size_t>(utf8.size()), stderr);
        std::fflush(stderr);
    }
}

void LogFile::rotateLocked()
{
    m_file.close();
    const QString base = filePath();
    QFile::remove(base + QLatin1Char('.') + QString::number(m_options.keepRotated));
    for (int i = m_options.keepRotated - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i), base + QLatin1Char('.') + QString::number(i + 1));
    if (m_options.keepRotated >= 1)
        QFile::rename(base, base + QStringLiteral(".1"));
    else
        QFile::remove(base);
    m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text);
}
