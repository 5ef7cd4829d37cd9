#include "core/bench/benchfilesource.h"

#include "core/common/logging.h"
#include "core/provisioning/dialplanbuilder.h"
#include "core/provisioning/provisioningvalidator.h"
#include "core/provisioning/sepconfigbuilder.h"
#include "core/provisioning/sip7940configbuilder.h"
#include "core/provisioning/xmldefaultbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>

namespace {

Result<TftpFile> fromGenerated(const Result<GeneratedFile> &file)
{
    if (!file)
        return file.error();
    // Name, size and hash only: a config holds a SIP password.
    qCInfo(lcBench) << "generated" << file->name << file->content.size() << "bytes"
                    << QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex().left(16);
    return TftpFile::fromBytes(file->name, file->content);
}

} // namespace

BenchFileSource::BenchFileSource(PhoneCatalog catalog, FirmwareLibrary library, PbxSettings pbx,
                                 PhoneInventory inventory, Chooser chooser)
    : m_catalog(std::move(catalog))
    , m_library(std::move(library))
    , m_pbx(std::move(pbx))
    , m_inventory(std::move(inventory))
    , m_chooser(std::move(chooser))
    , m_files(m_library.root())
{}

std::optional<MacAddress> BenchFileSource::configOwner(QStringView fileName)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(?:SEP([0-9A-F]{12})\\.cnf\\.xml|SIP([0-9A-F]{12})\\.cnf)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString base = fileName.toString().section(QLatin1Char('/'), -1);
    const QRegularExpressionMatch match = pattern.match(base);
    if (!match.hasMatch())
        return std::nullopt;
    return MacAddress::parse(match.captured(1).isEmpty() ? match.captured(2) : match.captured(1));
}

QString BenchFileSource::newestSipLoad(const FirmwareLibrary &library, const QString &familyId)
{
    std::optional<FirmwareBundle> best;
    for (const FirmwareBundle &bundle : library.bundlesFor(familyId, PhoneProtocol::Sip)) {
        if (bundle.jumpLoad || !bundle.isValid())
            continue;
        if (!best || (bundle.version && best->version && *bundle.version > *best->version))
            best = bundle;
    }
    return best ? best->loadId : QString();
}

std::optional<ProvisioningTarget> BenchFileSource::targetFor(const PhoneModel &model, const QString &loadId) const
{
    const QString load = loadId.isEmpty() ? newestSipLoad(m_library, model.familyId) : loadId;
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

QMap<int, PhoneLine> BenchFileSource::linesFor(const MacAddress &mac)
{
    const Result<PhoneInventoryEntry> entry = m_inventory.resolve(mac);
    if (!entry)
        return {};
    for (auto it = entry->lines.cbegin(); it != entry->lines.cend(); ++it) {
        for (const ProvisioningIssue &issue : ProvisioningValidator::validateLine(it.key(), it.value())) {
            if (issue.isError()) {
                qCWarning(lcBench) << mac.toColon() << "inventory line" << it.key() << "invalid: firmware only";
                return {};
            }
        }
    }
    return entry->lines;
}

Result<TftpFile> BenchFileSource::open(const QString &normalisedName, const QHostAddress &client)
{
    const QString lower = normalisedName.toLower();
    if (Result<TftpFile> file = generated(lower, client); file.ok() || file.error().code() != ErrorCode::FileNotFound)
        return file;
    return firmware(normalisedName, client);
}

Result<TftpFile> BenchFileSource::generated(const QString &lower, const QHostAddress &client)
{
    const Error miss(ErrorCode::FileNotFound, lower);
    if (lower == XmlDefaultBuilder::fileName().toLower()) {
        QList<ProvisioningTarget> targets;
        for (const PhoneModel &model : m_catalog.models()) {
            if (!model.supported || model.loadInformationId <= 0)
                continue;
            if (const std::optional<ProvisioningTarget> target = targetFor(model, QString()))
                targets.append(*target);
        }
        return fromGenerated(XmlDefaultBuilder::build(m_pbx, targets));
    }
    if (lower == DialPlanBuilder::fileName().toLower())
        return fromGenerated(DialPlanBuilder::build(DialPlanBuilder::defaultRules(0)));
    const std::optional<MacAddress> owner = configOwner(lower);
    const bool sipDefault = lower == Sip7940ConfigBuilder::sipDefaultFileName().toLower();
    const bool os79xx = lower == Sip7940ConfigBuilder::os79xxFileName().toLower();
    if (!owner && !sipDefault && !os79xx)
        return miss;
    const Choice choice = m_chooser(client, owner);
    const PhoneModel *model = m_catalog.model(choice.modelId);
    if (!model && !choice.familyId.isEmpty()) {
        // Without our DHCP there is no option 60: the family (from its .loads or images) decides the load, and
        // the per-phone files of one family differ only in the model's display name.
        const QList<const PhoneModel *> siblings = m_catalog.modelsInFamily(choice.familyId);
        model = siblings.isEmpty() ? nullptr : siblings.constFirst();
    }
    if (!model)
        return miss; // unknown phone: it falls back to XMLDefault.cnf.xml
    const std::optional<ProvisioningTarget> target = targetFor(*model, choice.loadId);
    if (!target)
        return miss;
    if (os79xx) {
        // The bundle's own copy wins; generated only when the bundle has none.
        if (Result<TftpFile> own = firmware(Sip7940ConfigBuilder::os79xxFileName(), client); own)
            return own;
        return fromGenerated(Sip7940ConfigBuilder::os79xx(target->loadId));
    }
    if (sipDefault)
        return fromGenerated(Sip7940ConfigBuilder::sipDefault(*target, m_pbx));
    if (lower.startsWith(QLatin1String("sip")))
        return fromGenerated(Sip7940ConfigBuilder::sipMac(*owner, m_pbx, linesFor(*owner)));
    return fromGenerated(SepConfigBuilder::build(*owner, *target, m_pbx, linesFor(*owner)));
}

Result<TftpFile> BenchFileSource::firmware(const QString &name, const QHostAddress &client)
{
    const QString base = name.section(QLatin1Char('/'), -1);
    QString path;
    const QList<FirmwareBundle> offering = m_library.bundlesOfferingTermFile(base);
    if (offering.size() > 1) {
        // termNN.default.loads collides between the jump load and the target: the phone's stage decides (§4.1).
        const QString load = m_chooser(client, std::nullopt).loadId;
        const bool known = std::any_of(offering.cbegin(), offering.cend(), [&](const FirmwareBundle &b) {
            return b.loadId.compare(load, Qt::CaseInsensitive) == 0;
        });
        path = m_library.filePath(base, known ? load : offering.constFirst().loadId);
        if (!known) {
            for (const FirmwareBundle &bundle : offering) {
                if (!bundle.jumpLoad)
                    path = m_library.filePath(base, bundle.loadId);
            }
        }
    } else {
        path = m_library.filePath(name);
    }
    if (path.isEmpty())
        return Error(ErrorCode::FileNotFound, name);
    return m_files.open(QDir(m_library.root()).relativeFilePath(path), client);
}
