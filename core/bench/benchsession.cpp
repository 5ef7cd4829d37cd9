#include "core/bench/benchsession.h"

#include "core/bench/benchfilesource.h"
#include "core/bench/benchreport.h"
#include "core/bench/pbxhostplan.h"
#include "core/bench/phonesonlyadmission.h"
#include "core/bench/phonetracker.h"
#include "core/bench/phoneverifier.h"
#include "core/common/clock.h"
#include "core/common/logging.h"
#include "core/dhcp/dhcpserver.h"
#include "core/net/networkinterfaceinfo.h"
#include "core/tftp/tftpserver.h"

#include <QDir>
#include <QFileSystemWatcher>
#include <QTimer>

namespace {
constexpr int kTickMs = 1000;
constexpr int kReportDelayMs = 100; // coalesces a burst of changes into one write
} // namespace

BenchSession::BenchSession(BenchConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(*m_ownClock)
{}

BenchSession::BenchSession(BenchConfig config, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_clock(clock)
{}

BenchSession::~BenchSession()
{
    delete m_tftp; // it reads from m_source, a member destroyed before the children
    m_tftp = nullptr;
}

QList<PhoneRecord> BenchSession::phones() const
{
    return m_tracker ? m_tracker->records() : QList<PhoneRecord>();
}

quint16 BenchSession::tftpPort() const
{
    return m_tftp ? m_tftp->port() : 0;
}

quint16 BenchSession::dhcpPort() const
{
    return m_dhcp ? m_dhcp->port() : 0;
}

QString BenchSession::reportPath() const
{
    return m_report ? m_report->jsonPath() : QString();
}

void BenchSession::start()
{
    if (m_running || m_tftp)
        return;
    if (Result<void> ok = startServers(); !ok) {
        const Error failure = ok.error();
        QMetaObject::invokeMethod(
            this, [this, failure] { fail(failure); }, Qt::QueuedConnection);
        return;
    }
    m_running = true;
    if (!m_dhcp)
        QMetaObject::invokeMethod(this, &BenchSession::started, Qt::QueuedConnection);
}

Result<void> BenchSession::startServers()
{
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog)
        return catalog.error();
    FirmwareLibrary library(m_config.firmwareLibrary, *catalog);
    if (Result<void> loaded = library.reload(); !loaded)
        return loaded.error();
    QHostAddress address = m_config.listenAddress;
    if (address.isNull() && !m_config.interfaceName.isEmpty()) {
        const Result<NetworkInterfaceInfo> card = NetworkInterfaceInfo::find(m_config.interfaceName);
        if (!card)
            return card.error();
        address = card->ipv4;
    }
    if (address.isNull())
        address = QHostAddress(QHostAddress::AnyIPv4);
    // A PBX host name is settled before any phone is served: the phones look it up only through the DNS servers
    // they are handed, so without those the configs carry the address found here. Blocking lookup: the session
    // runs on its own thread in the wizard, and before the event loop in the CLI.
    const Result<PbxHostPlan> pbxPlan =
        PbxHostPlan::make(m_config.pbx.host, m_config.dnsServers, PbxHostPlan::systemLookup);
    if (!pbxPlan)
        return pbxPlan.error();
    m_config.pbx.host = pbxPlan->configHost();

    m_tracker =
        new PhoneTracker(*catalog, library, m_clock, {m_config.trustListHintAfterMs, m_config.idleAfterMs}, this);
    m_tracker->setLearnAddressesFromNames(!m_config.dhcpEnabled);
    connect(m_tracker, &PhoneTracker::phoneChanged, this, &BenchSession::phoneChanged);
    connect(m_tracker, &PhoneTracker::phoneChanged, this, &BenchSession::scheduleReport);
    connect(m_tracker, &PhoneTracker::transferProgressed, this, &BenchSession::transferProgressed);
    connect(m_tracker, &PhoneTracker::webPageWanted, this, &BenchSession::onWebPageWanted);

    if (!m_config.stateDirectory.isEmpty()) {
        m_report = std::make_unique<BenchReport>(m_config.stateDirectory);
        const Result<QList<PhoneRecord>> previous = m_report->load();
        if (previous) {
            for (const PhoneRecord &record : *previous)
                m_tracker->restore(record);
        } else {
            qCWarning(lcBench) << "previous report unreadable, starting afresh:" << previous.error().toLogString();
        }
    }

    m_verifier = new PhoneVerifier(this);
    m_verifier->setOptions(
        {m_config.httpPort, m_config.verifyTimeoutMs, m_config.verifyAttempts, m_config.verifyRetryMs});
    connect(m_verifier, &PhoneVerifier::read, this, [this](const MacAddress &mac, const PhoneDeviceInfo &info) {
        m_tracker->webPageRead(mac, info, m_verifying.remove(mac));
    });
    connect(m_verifier, &PhoneVerifier::failed, this, [this](const MacAddress &mac, const Error &failure) {
        if (m_verifying.remove(mac))
            m_tracker->webPageFailed(mac, failure);
    });

    m_source = std::make_unique<BenchFileSource>(
        ProvisioningFiles(*catalog, library, m_config.pbx, m_config.inventory),
        [this](const QHostAddress &client, const std::optional<MacAddress> &named) {
            std::optional<MacAddress> mac = m_tracker->macForAddress(client);
            if (!mac)
                mac = named;
            const std::optional<PhoneRecord> record = mac ? m_tracker->record(*mac) : std::nullopt;
            if (!record)
                return ProvisioningFiles::Asker{};
            return ProvisioningFiles::Asker{mac, record->modelId, record->familyId, m_tracker->loadToServe(*mac)};
        });
    TftpServer::Config tftp;
    tftp.address = address;
    tftp.port = m_config.tftpPort;
    tftp.source = m_source.get();
    tftp.clock = &m_clock;
    m_tftp = new TftpServer(tftp, this);
    m_tftp->setAccessPolicy(
        [this](const QString &name, const QHostAddress &client) { return allowFile(name, client); });
    connect(m_tftp, &TftpServer::readRequested, this, &BenchSession::onReadRequested);
    connect(m_tftp, &TftpServer::progress, this, [this](quint64 id, qint64 bytes, qint64) {
        const Transfer transfer = m_transfers.value(id);
        if (transfer.mac.isValid())
            m_tracker->fileProgressed(transfer.mac, transfer.file, bytes);
    });
    connect(m_tftp, &TftpServer::finished, this, &BenchSession::onTransferFinished);
    connect(m_tftp, &TftpServer::failed, this, &BenchSession::onTransferFailed);
    if (Result<void> bound = m_tftp->start(); !bound)
        return bound.error();

    if (m_config.dhcpEnabled) {
        DhcpServerConfig dhcp;
        dhcp.interface = m_config.interfaceName.isEmpty() ? m_config.listenAddress.toString() : m_config.interfaceName;
        dhcp.port = m_config.dhcpPort;
        dhcp.poolFirst = m_config.poolFirst;
        dhcp.poolLast = m_config.poolLast;
        dhcp.leaseTimeSecs = m_config.leaseTimeSecs;
        dhcp.routers = m_config.routers;
        dhcp.dnsServers = m_config.dnsServers;
        dhcp.stateDirectory = m_config.stateDirectory;
        if (m_config.phonesOnly)
            dhcp.admit = phonesOnlyAdmission();
        dhcp.allowForeignServer = m_config.allowForeignDhcp;
        dhcp.probeForeignServers = m_config.probeForeignDhcp;
        dhcp.watchForeignServers = m_config.probeForeignDhcp;
        m_dhcp = new DhcpServer(dhcp, m_clock, this);
        connect(m_dhcp, &DhcpServer::serving, this, &BenchSession::started);
        connect(m_dhcp, &DhcpServer::failed, this, &BenchSession::fail);
        connect(m_dhcp, &DhcpServer::clientSeen, m_tracker, &PhoneTracker::dhcpSeen);
        connect(m_dhcp, &DhcpServer::leased, this, [this](const MacAddress &mac, const QHostAddress &ip) {
            m_tracker->leased(mac, ip);
            Q_EMIT leaseGranted(mac, ip);
        });
        connect(m_dhcp, &DhcpServer::declined, this, [this](const MacAddress &mac, const QHostAddress &ip) {
            m_tracker->addressDeclined(mac, ip);
            Q_EMIT warning(Error(ErrorCode::DhcpAddressDeclined, ip.toString()), mac);
        });
        connect(m_dhcp, &DhcpServer::foreignServerSeen, this, [this](const QHostAddress &server, const MacAddress &) {
            Q_EMIT warning(Error(ErrorCode::DhcpForeignServer, server.toString()), MacAddress());
        });
        connect(m_dhcp, &DhcpServer::poolExhausted, this, [this](const MacAddress &mac) {
            Q_EMIT warning(Error(ErrorCode::DhcpPoolExhausted, mac.toColon()), mac);
        });
        if (Result<void> bound = m_dhcp->start(); !bound)
            return bound.error();
        // Leases from the journal of an earlier run: those phones keep their addresses and their configs.
        for (const DhcpLease &lease : m_dhcp->leases()) {
            if (lease.state == DhcpLease::State::Bound)
                m_tracker->knowLease(lease.mac, QHostAddress(lease.address));
        }
    }

    watchLibrary();
    m_tick = new QTimer(this);
    m_tick->setInterval(kTickMs);
    connect(m_tick, &QTimer::timeout, m_tracker, &PhoneTracker::tick);
    m_tick->start();
    m_reportTimer = new QTimer(this);
    m_reportTimer->setSingleShot(true);
    m_reportTimer->setInterval(kReportDelayMs);
    connect(m_reportTimer, &QTimer::timeout, this, &BenchSession::writeReport);
    qCInfo(lcBench) << "bench on" << address.toString() << "TFTP port" << m_tftp->port() << "DHCP"
                    << (m_dhcp ? QString::number(m_dhcp->port()) : QStringLiteral("off"));
    return {};
}

void BenchSession::stop()
{
    if (m_tick)
        m_tick->stop();
    if (m_libraryReload)
        m_libraryReload->stop();
    // A stopped bench reloads nothing. Releasing the directory watch now, not at exit, also ends the watcher's
    // OS thread while the event loop still runs: under Wine a live one kept the process from exiting.
    delete m_libraryWatcher;
    m_libraryWatcher = nullptr;
    if (m_dhcp)
        m_dhcp->stop();
    if (m_tftp)
        m_tftp->stop();
    if (m_tracker)
        writeReport();
    const bool wasRunning = m_running;
    m_running = false;
    if (wasRunning)
        QMetaObject::invokeMethod(this, &BenchSession::stopped, Qt::QueuedConnection);
}

void BenchSession::fail(const Error &failure)
{
    qCWarning(lcBench) << "bench stopped:" << failure.toLogString();
    stop();
    Q_EMIT error(failure);
}

void BenchSession::onReadRequested(const TftpReadRequest &request)
{
    const QString name = request.name.isEmpty() ? request.requestedName : request.name;
    const std::optional<MacAddress> mac = m_tracker->requestSeen(request.client, name);
    m_transfers.insert(request.transferId, {mac.value_or(MacAddress()), name});
}

void BenchSession::onTransferFinished(quint64 id, const TftpTransferStats &stats)
{
    const Transfer transfer = m_transfers.take(id);
    // The name the phone asked for: the library's folder layout is nobody's business on the event stream.
    Q_EMIT transferEnded(transfer.mac, transfer.file.isEmpty() ? stats.name : transfer.file, stats.bytes,
                         stats.durationMs, Error());
    if (transfer.mac.isValid())
        m_tracker->transferFinished(transfer.mac, stats.name, stats.bytes, true);
}

void BenchSession::onTransferFailed(quint64 id, const Error &reason)
{
    const Transfer transfer = m_transfers.take(id);
    Q_EMIT transferEnded(transfer.mac, transfer.file, 0, 0, reason);
    // Misses (trust-list probes, locale files) and refusals are normal on a bench, not transfer faults.
    const bool fault = reason.code() != ErrorCode::FileNotFound && reason.code() != ErrorCode::TftpAccessDenied &&
                       reason.code() != ErrorCode::TftpNameRefused;
    if (transfer.mac.isValid() && fault)
        m_tracker->transferFinished(transfer.mac, transfer.file, 0, false);
}

bool BenchSession::allowFile(const QString &name, const QHostAddress &client)
{
    const std::optional<MacAddress> owner = ProvisioningFiles::configOwner(name);
    if (!owner)
        return true;
    bool claimed = false;
    if (m_tracker->mayReceiveConfig(*owner, client, &claimed)) {
        if (claimed)
            Q_EMIT warning(Error(ErrorCode::PhoneConfigClaimed, client.toString()), *owner);
        return true;
    }
    qCWarning(lcBench) << name << "refused to" << client.toString();
    m_tracker->refused(*owner, client);
    Q_EMIT warning(Error(ErrorCode::PhoneConfigRefused, QStringLiteral("%1 asked by %2").arg(name, client.toString())),
                   *owner);
    return false;
}

void BenchSession::watchLibrary()
{
    // A bundle imported while the bench runs (the wizard's Firmware page, or another import into the same
    // library) lands as a new folder: reload once the writes settle, and hand the library to whoever serves.
    m_libraryReload = new QTimer(this);
    m_libraryReload->setSingleShot(true);
    m_libraryReload->setInterval(1000);
    connect(m_libraryReload, &QTimer::timeout, this, &BenchSession::reloadLibrary);
    m_libraryWatcher = new QFileSystemWatcher(this);
    if (!QDir().mkpath(m_config.firmwareLibrary) || !m_libraryWatcher->addPath(m_config.firmwareLibrary))
        qCWarning(lcBench) << "cannot watch the firmware library" << m_config.firmwareLibrary
                           << "; bundles imported now are used from the next start";
    connect(m_libraryWatcher, &QFileSystemWatcher::directoryChanged, m_libraryReload, qOverload<>(&QTimer::start));
}

void BenchSession::reloadLibrary()
{
    if (!m_source || !m_tracker)
        return;
    FirmwareLibrary library = m_source->library();
    if (Result<void> loaded = library.reload(); !loaded) {
        qCWarning(lcBench) << "firmware library reload failed:" << loaded.error().toLogString();
        return;
    }
    qCInfo(lcBench) << "firmware library changed:" << library.bundles().size() << "bundles";
    m_source->setLibrary(library);
    m_tracker->setLibrary(std::move(library));
}

void BenchSession::onWebPageWanted(const MacAddress &mac, const QHostAddress &address, bool conversionDone)
{
    if (!m_config.verify)
        return;
    if (conversionDone) {
        if (m_verifying.contains(mac))
            return; // its page is being read already
        m_verifying.insert(mac);
        m_verifier->request(mac, address);
    } else if (!m_verifying.contains(mac)) {
        m_verifier->request(mac, address, 1); // a hint only: the old load, serial
    }
}

void BenchSession::scheduleReport()
{
    if (m_report && m_reportTimer && !m_reportTimer->isActive())
        m_reportTimer->start();
}

void BenchSession::writeReport()
{
    if (!m_report)
        return;
    if (m_reportTimer)
        m_reportTimer->stop();
    QList<PhoneRecord> all = m_tracker->records() + m_tracker->restoredRecords();
    std::sort(all.begin(), all.end(), [](const PhoneRecord &a, const PhoneRecord &b) { return a.mac < b.mac; });
    if (const Result<void> written = m_report->write(all); !written) {
        Q_EMIT warning(written.error(), MacAddress());
        return;
    }
    Q_EMIT reportWritten(m_report->jsonPath());
}
