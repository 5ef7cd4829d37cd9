#include "tests/support/netnsfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <atomic>
#include <csignal>
#include <fcntl.h>
#include <sched.h>
#include <sys/types.h>
#include <unistd.h>

namespace {
std::atomic<int> s_counter{0};
const QString kIp = QStringLiteral("ip");
} // namespace

QString NetnsFixture::RunResult::describe() const
{
    if (!started)
        return QStringLiteral("could not start: ") + QString::fromLocal8Bit(standardError);
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(exitCode)
        .arg(timedOut ? QStringLiteral(" (timed out)") : QString())
        .arg(QString::fromLocal8Bit(standardOutput.right(4000)), QString::fromLocal8Bit(standardError.right(4000)));
}

NetnsFixture::NetnsFixture()
    : NetnsFixture(Options{})
{}

NetnsFixture::NetnsFixture(Options options)
    : m_options(std::move(options))
{
    // Names carry our pid so a later run can tell which leftovers belong to dead processes. Interface names
    // must stay within 15 characters.
    const QString tag = QStringLiteral("s2s%1x%2").arg(::getpid()).arg(s_counter.fetch_add(1));
    m_serverNs = tag + QStringLiteral("-srv");
    m_clientNs = tag + QStringLiteral("-cli");
    m_serverIf = tag + QLatin1Char('a');
    m_clientIf = tag + QLatin1Char('b');
}

NetnsFixture::~NetnsFixture()
{
    tearDown();
}

bool NetnsFixture::isRoot()
{
    return ::geteuid() == 0;
}

