#include "ui/wizard/benchsetup.h"

#include "ui/uilogging.h"

#include "core/provisioning/inventorycsv.h"

#include <QDir>
#include <QSaveFile>
#include <QSettings>

namespace {
const QString pbxHostKey = QStringLiteral("pbx/host");
const QString pbxPortKey = QStringLiteral("pbx/sipPort");
const QString pbxTransportKey = QStringLiteral("pbx/transport");
const QString pbxNtpKey = QStringLiteral("pbx/ntpServer");
const QString pbxRouterKey = QStringLiteral("pbx/phoneRouter");
const QString pbxDnsKey = QStringLiteral("pbx/phoneDnsServer");
const QString pbxTimeZoneKey = QStringLiteral("pbx/timeZone");
const QString pbxLocaleKey = QStringLiteral("pbx/userLocale");
const QString pbxLangKey = QStringLiteral("pbx/userLocaleLangCode");
const QString pbxNetworkLocaleKey = QStringLiteral("pbx/networkLocale");
const QString guideModelKey = QStringLiteral("trustList/model");
const QString interfaceKey = QStringLiteral("network/interface");
const QString existingDhcpKey = QStringLiteral("network/useExistingDhcp");
const QString poolFirstKey = QStringLiteral("network/poolFirst");
const QString poolLastKey = QStringLiteral("network/poolLast");
const QString leaseKey = QStringLiteral("network/leaseMinutes");
} // namespace

