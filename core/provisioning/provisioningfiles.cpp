#include "core/provisioning/provisioningfiles.h"

#include "core/common/logging.h"
#include "core/provisioning/dialplanbuilder.h"
#include "core/provisioning/provisioningvalidator.h"
#include "core/provisioning/sepconfigbuilder.h"
#include "core/provisioning/sip7940configbuilder.h"
#include "core/provisioning/xmldefaultbuilder.h"

#include <QFile>
#include <QRegularExpression>

namespace {

constexpr qint64 kMaxOs79xxBytes = 256; // one image name

QString lastElement(QStringView name)
{
    const qsizetype slash = std::max(name.lastIndexOf(QLatin1Char('/')), name.lastIndexOf(QLatin1Char('\\')));
    return name.mid(slash + 1).toString();
}

// Extensions of one length for every inventory line: that many digits dial at once. Mixed lengths (or none)
// dial after the inter-digit pause. The dial plan is one file for the whole bench, so it is decided here, once.
int commonExtensionLength(const PhoneInventory &inventory)
{
    int length = 0;
    for (const PhoneInventoryEntry &entry : inventory.entries()) {
        for (const PhoneLine &line : entry.lines) {
            const QString &extension = line.extension;
            const bool digits = !extension.isEmpty() && std::all_of(extension.cbegin(), extension.cend(), [](QChar c) {
                return c >= QLatin1Char('0') && c <= QLatin1Char('9');
            });
            if (!digits || (length != 0 && length != extension.size()))
                return 0;
            length = int(extension.size());
        }
    }
    return length;
}

} // namespace

ProvisioningFiles::ProvisioningFiles(PhoneCatalog catalog, FirmwareLibrary library, PbxSettings pbx,
                                     PhoneInventory inventory)
    : m_catalog(std::move(catalog))
    , m_library(std::move(library))
    , m_pbx(std::move(pbx))
    , m_inventory(std::move(inventory))
{}