NetnsFixture::RunResult NetnsFixture::runOnHost(const QStringList &argv, int timeoutMs)
{
    RunResult result;
    if (argv.isEmpty())
        return result;
    QProcess process;
    process.start(argv.first(), argv.mid(1));
    if (!process.waitForStarted(5000)) {
        result.standardError = process.errorString().toLocal8Bit();
        return result;
    }
    result.started = true;
    if (!process.waitForFinished(timeoutMs)) {
        result.timedOut = true;
        process.kill();
        process.waitForFinished(2000);
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.standardOutput = process.readAllStandardOutput();
    result.standardError = process.readAllStandardError();
    return result;
}

bool NetnsFixture::step(const QStringList &argv)
{
    const RunResult result = runOnHost(argv);
    if (result.succeeded())
        return true;
    m_lastError = argv.join(QLatin1Char(' ')) + QStringLiteral(": ") + result.describe();
    return false;
}

void NetnsFixture::removeStaleNamespaces()
{
    const RunResult list = runOnHost({kIp, QStringLiteral("netns"), QStringLiteral("list")});
    static const QRegularExpression ours(QStringLiteral("^(s2s(\\d+)x\\d+-(srv|cli|p\\d+))\\b"));
    for (const QString &line : QString::fromLocal8Bit(list.standardOutput).split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch match = ours.match(line.trimmed());
        if (!match.hasMatch())
            continue;
        const qint64 pid = match.captured(2).toLongLong();
        if (pid == ::getpid() || QDir(QStringLiteral("/proc/%1").arg(pid)).exists())
            continue;
        runOnHost({kIp, QStringLiteral("netns"), QStringLiteral("del"), match.captured(1)});
    }
}

bool NetnsFixture::setUp()
{
    if (!isRoot()) {
        m_lastError = QStringLiteral("not root");
        return false;
    }
    removeStaleNamespaces();
    m_created = true; // from here on, tearDown() has something to undo
    const QString prefix = QLatin1Char('/') + QString::number(m_options.prefixLength);
    const QStringList netns = {kIp, QStringLiteral("netns")};
    bool ok =
        step(netns + QStringList{QStringLiteral("add"), m_serverNs}) &&
        step(netns + QStringList{QStringLiteral("add"), m_clientNs}) &&
        step({kIp, QStringLiteral("link"), QStringLiteral("add"), m_serverIf, QStringLiteral("type"),
              QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"), m_clientIf}) &&
        step({kIp, QStringLiteral("link"), QStringLiteral("set"), m_serverIf, QStringLiteral("netns"), m_serverNs}) &&
        step({kIp, QStringLiteral("link"), QStringLiteral("set"), m_clientIf, QStringLiteral("netns"), m_clientNs}) &&
        step({kIp, QStringLiteral("-n"), m_serverNs, QStringLiteral("addr"), QStringLiteral("add"),
              m_options.serverAddress + prefix, QStringLiteral("dev"), m_serverIf}) &&
        step({kIp, QStringLiteral("-n"), m_serverNs, QStringLiteral("link"), QStringLiteral("set"), m_serverIf,
              QStringLiteral("up")}) &&
        step({kIp, QStringLiteral("-n"), m_serverNs, QStringLiteral("link"), QStringLiteral("set"),
              QStringLiteral("lo"), QStringLiteral("up")}) &&
        step({kIp, QStringLiteral("-n"), m_clientNs, QStringLiteral("link"), QStringLiteral("set"),
              QStringLiteral("lo"), QStringLiteral("up")});
    if (ok && !m_options.clientMac.isEmpty())
        ok = step({kIp, QStringLiteral("-n"), m_clientNs, QStringLiteral("link"), QStringLiteral("set"), m_clientIf,
                   QStringLiteral("address"), m_options.clientMac});
    if (ok && !m_options.clientAddress.isEmpty())
        ok = step({kIp, QStringLiteral("-n"), m_clientNs, QStringLiteral("addr"), QStringLiteral("add"),
                   m_options.clientAddress + prefix, QStringLiteral("dev"), m_clientIf});
    if (ok)
        ok = step({kIp, QStringLiteral("-n"), m_clientNs, QStringLiteral("link"), QStringLiteral("set"), m_clientIf,
                   QStringLiteral("up")});
    if (ok && !m_options.phoneMacs.isEmpty())
        ok = setUpPhones();
    if (!ok)
        tearDown();
    return ok;
}

bool NetnsFixture::enterServerNamespace()
{
    if (!m_created) {
        m_lastError = QStringLiteral("enterServerNamespace() before setUp()");
        return false;
    }
    const QByteArray target = QStringLiteral("/var/run/netns/%1").arg(m_serverNs).toLocal8Bit();
    const int targetFd = ::open(target.constData(), O_RDONLY | O_CLOEXEC);
    if (targetFd < 0) {
        m_lastError = QStringLiteral("cannot open ") + QString::fromLocal8Bit(target);
        return false;
    }
    if (m_originalNamespaceFd < 0)
        m_originalNamespaceFd = ::open("/proc/thread-self/ns/net", O_RDONLY | O_CLOEXEC);
    const bool entered = ::setns(targetFd, CLONE_NEWNET) == 0;
    ::close(targetFd);
    if (!entered)
        m_lastError = QStringLiteral("setns into %1 failed").arg(m_serverNs);
    return entered;
}

void NetnsFixture::tearDown()
{
    for (auto &process : m_processes) {
        if (process->state() != QProcess::NotRunning) {
            process->terminate();
            if (!process->waitForFinished(2000)) {
                process->kill();
                process->waitForFinished(2000);
            }
        }
    }
    m_processes.clear();
    if (m_originalNamespaceFd >= 0) {
        ::setns(m_originalNamespaceFd, CLONE_NEWNET);
        ::close(m_originalNamespaceFd);
        m_originalNamespaceFd = -1;
    }
    if (!m_created)
        return;
    m_created = false;
    for (const QString &ns : allNamespaces()) {
        // Daemons that forked away from our QProcess (dhclient, dnsmasq) still live in the namespace.
        const RunResult pids = runOnHost({kIp, QStringLiteral("netns"), QStringLiteral("pids"), ns});
        for (const QByteArray &pid : pids.standardOutput.split('\n')) {
            bool isNumber = false;
            const int value = pid.trimmed().toInt(&isNumber);
            if (isNumber && value > 1)
                ::kill(value, SIGKILL);
        }
        runOnHost({kIp, QStringLiteral("netns"), QStringLiteral("del"), ns});
    }
}

QString NetnsFixture::phoneNamespace(int index) const
{
    return m_serverNs.chopped(3) + QStringLiteral("p%1").arg(index);
}

QString NetnsFixture::phoneInterface(int index) const
{
    Q_UNUSED(index)
    return QStringLiteral("eth0"); // the veth is created inside the phone's namespace, so names never collide
}

QStringList NetnsFixture::allNamespaces() const
{
    QStringList namespaces{m_serverNs, m_clientNs};
    for (int i = 0; i < phoneCount(); ++i)
        namespaces << phoneNamespace(i);
    return namespaces;
}

bool NetnsFixture::setUpPhones()
{
    // The bridge takes over the server address, and the classic client's veth joins it, so both setups coexist.
    m_bridgeIf = QStringLiteral("s2sbr");
    const QString prefix = m_options.serverAddress + QLatin1Char('/') + QString::number(m_options.prefixLength);
    const QStringList inServer = {kIp, QStringLiteral("-n"), m_serverNs};
    bool ok =
        step(inServer + QStringList{QStringLiteral("link"), QStringLiteral("add"), m_bridgeIf, QStringLiteral("type"),
                                    QStringLiteral("bridge")}) &&
        step(inServer +
             QStringList{QStringLiteral("addr"), QStringLiteral("del"), prefix, QStringLiteral("dev"), m_serverIf}) &&
        step(inServer + QStringList{QStringLiteral("link"), QStringLiteral("set"), m_serverIf, QStringLiteral("master"),
                                    m_bridgeIf}) &&
        step(inServer +
             QStringList{QStringLiteral("addr"), QStringLiteral("add"), prefix, QStringLiteral("dev"), m_bridgeIf}) &&
        step(inServer + QStringList{QStringLiteral("link"), QStringLiteral("set"), m_bridgeIf, QStringLiteral("up")});
    for (int i = 0; ok && i < phoneCount(); ++i) {
        const QString ns = phoneNamespace(i);
        const QString port = QStringLiteral("s2sp%1").arg(i);
        const QStringList inPhone = {kIp, QStringLiteral("-n"), ns};
        ok = step({kIp, QStringLiteral("netns"), QStringLiteral("add"), ns}) &&
             step({kIp, QStringLiteral("link"), QStringLiteral("add"), port, QStringLiteral("netns"), m_serverNs,
                   QStringLiteral("type"), QStringLiteral("veth"), QStringLiteral("peer"), QStringLiteral("name"),
                   phoneInterface(i), QStringLiteral("netns"), ns}) &&
             step(inServer + QStringList{QStringLiteral("link"), QStringLiteral("set"), port, QStringLiteral("master"),
                                         m_bridgeIf, QStringLiteral("up")}) &&
             step(inPhone + QStringList{QStringLiteral("link"), QStringLiteral("set"), phoneInterface(i),
                                        QStringLiteral("address"), phoneMac(i), QStringLiteral("up")}) &&
             step(inPhone + QStringList{QStringLiteral("link"), QStringLiteral("set"), QStringLiteral("lo"),
                                        QStringLiteral("up")});
    }
    return ok;
}

NetnsFixture::RunResult NetnsFixture::runInPhone(int index, const QStringList &argv, int timeoutMs) const
{
    return runIn(phoneNamespace(index), argv, timeoutMs);
}

QProcess *NetnsFixture::startInPhone(int index, const QStringList &argv)
{
    return startIn(phoneNamespace(index), argv);
}

NetnsFixture::RunResult NetnsFixture::runIn(const QString &ns, const QStringList &argv, int timeoutMs) const
{
    return runOnHost(QStringList{kIp, QStringLiteral("netns"), QStringLiteral("exec"), ns} + argv, timeoutMs);
}

QProcess *NetnsFixture::startIn(const QString &ns, const QStringList &argv)
{
    auto process = std::make_unique<QProcess>();
    process->start(kIp, QStringList{QStringLiteral("netns"), QStringLiteral("exec"), ns} + argv);
    process->waitForStarted(5000);
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

NetnsFixture::RunResult NetnsFixture::runInServer(const QStringList &argv, int timeoutMs) const
{
    return runIn(m_serverNs, argv, timeoutMs);
}

NetnsFixture::RunResult NetnsFixture::runInClient(const QStringList &argv, int timeoutMs) const
{
    return runIn(m_clientNs, argv, timeoutMs);
}

QProcess *NetnsFixture::startInServer(const QStringList &argv)
{
    return startIn(m_serverNs, argv);
}

QProcess *NetnsFixture::startInClient(const QStringList &argv)
{
    return startIn(m_clientNs, argv);
}
