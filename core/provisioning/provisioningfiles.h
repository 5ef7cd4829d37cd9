#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/phones/phonecatalog.h"
#include "core/provisioning/generatedfile.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneinventory.h"
#include "core/provisioning/provisioningissue.h"
#include "core/provisioning/provisioningtarget.h"

#include <optional>

// The one answer to "which file, with which bytes, does this phone get for this name": the bench's TFTP file
// source and `sccp2sip-cli config` both ask here, so what the CLI prints is what the bench serves. Generated files
// only (XMLDefault.cnf.xml, SEP<MAC>.cnf.xml, dialplan.xml, and the 7940/7960 SIPDefault.cnf, SIP<MAC>.cnf,
// OS79XX.TXT); firmware files are the library's business.
class ProvisioningFiles
{
public:
    enum class Kind { XmlDefault, DialPlan, SepConfig, SipDefault, SipConfig, Os79xx };

    // What is known about the phone asking.
    struct Asker
    {
        std::optional<MacAddress> mac; // for per-phone files: the MAC the name carries
        QString modelId;               // catalog model; empty when unknown (external DHCP: no option 60)
        QString familyId;              // when only the family is known: any model of it gets the same files
        QString loadId;                // the load to point it at now (a jump load); empty: the family's target
    };

    ProvisioningFiles(PhoneCatalog catalog, FirmwareLibrary library, PbxSettings pbx, PhoneInventory inventory);

    // Which generated file a requested name (any case, last path element) means; `owner` gets the MAC of a
    // per-phone name (SEP<MAC>.cnf.xml, SIP<MAC>.cnf).
    static std::optional<Kind> kindOf(QStringView name, std::optional<MacAddress> *owner = nullptr);
    // The MAC of a per-phone config name, whatever its case: these files hold secrets.
    static std::optional<MacAddress> configOwner(QStringView name);
    // The exact name a phone asks for, per kind (per-phone kinds need the MAC).
    static QString fileName(Kind kind, const MacAddress &mac = {});

    // The bytes for a generated name. FileNotFound when the name is none of ours or the asker's model and family
    // are unknown (the phone then falls back to XMLDefault.cnf.xml); PhoneSipBundleMissing (detail: the family)
    // when the library holds no SIP load for it.
    Result<GeneratedFile> file(QStringView name, const Asker &asker);
    Result<GeneratedFile> file(Kind kind, const Asker &asker);

    // The lines an inventory phone gets. A line the validator refuses makes the whole phone firmware-only (no
    // lines), so a typo never reaches a phone as a config that cannot register; `issues` says why.
    QMap<int, PhoneLine> linesFor(const MacAddress &mac, QList<ProvisioningIssue> *issues = nullptr);
    // What a model would be converted to: the newest valid non-jump SIP load of its family, or `loadId`.
    std::optional<ProvisioningTarget> target(const PhoneModel &model, const QString &loadId = {}) const;
    // A model this tool converts, by any spelling: UnknownModel for one the catalog does not know or lists for
    // guidance only (7905/7912, 89xx).
    Result<const PhoneModel *> convertibleModel(QStringView spelling) const;
    // Whether `loadId` is a SIP load of the model's family (a technician's --load): FirmwareFamilyUnknown,
    // FirmwareProtocolMismatch (an SCCP load, or another family's) otherwise.
    Result<void> acceptsLoad(const PhoneModel &model, const QString &loadId) const;

    const PbxSettings &pbx() const { return m_pbx; }
    const FirmwareLibrary &library() const { return m_library; }
    // A bundle was imported during the run: later files name its loads.
    void setLibrary(FirmwareLibrary library) { m_library = std::move(library); }

private:
    Result<GeneratedFile> xmlDefault() const;
    Result<GeneratedFile> dialPlan() const;
    Result<GeneratedFile> os79xx(const ProvisioningTarget &target) const;
    const PhoneModel *modelFor(const Asker &asker) const;

    PhoneCatalog m_catalog;
    FirmwareLibrary m_library;
    PbxSettings m_pbx;
    PhoneInventory m_inventory;
};