std::optional<ProvisioningFiles::Kind> ProvisioningFiles::kindOf(QStringView name, std::optional<MacAddress> *owner)
{
    static const QRegularExpression perPhone(
        QStringLiteral("^(?:SEP(?<sep>[0-9A-F]{12})\\.cnf\\.xml|SIP(?<sip>[0-9A-F]{12})\\.cnf)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString base = lastElement(name);
    if (owner)
        owner->reset();
    if (const QRegularExpressionMatch match = perPhone.match(base); match.hasMatch()) {
        const bool sep = match.hasCaptured(QStringLiteral("sep"));
        if (owner)
            *owner = MacAddress::parse(match.captured(sep ? QStringLiteral("sep") : QStringLiteral("sip")));
        return sep ? Kind::SepConfig : Kind::SipConfig;
    }
    const auto is = [&base](const QString &fixed) { return base.compare(fixed, Qt::CaseInsensitive) == 0; };
    if (is(XmlDefaultBuilder::fileName()))
        return Kind::XmlDefault;
    if (is(DialPlanBuilder::fileName()))
        return Kind::DialPlan;
    if (is(Sip7940ConfigBuilder::sipDefaultFileName()))
        return Kind::SipDefault;
    if (is(Sip7940ConfigBuilder::os79xxFileName()))
        return Kind::Os79xx;
    return std::nullopt;
}

std::optional<MacAddress> ProvisioningFiles::configOwner(QStringView name)
{
    std::optional<MacAddress> owner;
    kindOf(name, &owner);
    return owner;
}

QString ProvisioningFiles::fileName(Kind kind, const MacAddress &mac)
{
    switch (kind) {
    case Kind::XmlDefault:
        return XmlDefaultBuilder::fileName();
    case Kind::DialPlan:
        return DialPlanBuilder::fileName();
    case Kind::SepConfig:
        return SepConfigBuilder::fileName(mac);
    case Kind::SipDefault:
        return Sip7940ConfigBuilder::sipDefaultFileName();
    case Kind::SipConfig:
        return Sip7940ConfigBuilder::sipMacFileName(mac);
    case Kind::Os79xx:
        return Sip7940ConfigBuilder::os79xxFileName();
    }
    return {};
}

std::optional<ProvisioningTarget> ProvisioningFiles::target(const PhoneModel &model, const QString &loadId) const
{
    const QString load = loadId.isEmpty() ? m_library.newestSipLoad(model.familyId) : loadId;
    const PhoneFamily *family = m_catalog.family(model.familyId);
    if (load.isEmpty() || !family)
        return std::nullopt;
    return ProvisioningTarget{model.displayName,
                              model.loadInformationId,
                              load,
                              model.familyId,
                              model.sipLocaleJar,
                              family->legacyLoader ? ProvisioningTarget::Protocol::Sip7940
                                                   : ProvisioningTarget::Protocol::Sip9};
}

Result<const PhoneModel *> ProvisioningFiles::convertibleModel(QStringView spelling) const
{
    const PhoneModel *model = m_catalog.model(spelling);
    if (!model)
        return Error(ErrorCode::UnknownModel, QStringLiteral("model '%1'").arg(spelling));
    if (!model->supported || model->familyId.isEmpty())
        return Error(ErrorCode::UnknownModel,
                     QStringLiteral("the %1 is listed for guidance only; it cannot be converted").arg(model->id));
    return model;
}

Result<void> ProvisioningFiles::acceptsLoad(const PhoneModel &model, const QString &loadId) const
{
    const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(loadId);
    if (!match.family)
        return Error(ErrorCode::FirmwareFamilyUnknown, QStringLiteral("load '%1'").arg(loadId));
    if (match.protocol != PhoneProtocol::Sip)
        return Error(ErrorCode::FirmwareProtocolMismatch, QStringLiteral("%1 is not a SIP load").arg(loadId));
    if (match.family->id != model.familyId)
        return Error(ErrorCode::FirmwareProtocolMismatch, QStringLiteral("%1 is for family %2; the %3 runs %4")
                                                              .arg(loadId, match.family->id, model.id, model.familyId));
    return {};
}

QMap<int, PhoneLine> ProvisioningFiles::linesFor(const MacAddress &mac, QList<ProvisioningIssue> *issues)
{
    const Result<PhoneInventoryEntry> entry = m_inventory.resolve(mac);
    if (!entry)
        return {};
    const QList<ProvisioningIssue> found = ProvisioningValidator::validateLines(entry->lines);
    if (issues)
        *issues = found;
    if (ProvisioningIssue::hasErrors(found)) {
        qCWarning(lcProvisioning) << mac.toColon() << "inventory lines invalid: firmware only";
        return {};
    }
    return entry->lines;
}

const PhoneModel *ProvisioningFiles::modelFor(const Asker &asker) const
{
    if (const PhoneModel *model = m_catalog.model(asker.modelId))
        return model;
    if (asker.familyId.isEmpty())
        return nullptr;
    // Without our DHCP there is no option 60: the family (from its .loads or images) decides the load, and the
    // per-phone files of one family differ only in the model's display name.
    const QList<const PhoneModel *> siblings = m_catalog.modelsInFamily(asker.familyId);
    return siblings.isEmpty() ? nullptr : siblings.constFirst();
}

Result<GeneratedFile> ProvisioningFiles::file(QStringView name, const Asker &asker)
{
    std::optional<MacAddress> owner;
    const std::optional<Kind> kind = kindOf(name, &owner);
    if (!kind)
        return Error(ErrorCode::FileNotFound, name.toString());
    Asker who = asker;
    if (owner)
        who.mac = owner;
    return file(*kind, who);
}

Result<GeneratedFile> ProvisioningFiles::file(Kind kind, const Asker &asker)
{
    if (kind == Kind::XmlDefault)
        return xmlDefault();
    if (kind == Kind::DialPlan)
        return dialPlan();
    const PhoneModel *model = modelFor(asker);
    if (!model)
        return Error(ErrorCode::FileNotFound, fileName(kind, asker.mac.value_or(MacAddress())));
    const std::optional<ProvisioningTarget> target = this->target(*model, asker.loadId);
    if (!target)
        return Error(ErrorCode::PhoneSipBundleMissing, model->familyId);
    switch (kind) {
    case Kind::Os79xx:
        return os79xx(*target);
    case Kind::SipDefault:
        return Sip7940ConfigBuilder::sipDefault(*target, m_pbx);
    case Kind::SipConfig:
    case Kind::SepConfig: {
        if (!asker.mac)
            return Error(ErrorCode::InvalidMac, fileName(kind));
        const QMap<int, PhoneLine> lines = linesFor(*asker.mac);
        if (kind == Kind::SipConfig)
            return Sip7940ConfigBuilder::sipMac(*asker.mac, m_pbx, lines);
        return SepConfigBuilder::build(*asker.mac, *target, m_pbx, lines);
    }
    case Kind::XmlDefault:
    case Kind::DialPlan:
        break;
    }
    return Error(ErrorCode::FileNotFound, fileName(kind));
}

Result<GeneratedFile> ProvisioningFiles::xmlDefault() const
{
    QList<ProvisioningTarget> targets;
    for (const PhoneModel &model : m_catalog.models()) {
        if (!model.supported || model.loadInformationId <= 0)
            continue;
        if (const std::optional<ProvisioningTarget> t = target(model))
            targets.append(*t);
    }
    return XmlDefaultBuilder::build(m_pbx, targets);
}

Result<GeneratedFile> ProvisioningFiles::dialPlan() const
{
    return DialPlanBuilder::build(DialPlanBuilder::defaultRules(commonExtensionLength(m_inventory)));
}

// OS79XX.TXT tells a 7940/7960 universal loader which image to run. The bundle's own copy wins: Cisco's SIP 8.12
// zip ships one naming the universal loader (P003-8-12-00), not the app load (P0S3-8-12-00). Without a copy, the
// loader the bundle holds is named; only a bundle with neither gets the app load's name, which older loaders also
// accept as "switch to this protocol" (both readings are public; see docs/phones.md).
Result<GeneratedFile> ProvisioningFiles::os79xx(const ProvisioningTarget &target) const
{
    const QString own = m_library.filePath(Sip7940ConfigBuilder::os79xxFileName(), target.loadId);
    if (!own.isEmpty()) {
        QFile file(own);
        if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxOs79xxBytes)
            return GeneratedFile{Sip7940ConfigBuilder::os79xxFileName(), file.readAll()};
        qCWarning(lcProvisioning) << own << "unreadable or too long; generating OS79XX.TXT";
    }
    static const QRegularExpression loader(QStringLiteral("^(P003[A-Za-z0-9._-]*)\\.sbn$"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (const std::optional<FirmwareBundle> bundle = m_library.bundle(target.loadId)) {
        for (const QString &name : bundle->allFileNames()) {
            if (const QRegularExpressionMatch match = loader.match(name); match.hasMatch())
                return Sip7940ConfigBuilder::os79xx(match.captured(1));
        }
    }
    return Sip7940ConfigBuilder::os79xx(target.loadId);
}
