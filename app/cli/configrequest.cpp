#include "app/cli/configrequest.h"

#include "app/cli/issuetext.h"
#include "app/cli/pbxflag.h"
#include "core/common/macaddress.h"
#include "core/phones/phonecatalog.h"
#include "core/provisioning/dialplanbuilder.h"
#include "core/provisioning/inventorycsv.h"
#include "core/provisioning/provisioningvalidator.h"
#include "core/provisioning/sepconfigbuilder.h"
#include "core/provisioning/sip7940configbuilder.h"
#include "core/provisioning/xmldefaultbuilder.h"

namespace {

enum class FileKind { Sep, XmlDefault, DialPlan, SipDefault, SipMac, Os79xx };

std::optional<FileKind> parseFileKind(const QString &text)
{
    const QString lower = text.toLower();
    if (lower == QLatin1String("sep"))
        return FileKind::Sep;
    if (lower == QLatin1String("xmldefault"))
        return FileKind::XmlDefault;
    if (lower == QLatin1String("dialplan"))
        return FileKind::DialPlan;
    if (lower == QLatin1String("sipdefault"))
        return FileKind::SipDefault;
    if (lower == QLatin1String("sip"))
        return FileKind::SipMac;
    if (lower == QLatin1String("os79xx"))
        return FileKind::Os79xx;
    return std::nullopt;
}

// Prints every issue; an Error when any of them is one.
Result<void> report(const QList<ProvisioningIssue> &issues, const std::function<void(const QString &)> &warn,
                    const QString &what)
{
    for (const ProvisioningIssue &issue : issues)
        warn(cliTextFor(issue));
    for (const ProvisioningIssue &issue : issues) {
        if (issue.isError())
            return Error(issue.errorCode(), what);
    }
    return {};
}

Result<ProvisioningTarget> resolveTarget(const PhoneCatalog &catalog, const PhoneModel &model, const QString &loadId)
{
    const PhoneCatalog::LoadMatch match = catalog.familyForLoadId(loadId);
    if (!match.family)
        return Error(ErrorCode::FirmwareFamilyUnknown, QStringLiteral("load '%1'").arg(loadId));
    if (match.protocol != PhoneProtocol::Sip)
        return Error(ErrorCode::FirmwareProtocolMismatch, QStringLiteral("%1 is not a SIP load").arg(loadId));
    if (match.family->id != model.familyId)
        return Error(ErrorCode::FirmwareProtocolMismatch, QStringLiteral("%1 is for family %2; the %3 runs %4")
                                                              .arg(loadId, match.family->id, model.id, model.familyId));
    const bool p0s3 = match.family->legacyLoader;
    return ProvisioningTarget{model.displayName,
                              model.loadInformationId,
                              loadId,
                              model.familyId,
                              model.sipLocaleJar,
                              p0s3 ? ProvisioningTarget::Protocol::Sip7940 : ProvisioningTarget::Protocol::Sip9};
}

int extensionLength(const QMap<int, PhoneLine> &lines)
{
    if (lines.isEmpty())
        return 0;
    const QString &extension = lines.first().extension;
    const bool digits = !extension.isEmpty() && std::all_of(extension.cbegin(), extension.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    return digits ? int(extension.size()) : 0;
}

} // namespace

Result<GeneratedFile> ConfigRequest::generate(const std::function<void(const QString &)> &warn) const
{
    const std::optional<MacAddress> phone = MacAddress::parse(mac);
    if (!phone)
        return Error(ErrorCode::InvalidMac, QStringLiteral("--mac '%1'").arg(mac));
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog)
        return catalog.error();
    const PhoneModel *phoneModel = catalog->model(model);
    if (!phoneModel)
        return Error(ErrorCode::UnknownModel, QStringLiteral("--model '%1'").arg(model));
    if (!phoneModel->supported || phoneModel->familyId.isEmpty())
        return Error(ErrorCode::UnknownModel,
                     QStringLiteral("the %1 is listed for guidance only; it cannot be converted").arg(phoneModel->id));
    const PhoneFamily *family = catalog->family(phoneModel->familyId);
    const bool p0s3 = family && family->legacyLoader;

