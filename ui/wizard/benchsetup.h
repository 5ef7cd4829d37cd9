#pragma once

#include "core/bench/phonerecord.h"
#include "core/common/error.h"
#include "core/dhcp/dhcpforeignprobe.h"
#include "core/dhcp/dhcpserverconfig.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/net/networkinterfaceinfo.h"
#include "core/phones/phonecatalog.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneinventory.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class CredentialStore;
class QSettings;

// The one state object every wizard page reads and writes: the technician's choices so far, holding core types
// only. When the bench Session exists, it is built from this object (catalog, firmware library, card, PBX and
// inventory), so pages never talk to each other, only to the setup.
class BenchSetup : public QObject
{
    Q_OBJECT
public:
    // `stateDirectory` holds the firmware library (and later leases and reports); tests pass a QTemporaryDir.
    BenchSetup(PhoneCatalog catalog, QString stateDirectory, QObject *parent = nullptr);

    const PhoneCatalog &catalog() const { return m_catalog; }
    const QString &stateDirectory() const { return m_stateDirectory; }

    FirmwareLibrary &firmwareLibrary() { return m_library; }
    const FirmwareLibrary &firmwareLibrary() const { return m_library; }
    // Re-reads the library from disk after an import and tells the pages.
    Result<void> reloadFirmware();

    // Binds a server port for a moment and releases it; the wizard's default uses core/net, tests inject one. The
    // probe opens a socket, so it runs off the GUI thread (NetworkChecker): it must not touch GUI objects.
    using PortProbe = std::function<Error(quint16 port)>;
    void setPortProbe(PortProbe probe) { m_portProbe = std::move(probe); }
    PortProbe portProbe() const;

    // Page 4: the PBX, the inventory (kept without passwords in <state>/inventory.csv) and the keychain.
    const PbxSettings &pbxSettings() const { return m_pbx; }
    void setPbxSettings(const PbxSettings &pbx) { m_pbx = pbx; }
    const PhoneInventory &inventory() const { return m_inventory; }
    void setInventory(const PhoneInventory &inventory) { m_inventory = inventory; }
    QString inventoryPath() const;
    CredentialStore *credentialStore() const { return m_credentials; }
    void setCredentialStore(CredentialStore *store) { m_credentials = store; }

    // Page 2: the cards to offer (default: the OS's list) and the foreign-server scan's settings.
    using InterfaceLister = std::function<QList<NetworkInterfaceInfo>()>;
    void setInterfaceLister(InterfaceLister lister) { m_interfaceLister = std::move(lister); }
    QList<NetworkInterfaceInfo> interfaces() const;
    // Tests point the scan at loopback; the wizard scans the chosen card.
    using ProbeTuner = std::function<void(DhcpForeignProbe::Config &)>;
    void setProbeTuner(ProbeTuner tuner) { m_probeTuner = std::move(tuner); }
    DhcpForeignProbe::Config foreignProbeConfig(const NetworkInterfaceInfo &card) const;

    struct NetworkChoice
    {
        QString interfaceName;
        bool useExistingDhcp = false;
        QString poolFirst; // empty: the card's subnet
        QString poolLast;
        int leaseMinutes = 60;
        bool allowForeignServer = false; // the technician's explicit override, never remembered
    };
    const NetworkChoice &networkChoice() const { return m_network; }
    void setNetworkChoice(const NetworkChoice &choice) { m_network = choice; }
    // What the bench Session's DHCP server gets from page 2.
    DhcpServerConfig dhcpServerConfig() const;

    // Page 1: the last result of the port checks (ErrorCode::None when both ports bound).
    const Error &dhcpPortCheck() const { return m_dhcpPortCheck; }
    const Error &tftpPortCheck() const { return m_tftpPortCheck; }
    void setPortChecks(const Error &dhcp, const Error &tftp);

    // Page 5: the model whose trust-list guide was last shown (catalog id, "7941").
    const QString &guideModelId() const { return m_guideModelId; }
    void setGuideModelId(const QString &modelId);

    // Page 6 → page 7: the last bench run's phones as the Bench page last saw them, and where the session wrote its
    // report. Plain snapshots (PhoneRecord holds no secret); the Report page only reads them.
    struct BenchOutcome
    {
        QList<PhoneRecord> phones;
        QString reportPath;  // bench-report.json in the state folder; empty when the session wrote none
        QDateTime startedAt; // UTC
        QDateTime stoppedAt; // UTC; null while the bench still runs
    };
    const BenchOutcome &benchOutcome() const { return m_benchOutcome; }
    void setBenchOutcome(BenchOutcome outcome);

    // Choices remembered between sessions (never passwords: those live in the OS keychain).
    void saveChoices(QSettings &settings) const;
    void restoreChoices(const QSettings &settings);

Q_SIGNALS:
    void firmwareChanged();
    void portChecksChanged();
    void benchOutcomeChanged();

private:
    PhoneCatalog m_catalog;
    QString m_stateDirectory;
    FirmwareLibrary m_library;
    PortProbe m_portProbe;
    InterfaceLister m_interfaceLister;
    ProbeTuner m_probeTuner;
    NetworkChoice m_network;
    Error m_dhcpPortCheck;
    Error m_tftpPortCheck;
    QString m_guideModelId;
    PbxSettings m_pbx;
    PhoneInventory m_inventory;
    CredentialStore *m_credentials = nullptr;
    BenchOutcome m_benchOutcome;
};
