#pragma once

#include "core/bench/benchconfig.h"
#include "core/bench/phonerecord.h"
#include "core/common/error.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

class BenchFileSource;
class BenchReport;
class Clock;
class DhcpServer;
class PhoneTracker;
class PhoneVerifier;
class QFileSystemWatcher;
class QTimer;
class TftpServer;
struct TftpReadRequest;
struct TftpTransferStats;

// One bench: our DHCP server (unless off), the TFTP server with the bench's files, a tracker per phone, the
// verifier and the report. The servers' neutral events become stages here. Everything is created in start(), as
// children, so the session can be moved to a worker thread first and every socket lives there; the UI connects
// with queued connections. Signals carry plain values.
class BenchSession : public QObject
{
    Q_OBJECT
public:
    explicit BenchSession(BenchConfig config, QObject *parent = nullptr);
    BenchSession(BenchConfig config, const Clock &clock, QObject *parent = nullptr);
    ~BenchSession() override;

    // Returns at once; started() or error() follows (never inside start()).
    void start();
    // Stops the servers and writes the report; stopped() follows.
    void stop();

    // The getters below read the session's state: call them on its thread (from another one, through
    // QMetaObject::invokeMethod with Qt::BlockingQueuedConnection), or keep a copy from the signals.
    bool isRunning() const { return m_running; }
    QList<PhoneRecord> phones() const;
    quint16 tftpPort() const;
    quint16 dhcpPort() const;
    QString reportPath() const; // empty without a state folder

Q_SIGNALS:
    void started();
    void stopped();
    // A phone appeared or changed: PhoneTracker::phoneChanged, as is.
    void phoneChanged(const PhoneRecord &record);
    // The image set a phone fetches: bytes done of the bundle's total.
    void transferProgressed(const MacAddress &mac, qint64 done, qint64 total);
    void leaseGranted(const MacAddress &mac, const QHostAddress &address);
    // One file's transfer ended: `file` as the phone asked for it; `mac` invalid when the asker is unknown.
    void transferEnded(const MacAddress &mac, const QString &file, qint64 bytes, qint64 durationMs,
                       const Error &result);
    // Recovered or policy events (a refused config, another DHCP server); `mac` invalid for the bench as a whole.
    void warning(const Error &warning, const MacAddress &mac);
    // The bench cannot run (port busy, card missing, another DHCP server): the session has stopped.
    void error(const Error &error);
    void reportWritten(const QString &path);

private:
    struct Transfer
    {
        MacAddress mac; // invalid when the asker is unknown
        QString file;
    };
    Result<void> startServers();
    void onReadRequested(const TftpReadRequest &request);
    void onTransferFinished(quint64 id, const TftpTransferStats &stats);
    void onTransferFailed(quint64 id, const Error &reason);
    bool allowFile(const QString &name, const QHostAddress &client);
    void onWebPageWanted(const MacAddress &mac, const QHostAddress &address, bool conversionDone);
    void watchLibrary();
    void reloadLibrary();
    void scheduleReport();
    void writeReport();
    void fail(const Error &error);

    BenchConfig m_config;
    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    bool m_running = false;
    PhoneTracker *m_tracker = nullptr;
    PhoneVerifier *m_verifier = nullptr;
    DhcpServer *m_dhcp = nullptr;
    TftpServer *m_tftp = nullptr;
    std::unique_ptr<BenchFileSource> m_source; // outlives m_tftp: destroyed after the children
    std::unique_ptr<BenchReport> m_report;
    QTimer *m_tick = nullptr;
    QTimer *m_reportTimer = nullptr;
    QTimer *m_libraryReload = nullptr;
    QFileSystemWatcher *m_libraryWatcher = nullptr;
    QHash<quint64, Transfer> m_transfers;
    QSet<MacAddress> m_verifying;
};