    const std::optional<FileKind> kind =
        file.isEmpty() ? (p0s3 ? FileKind::SipMac : FileKind::Sep) : parseFileKind(file);
    if (!kind)
        return Error(ErrorCode::InvalidArgument, QStringLiteral("--file '%1'").arg(file));

    const QString load = loadId.isEmpty() ? installedLoads.value(phoneModel->familyId) : loadId;
    if (load.isEmpty())
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("no %1 firmware in the firmware library: pass --load LOADID").arg(phoneModel->familyId));
    const Result<ProvisioningTarget> target = resolveTarget(*catalog, *phoneModel, load);
    if (!target)
        return target.error();
    if (*kind == FileKind::Os79xx)
        return Sip7940ConfigBuilder::os79xx(load);

    PbxSettings settings;
    if (!PbxSettings::parseTransport(transport.isEmpty() ? QStringLiteral("udp") : transport, &settings.transport))
        return Error(ErrorCode::InvalidArgument, QStringLiteral("--transport '%1'").arg(transport));
    settings.ntpServer = ntp;
    if (Result<void> parsed = parsePbxFlag(pbx, &settings); !parsed)
        return parsed.error();
    if (*kind != FileKind::DialPlan) {
        if (pbx.isEmpty())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("--pbx HOST[:PORT] is required for this file"));
        if (Result<void> ok = report(ProvisioningValidator::validatePbx(settings), warn, QStringLiteral("--pbx")); !ok)
            return ok.error();
    }

    QMap<int, PhoneLine> lines;
    if (!inventoryPath.isEmpty()) {
        Result<InventoryCsv::Import> import = InventoryCsv::readFile(inventoryPath);
        if (!import)
            return import.error();
        for (const ProvisioningIssue &issue : import->issues)
            warn(issue.isError() ? cliTextFor(issue) + QStringLiteral("; row skipped") : cliTextFor(issue));
        if (!import->inventory.contains(*phone))
            warn(QStringLiteral("warning: %1 is not in the inventory: firmware only, no line").arg(phone->toColon()));
        const Result<PhoneInventoryEntry> entry = import.value().inventory.resolve(*phone);
        if (!entry)
            return entry.error();
        lines = entry->lines;
    }
    if (Result<void> ok = report(ProvisioningValidator::validateLines(lines), warn, QStringLiteral("inventory")); !ok)
        return ok.error();

    switch (*kind) {
    case FileKind::Sep:
        return SepConfigBuilder::build(*phone, *target, settings, lines);
    case FileKind::XmlDefault: {
        QMap<QString, QString> present = installedLoads;
        present.insert(phoneModel->familyId, load);
        QList<ProvisioningTarget> loads;
        for (auto it = present.cbegin(); it != present.cend(); ++it) {
            for (const PhoneModel *sibling : catalog->modelsInFamily(it.key())) {
                if (!sibling->supported || sibling->loadInformationId <= 0)
                    continue;
                if (const Result<ProvisioningTarget> t = resolveTarget(*catalog, *sibling, it.value()))
                    loads.append(*t);
            }
        }
        return XmlDefaultBuilder::build(settings, loads);
    }
    case FileKind::DialPlan:
        return DialPlanBuilder::build(DialPlanBuilder::defaultRules(extensionLength(lines)));
    case FileKind::SipDefault:
        return Sip7940ConfigBuilder::sipDefault(*target, settings);
    case FileKind::SipMac:
        return Sip7940ConfigBuilder::sipMac(*phone, settings, lines);
    case FileKind::Os79xx:
        break;
    }
    return Error(ErrorCode::InvalidArgument, file);
}
