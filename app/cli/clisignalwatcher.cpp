#include "app/cli/clisignalwatcher.h"

#include <QSocketNotifier>
#include <QTimer>

#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
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
volatile std::sig_atomic_t s_signal = 0;

void onSignal(int number)
{
    s_signal = number; // nothing else is safe here; a timer in the event loop picks it up
}
#endif

} // namespace

CliSignalWatcher::CliSignalWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (s_pipe[0] < 0 && ::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
        return;
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
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
#endif
}

CliSignalWatcher::~CliSignalWatcher()
{
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
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
