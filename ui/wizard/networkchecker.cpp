#include "ui/wizard/networkchecker.h"

#include "ui/uilogging.h"

#include <QThread>

namespace {
constexpr int kStopWaitMs = 5000; // a probe is non-blocking: its thread ends as soon as its loop does
}

NetworkChecker::NetworkChecker(QObject *parent)
    : QObject(parent)
{}

NetworkChecker::~NetworkChecker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    if (!m_thread->wait(kStopWaitMs)) {
        qCWarning(lcUiWizard) << "The network check thread did not end; leaving it behind";
        m_thread->setParent(nullptr);
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    }
}

QObject *NetworkChecker::worker()
{
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("network checks"));
        m_worker = new QObject;
        m_worker->moveToThread(m_thread);
        connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
        m_thread->start();
    }
    return m_worker;
}

void NetworkChecker::checkPorts(const QList<quint16> &ports, PortProbe probe)
{
    const quint64 generation = ++m_portsGeneration;
    m_checkingPorts = true;
    QMetaObject::invokeMethod(worker(), [this, generation, ports, probe = std::move(probe)] {
        QHash<quint16, Error> results;
        for (quint16 port : ports)
            results.insert(port, probe ? probe(port) : Error(ErrorCode::SocketError, QStringLiteral("no probe")));
        QMetaObject::invokeMethod(this, [this, generation, results] {
            if (generation != m_portsGeneration)
                return; // superseded
            m_checkingPorts = false;
            Q_EMIT portsChecked(results);
        });
    });
}

void NetworkChecker::scan(const DhcpForeignProbe::Config &config)
{
    const quint64 generation = ++m_scanGeneration;
    m_scanning = true;
    QObject *host = worker();
    QMetaObject::invokeMethod(host, [this, host, generation, config] {
        auto *probe = new DhcpForeignProbe(config, host);
        connect(probe, &DhcpForeignProbe::progressed, host, [this, generation](int elapsed, int total) {
            QMetaObject::invokeMethod(this, [this, generation, elapsed, total] {
                if (generation == m_scanGeneration)
                    Q_EMIT scanProgressed(elapsed, total);
            });
        });
        connect(probe, &DhcpForeignProbe::finished, host,
                [this, generation, probe](const QList<DhcpForeignProbe::Finding> &servers, const Error &error) {
                    probe->deleteLater();
                    QMetaObject::invokeMethod(this, [this, generation, servers, error] {
                        if (generation != m_scanGeneration)
                            return; // the card changed meanwhile: a newer scan answers
                        m_scanning = false;
                        Q_EMIT scanFinished(servers, error);
                    });
                });
        probe->start();
    });
}
