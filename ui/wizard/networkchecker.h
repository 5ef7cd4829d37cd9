#pragma once

#include "core/common/error.h"
#include "core/dhcp/dhcpforeignprobe.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>

class QThread;

// The wizard's network checks off the GUI thread: binding the server ports for a moment and asking the card for
// other DHCP servers both open sockets, and the GUI thread opens none. One worker thread, started on first use;
// results come back as signals on the GUI thread. A newer request of the same kind supersedes an older one,
// whose result is dropped.
class NetworkChecker : public QObject
{
    Q_OBJECT
public:
    using PortProbe = std::function<Error(quint16 port)>;

    explicit NetworkChecker(QObject *parent = nullptr);
    ~NetworkChecker() override;

    // Runs `probe` for each port on the worker thread (so it must not touch GUI objects); portsChecked() follows.
    void checkPorts(const QList<quint16> &ports, PortProbe probe);
    // Runs a DhcpForeignProbe on the worker thread; scanProgressed() while it listens, then scanFinished().
    void scan(const DhcpForeignProbe::Config &config);
    bool isScanning() const { return m_scanning; }
    bool isCheckingPorts() const { return m_checkingPorts; }

Q_SIGNALS:
    void portsChecked(const QHash<quint16, Error> &results);
    void scanProgressed(int elapsedMs, int totalMs);
    void scanFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error);

private:
    QObject *worker(); // lives on the worker thread

    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
    quint64 m_portsGeneration = 0;
    quint64 m_scanGeneration = 0;
    bool m_checkingPorts = false;
    bool m_scanning = false;
};