BenchSetup::BenchSetup(PhoneCatalog catalog, QString stateDirectory, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_stateDirectory(std::move(stateDirectory))
    , m_library(QDir(m_stateDirectory).filePath(QStringLiteral("firmware")), m_catalog)
{
    if (const Result<void> loaded = m_library.reload(); !loaded)
        qCWarning(lcUiWizard) << "Firmware library not readable:" << loaded.error().toLogString();
}

Result<void> BenchSetup::reloadFirmware()
{
    Result<void> loaded = m_library.reload();
    if (!loaded)
        qCWarning(lcUiWizard) << "Firmware library not readable:" << loaded.error().toLogString();
    Q_EMIT firmwareChanged();
    return loaded;
}

BenchSetup::PortProbe BenchSetup::portProbe() const
{
    if (m_portProbe)
        return m_portProbe;
    return [](quint16) { return Error(ErrorCode::SocketError, QStringLiteral("no port probe configured")); };
}

QString BenchSetup::inventoryPath() const
{
    return QDir(m_stateDirectory).filePath(QStringLiteral("inventory.csv"));
}

QList<NetworkInterfaceInfo> BenchSetup::interfaces() const
{
    return m_interfaceLister ? m_interfaceLister() : NetworkInterfaceInfo::list();
}

DhcpForeignProbe::Config BenchSetup::foreignProbeConfig(const NetworkInterfaceInfo &card) const
{
    DhcpForeignProbe::Config config;
    config.interface = card.name;
    config.ownMac = card.mac;
    config.ownAddress = card.ipv4;
    if (m_probeTuner)
        m_probeTuner(config);
    return config;
}

DhcpServerConfig BenchSetup::dhcpServerConfig() const
{
    DhcpServerConfig config;
    config.interface = m_network.interfaceName;
    config.poolFirst = QHostAddress(m_network.poolFirst);
    config.poolLast = QHostAddress(m_network.poolLast);
    config.leaseTimeSecs = m_network.leaseMinutes * 60;
    config.allowForeignServer = m_network.allowForeignServer;
    config.stateDirectory = m_stateDirectory;
    return config;
}

void BenchSetup::setPortChecks(const Error &dhcp, const Error &tftp)
{
    m_dhcpPortCheck = dhcp;
    m_tftpPortCheck = tftp;
    Q_EMIT portChecksChanged();
}

void BenchSetup::setGuideModelId(const QString &modelId)
{
    m_guideModelId = modelId;
}

void BenchSetup::saveChoices(QSettings &settings) const
{
    settings.setValue(guideModelKey, m_guideModelId);
    settings.setValue(interfaceKey, m_network.interfaceName);
    settings.setValue(existingDhcpKey, m_network.useExistingDhcp);
    settings.setValue(poolFirstKey, m_network.poolFirst);
    settings.setValue(poolLastKey, m_network.poolLast);
    settings.setValue(leaseKey, m_network.leaseMinutes);
    settings.setValue(pbxHostKey, m_pbx.host);
    settings.setValue(pbxPortKey, m_pbx.sipPort);
    settings.setValue(pbxTransportKey, PbxSettings::transportName(m_pbx.transport));
    settings.setValue(pbxNtpKey, m_pbx.ntpServer);
    settings.setValue(pbxRouterKey, m_pbx.phoneRouter);
    settings.setValue(pbxDnsKey, m_pbx.phoneDnsServer);
    settings.setValue(pbxTimeZoneKey, m_pbx.timeZone);
    settings.setValue(pbxLocaleKey, m_pbx.userLocale);
    settings.setValue(pbxLangKey, m_pbx.userLocaleLangCode);
    settings.setValue(pbxNetworkLocaleKey, m_pbx.networkLocale);
    // The inventory without its passwords: those stay in the keychain.
    if (!m_inventory.isEmpty() && QDir().mkpath(m_stateDirectory)) {
        QSaveFile file(inventoryPath());
        if (!file.open(QIODevice::WriteOnly) || file.write(InventoryCsv::serialize(m_inventory)) < 0 || !file.commit())
            qCWarning(lcUiWizard) << "Inventory not saved:" << file.errorString();
    }
}

void BenchSetup::restoreChoices(const QSettings &settings)
{
    const QString modelId = settings.value(guideModelKey).toString();
    // A model id from an older catalog must not select nothing silently.
    m_guideModelId = m_catalog.model(modelId) ? modelId : QString();
    m_network.interfaceName = settings.value(interfaceKey).toString();
    m_network.useExistingDhcp = settings.value(existingDhcpKey, false).toBool();
    m_network.poolFirst = settings.value(poolFirstKey).toString();
    m_network.poolLast = settings.value(poolLastKey).toString();
    m_network.leaseMinutes = qBound(5, settings.value(leaseKey, 60).toInt(), 24 * 60);
    const PbxSettings defaults;
    m_pbx.host = settings.value(pbxHostKey).toString();
    m_pbx.sipPort = qBound(1, settings.value(pbxPortKey, defaults.sipPort).toInt(), 65535);
    // A TLS choice saved by an older version falls back to the default, as anything unreadable does.
    const Result<PbxSettings::Transport> transport =
        PbxSettings::parseTransport(settings.value(pbxTransportKey).toString());
    m_pbx.transport = transport ? *transport : defaults.transport;
    m_pbx.ntpServer = settings.value(pbxNtpKey).toString();
    m_pbx.phoneRouter = settings.value(pbxRouterKey).toString();
    m_pbx.phoneDnsServer = settings.value(pbxDnsKey).toString();
    m_pbx.timeZone = settings.value(pbxTimeZoneKey, defaults.timeZone).toString();
    m_pbx.userLocale = settings.value(pbxLocaleKey, defaults.userLocale).toString();
    m_pbx.userLocaleLangCode = settings.value(pbxLangKey, defaults.userLocaleLangCode).toString();
    m_pbx.networkLocale = settings.value(pbxNetworkLocaleKey, defaults.networkLocale).toString();
    if (QFile::exists(inventoryPath())) {
        if (const Result<InventoryCsv::Import> saved = InventoryCsv::readFile(inventoryPath()))
            m_inventory = saved->inventory;
        else
            qCWarning(lcUiWizard) << "Saved inventory unreadable:" << saved.error().toLogString();
    }
}

void BenchSetup::setBenchOutcome(BenchOutcome outcome)
{
    m_benchOutcome = std::move(outcome);
    Q_EMIT benchOutcomeChanged();
}
