#include "ui/bench/benchcontroller.h"

#include "core/bench/benchsession.h"
#include "ui/bench/benchpasswordreader.h"
#include "ui/uilogging.h"
#include "ui/wizard/benchsetup.h"

#include <QThread>
#include <QTimer>

namespace {
constexpr int kDefaultStopTimeoutMs = 10000; // the session writes its report on stop: give a slow disk time
constexpr int kCloseWaitMs = 5000;           // the window is closing: a bounded wait is all it gets
} // namespace

BenchController::BenchController(BenchSetup *setup, QObject *parent)
    : BenchEventSource(parent)
    , m_setup(setup)
    , m_passwords(new BenchPasswordReader(this))
    , m_stopTimer(new QTimer(this))
{
    m_stopTimer->setSingleShot(true);
    m_stopTimer->setInterval(kDefaultStopTimeoutMs);
    connect(m_passwords, &BenchPasswordReader::finished, this, &BenchController::passwordsRead);
    connect(m_stopTimer, &QTimer::timeout, this, [this] {
        if (!m_thread)
            return;
        if (m_thread->isFinished()) {
            threadFinished(); // its queued notice is still on the way
            return;
        }
        if (!m_quitting) {
            qCWarning(lcUiWizard) << "The bench did not confirm its stop in time; ending its thread";
            endThread();
            m_stopTimer->start();
            return;
        }
        // A thread that does not end cannot be deleted safely: leave it, the window stays usable, and let it
        // clean up after itself if it ever ends.
        qCWarning(lcUiWizard) << "The bench thread does not end; leaving it behind";
        m_thread->disconnect(this);
        m_thread->setParent(nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        m_thread = nullptr;
        m_session = nullptr;
        threadFinished();
    });
}

BenchController::~BenchController()
{
    if (!m_thread)
        return;
    if (m_session && !m_quitting) {
        // One posted call does both, so the stop (and its report) runs before the loop ends.
        QMetaObject::invokeMethod(
            m_session,
            [session = m_session] {
                session->stop();
                QThread::currentThread()->quit();
            },
            Qt::QueuedConnection);
    } else {
        m_thread->quit();
    }
    m_thread->disconnect(this);
    if (!m_thread->wait(kCloseWaitMs)) {
        qCWarning(lcUiWizard) << "The bench thread did not end while closing; leaving it behind";
        m_thread->setParent(nullptr);
    }
}

void BenchController::setStopTimeoutMs(int ms)
{
    m_stopTimer->setInterval(ms);
}

BenchConfig BenchController::config() const
{
    const BenchSetup::NetworkChoice &choice = m_setup->networkChoice();
    const DhcpServerConfig dhcp = m_setup->dhcpServerConfig();
    BenchConfig config;
    config.interfaceName = choice.interfaceName;
    config.poolFirst = dhcp.poolFirst;
    config.poolLast = dhcp.poolLast;
    config.leaseTimeSecs = dhcp.leaseTimeSecs;
    config.dhcpEnabled = !choice.useExistingDhcp;
    config.allowForeignDhcp = choice.allowForeignServer;
    config.pbx = m_setup->pbxSettings();
    // The PBX page validated both: an address or nothing.
    if (const QHostAddress router(config.pbx.phoneRouter); router.protocol() == QAbstractSocket::IPv4Protocol)
        config.routers << router;
    if (const QHostAddress dns(config.pbx.phoneDnsServer); dns.protocol() == QAbstractSocket::IPv4Protocol)
        config.dnsServers << dns;
    config.inventory = m_setup->inventory();
    config.firmwareLibrary = m_setup->firmwareLibrary().root();
    config.stateDirectory = m_setup->stateDirectory();
    return config;
}

void BenchController::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void BenchController::start()
{
    if (m_state != State::Idle)
        return;
    m_stopRequested = false;
    m_wasRunning = false;
    m_startFailed = false;
    setState(State::Starting);
    m_passwords->start(m_setup->credentialStore(), m_setup->inventory());
}

void BenchController::passwordsRead(const PhoneInventory &inventory, const Error &error)
{
    if (m_stopRequested) {
        setState(State::Idle);
        Q_EMIT stopped();
        return;
    }
    if (error && !m_runWithoutPasswords) {
        setState(State::Idle);
        Q_EMIT this->error(error);
        return;
    }
    if (error)
        qCInfo(lcUiWizard) << "Starting the bench without the passwords the keychain could not give";
    launch(inventory);
}

void BenchController::launch(const PhoneInventory &inventory)
{
    BenchConfig config = this->config();
    config.inventory = inventory;
    if (m_tuner)
        m_tuner(config);
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("bench"));
    m_session = new BenchSession(std::move(config));
    m_session->moveToThread(m_thread);
    // Deleted on its own thread once the loop has ended, whichever way the thread ends.
    connect(m_thread, &QThread::finished, m_session, &QObject::deleteLater);
    // Only the current thread's end counts: a queued notice from an earlier (abandoned) one is ignored.
    connect(m_thread, &QThread::finished, this, [this, thread = m_thread] {
        if (thread == m_thread)
            threadFinished();
    });
    connectSession();
    m_thread->start();
    QMetaObject::invokeMethod(m_session, &BenchSession::start, Qt::QueuedConnection);
}

void BenchController::connectSession()
{
    // Sender and receiver live on different threads: every connection below is queued.
    connect(m_session, &BenchSession::started, this, [this] {
        if (m_state != State::Starting)
            return;
        m_wasRunning = true;
        setState(State::Running);
        Q_EMIT started();
    });
    connect(m_session, &BenchSession::stopped, this, &BenchController::endThread);
    connect(m_session, &BenchSession::error, this, [this](const Error &failure) {
        if (!m_wasRunning)
            m_startFailed = true;
        Q_EMIT error(failure);
        endThread();
    });
    connect(m_session, &BenchSession::phoneChanged, this, &BenchEventSource::phoneChanged);
    connect(m_session, &BenchSession::transferProgressed, this, &BenchEventSource::progressed);
    connect(m_session, &BenchSession::transferEnded, this, &BenchEventSource::transferEnded);
    connect(m_session, &BenchSession::warning, this, &BenchEventSource::warning);
    connect(m_session, &BenchSession::reportWritten, this, &BenchEventSource::reportWritten);
}

void BenchController::stop()
{
    if (m_state == State::Idle || m_state == State::Stopping)
        return;
    m_stopRequested = true;
    setState(State::Stopping);
    if (!m_thread)
        return; // still reading passwords: passwordsRead() ends it
    QMetaObject::invokeMethod(m_session, &BenchSession::stop, Qt::QueuedConnection);
    m_stopTimer->start();
}

void BenchController::endThread()
{
    if (!m_thread || m_quitting)
        return;
    m_quitting = true;
    if (m_state != State::Stopping)
        setState(State::Stopping);
    m_thread->quit();
    if (!m_stopTimer->isActive())
        m_stopTimer->start();
}

void BenchController::threadFinished()
{
    m_stopTimer->stop();
    if (m_thread)
        m_thread->deleteLater();
    m_thread = nullptr;
    m_session = nullptr; // deleted on its thread by QThread::finished
    m_quitting = false;
    setState(State::Idle);
    if (!m_startFailed)
        Q_EMIT stopped();
}
