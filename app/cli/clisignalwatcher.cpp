#include "app/cli/clisignalwatcher.h"

#include <QSocketNotifier>
#include <QTimer>

#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <windows.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int s_pipe[2] = {-1, -1};

void onSignal(int number)
{
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t written = ::write(s_pipe[1], &byte, 1);
}
#else
volatile std::sig_atomic_t s_signal = 0; // set by the handler; a timer in the event loop picks it up
#endif

#if !defined(Q_OS_UNIX) && !defined(Q_OS_WIN)
void onSignal(int number)
{
    s_signal = number; // nothing else is safe here
}
#endif

#ifdef Q_OS_WIN
// Ctrl+C, Ctrl+Break, the console window's close button, logoff and shutdown all arrive here (on a thread of
// their own). They ask for the same clean stop as SIGINT/SIGTERM on Unix; Windows ends the process anyway a few
// seconds after a close, logoff or shutdown event.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
        s_signal = SIGINT;
        return TRUE;
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        s_signal = SIGTERM;
        return TRUE;
    default:
        return FALSE;
    }
}
#endif

} // namespace

CliSignalWatcher::CliSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    // pipe() and fcntl(): macOS has no pipe2().
    if (s_pipe[0] < 0) {
        if (::pipe(s_pipe) != 0)
            return;
        for (int fd : s_pipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
    }
    m_notifier = new QSocketNotifier(s_pipe[0], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &CliSignalWatcher::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
#else
    auto *poll = new QTimer(this);
    connect(poll, &QTimer::timeout, this, &CliSignalWatcher::onReadable);
    poll->start(200);
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, TRUE);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
#endif
}

CliSignalWatcher::~CliSignalWatcher()
{
#ifdef Q_OS_WIN
    ::SetConsoleCtrlHandler(onConsoleEvent, FALSE);
#else
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
#endif
}

void CliSignalWatcher::onReadable()
{
#ifdef Q_OS_UNIX
    unsigned char byte = 0;
    while (::read(s_pipe[0], &byte, 1) == 1)
        Q_EMIT stopRequested(byte);
#else
    if (const int number = s_signal) {
        s_signal = 0;
        Q_EMIT stopRequested(number);
    }
#endif
}
