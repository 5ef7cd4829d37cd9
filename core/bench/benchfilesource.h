#pragma once

#include "core/common/macaddress.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/phones/phonecatalog.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneinventory.h"
#include "core/provisioning/provisioningtarget.h"
#include "core/tftp/tftpdirectorysource.h"
#include "core/tftp/tftpfilesource.h"

#include <functional>
#include <optional>

// What the bench serves, in the architecture's three layers: generated files (SEP<MAC>.cnf.xml, XMLDefault.cnf.xml,
// dialplan.xml, the 7940/60 SIPDefault.cnf/SIP<MAC>.cnf/OS79XX.TXT) built per request; then the firmware library,
// where a termNN.default.loads offered by both a jump load and a target is chosen per phone; then nothing.
// Who may receive a config is not decided here (TftpServer's access policy, set by the session).
class BenchFileSource final : public TftpFileSource
{
public:
    // What the session knows of the asker: its model and the load to serve it now (jump load or target).
    struct Choice
    {
        QString modelId;
        QString loadId;
        QString familyId; // when the model is not known (external DHCP): any model of the family will do
    };
    using Chooser = std::function<Choice(const QHostAddress &client, const std::optional<MacAddress> &named)>;

    BenchFileSource(PhoneCatalog catalog, FirmwareLibrary library, PbxSettings pbx, PhoneInventory inventory,
                    Chooser chooser);

    Result<TftpFile> open(const QString &normalisedName, const QHostAddress &client) override;

    // The MAC of a per-phone config name (SEP<MAC>.cnf.xml, SIP<MAC>.cnf), whatever its case; these hold secrets.
    static std::optional<MacAddress> configOwner(QStringView fileName);
    // The newest non-jump SIP load of a family in `library`, or empty.
    static QString newestSipLoad(const FirmwareLibrary &library, const QString &familyId);

private:
    Result<TftpFile> generated(const QString &lower, const QHostAddress &client);
    Result<TftpFile> firmware(const QString &name, const QHostAddress &client);
    std::optional<ProvisioningTarget> targetFor(const PhoneModel &model, const QString &loadId) const;
    QMap<int, PhoneLine> linesFor(const MacAddress &mac);

    PhoneCatalog m_catalog;
    FirmwareLibrary m_library;
    PbxSettings m_pbx;
    PhoneInventory m_inventory;
    Chooser m_chooser;
    TftpDirectorySource m_files;
};
