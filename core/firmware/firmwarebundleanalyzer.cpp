#include "core/firmware/firmwarebundleanalyzer.h"

#include "core/common/logging.h"
#include "core/firmware/firmwareloadsfile.h"
#include "core/firmware/firmwaresignedheader.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

struct FirmwareBundleAnalyzer::Entry
{
    FirmwareFile file; // name is canonical
    Error headerError; // set when the file starts like a signed file but its header is broken
    std::optional<FirmwareSignedHeader> header;
};

namespace {

bool isTermFile(QStringView name)
{
    static const QRegularExpression re(QStringLiteral("^term[0-9]{2}\\.default\\.loads$"),
                                       QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool sameImages(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).compare(b.at(i), Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

} // namespace

FirmwareBundleAnalyzer::FirmwareBundleAnalyzer(PhoneCatalog catalog)
    : m_catalog(std::move(catalog))
{}

Result<FirmwareInspection> FirmwareBundleAnalyzer::analyze(const QList<FirmwareFile> &files,
                                                           PhoneProtocol expected) const
{
    QHash<QString, Entry> entries;
    QList<Entry> terms; // every distinct variant: two bundles of a family ship different termNN files
    QStringList warnings;
    for (const FirmwareFile &file : files) {
        Entry entry{file, {}, std::nullopt};
        if (FirmwareSignedHeader::looksSigned(file.data)) {
            Result<FirmwareSignedHeader> header = FirmwareSignedHeader::parse(file.data);
            if (header) {
                entry.header = header.value();
                // The header's name has the case the phone will ask for; a different name is a renamed file.
                if (header->fileName().compare(file.name, Qt::CaseInsensitive) == 0)
                    entry.file.name = header->fileName();
                else
                    warnings << QStringLiteral("%1: header names it %2").arg(file.origin, header->fileName());
            } else {
                entry.headerError =
                    Error(header.error().code(), file.origin + QStringLiteral(": ") + header.error().detail());
            }
        }
        if (isTermFile(entry.file.name)) {
            const bool seen = std::any_of(terms.cbegin(), terms.cend(), [&entry](const Entry &t) {
                return t.file.name.compare(entry.file.name, Qt::CaseInsensitive) == 0 && t.file.data == entry.file.data;
            });
            if (!seen)
                terms << entry;
            continue;
        }
        const QString key = entry.file.name.toLower();
        if (const auto it = entries.constFind(key); it != entries.constEnd()) {
            if (it->file.data != file.data)
                warnings << QStringLiteral("%1 differs from %2: keeping the first").arg(file.origin, it->file.origin);
            continue;
        }
        entries.insert(key, entry);
    }

    FirmwareInspection inspection;
    for (const Entry &entry : std::as_const(entries)) {
        if (entry.file.name.endsWith(QLatin1String(".loads"), Qt::CaseInsensitive)) {
            Files bundleFiles;
            inspection.bundles << analyzeLoads(entry, entries, terms, expected, bundleFiles);
            inspection.files.insert(inspection.bundles.constLast().loadId.toLower(), bundleFiles);
        }
    }
    if (inspection.bundles.isEmpty())
        return Error(ErrorCode::FirmwareFileMissing, QStringLiteral("no .loads file: not a 79xx firmware bundle"));
    std::sort(inspection.bundles.begin(), inspection.bundles.end(),
              [](const FirmwareBundle &a, const FirmwareBundle &b) { return a.loadId < b.loadId; });
    for (FirmwareBundle &bundle : inspection.bundles)
        bundle.warnings = warnings + bundle.warnings;
    return inspection;
}

FirmwareBundle FirmwareBundleAnalyzer::analyzeLoads(const Entry &loads, const QHash<QString, Entry> &entries,
                                                    const QList<Entry> &terms, PhoneProtocol expected,
                                                    Files &files) const
{
    FirmwareBundle bundle;
    files.insert(loads.file.name.toLower(), loads.file);
    bundle.loadsFileName = loads.file.name;
    bundle.loadId = loads.file.name.chopped(6);
    bundle.loadsFileSize = loads.file.data.size();
    if (loads.headerError)
        bundle.problems << loads.headerError;

    const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(bundle.loadId);
    if (match.family) {
        bundle.familyId = match.family->id;
        bundle.protocol = match.protocol;
        bundle.version = match.version;
        bundle.jumpLoad = bundle.version && match.family->isJumpLoad(*bundle.version);
        for (const PhoneModel *model : m_catalog.modelsInFamily(bundle.familyId))
            bundle.coveredModels << model->id;
        if (!bundle.version)
            bundle.warnings << QStringLiteral("%1: version not recognised").arg(bundle.loadId);
    } else {
        bundle.problems << Error(
            ErrorCode::FirmwareFamilyUnknown,
            QStringLiteral("%1: no known family prefix (SIP11, SIP41, SCCP42, P0S3…)").arg(bundle.loadId));
    }
    if (expected != PhoneProtocol::Unknown && match.family && bundle.protocol != expected)
        bundle.problems << Error(
            ErrorCode::FirmwareProtocolMismatch,
            QStringLiteral("%1 is a %2 load, %3 was expected")
                .arg(bundle.loadId, phoneProtocolName(bundle.protocol), phoneProtocolName(expected)));

    const Result<FirmwareLoadsFile> parsed = FirmwareLoadsFile::parse(loads.file.data);
    if (!parsed) {
        if (!loads.headerError)
            bundle.problems << Error(parsed.error().code(),
                                     loads.file.origin + QStringLiteral(": ") + parsed.error().detail());
        return bundle;
    }
    bundle.hardwareComp = parsed->hardwareComp();
    bundle.releaseLine = parsed->releaseLine();
    bundle.metadata = parsed->metadata();
    for (const QString &image : parsed->images())
        checkImage(bundle, image, entries, files);
    attachCompanions(bundle, entries, terms, files);
    if (bundle.isValid())
        qCInfo(lcFirmware) << "bundle" << bundle.loadId << "valid," << bundle.images.size() << "images";
    else
        qCInfo(lcFirmware) << "bundle" << bundle.loadId << "invalid:" << bundle.firstProblem().toLogString();
    return bundle;
}

void FirmwareBundleAnalyzer::checkImage(FirmwareBundle &bundle, const QString &listedName,
                                        const QHash<QString, Entry> &entries, Files &files) const
{
    const auto it = entries.constFind(listedName.toLower());
    if (it == entries.constEnd()) {
        bundle.problems << Error(
            ErrorCode::FirmwareFileMissing,
            QStringLiteral("%1 (listed in %2) is not in the bundle").arg(listedName, bundle.loadsFileName));
        bundle.images << FirmwareImage{listedName, 0};
        return;
    }
    const Entry &entry = it.value();
    files.insert(entry.file.name.toLower(), entry.file);
    const QByteArray &data = entry.file.data;
    bundle.images << FirmwareImage{entry.file.name, data.size()};
    const QString &name = entry.file.name;
    const bool sbn = name.endsWith(QLatin1String(".sbn"), Qt::CaseInsensitive);
    if (data.isEmpty()) {
        bundle.problems << Error(ErrorCode::FirmwareFileTruncated, name + QStringLiteral(": empty file"));
        return;
    }
    if (!entry.header && !entry.headerError && !sbn)
        return; // unsigned legacy image (.bin): nothing more to check
    if (entry.headerError || !entry.header) {
        // A header whose declared length runs past the end of the file is a cut-off file, not a bad header.
        const bool cut =
            FirmwareSignedHeader::looksSigned(data) && ((quint8(data[8]) << 8) | quint8(data[9])) > data.size();
        if (cut)
            bundle.problems << Error(
                ErrorCode::FirmwareFileTruncated,
                QStringLiteral("%1: %2 bytes, shorter than its header").arg(name).arg(data.size()));
        else
            bundle.problems << (entry.headerError
                                    ? entry.headerError
                                    : Error(ErrorCode::SignedHeaderInvalid, name + QStringLiteral(": no SGN header")));
        return;
    }
    const QByteArrayView payload = FirmwareSignedHeader::payload(data, *entry.header);
    // The 7940/7960 universal loader (P003….sbn) carries raw ARM code after its header, the same bytes as the
    // unsigned .bin, not a CNU_File container (public 8.x bundles): the magic is checked for the other families.
    const PhoneFamily *family = m_catalog.family(bundle.familyId);
    const bool rawCodeAllowed = family && family->legacyLoader;
    if (sbn && payload.size() < kMinImagePayload) {
        bundle.problems << Error(ErrorCode::FirmwareFileTruncated,
                                 QStringLiteral("%1: only %2 bytes after the header").arg(name).arg(payload.size()));
    } else if (sbn && !rawCodeAllowed && !payload.startsWith("CNU_File")) {
        bundle.problems << Error(ErrorCode::FirmwareImageCorrupt,
                                 name + QStringLiteral(": payload does not start with CNU_File"));
    }
}

void FirmwareBundleAnalyzer::attachCompanions(FirmwareBundle &bundle, const QHash<QString, Entry> &entries,
                                              const QList<Entry> &terms, Files &files) const
{
    const PhoneFamily *family = m_catalog.family(bundle.familyId);
    const bool legacy = family && family->legacyLoader;
    QStringList listed;
    for (const FirmwareImage &image : std::as_const(bundle.images))
        listed << image.fileName;
    for (const Entry &term : terms) {
        const QString &name = term.file.name;
        const Result<FirmwareLoadsFile> parsed = FirmwareLoadsFile::parse(term.file.data);
        if (parsed && sameImages(parsed->images(), listed)) {
            if (!bundle.termFiles.contains(name, Qt::CaseInsensitive)) {
                bundle.termFiles << name;
                files.insert(name.toLower(), term.file);
            }
        }
    }
    // Everything the download holds for this load is served, not only what the .loads lists: the 7940/7960 SIP
    // bundle also ships the unsigned universal loader (P003-8-12-00.bin) that very old loaders accept instead of
    // the signed one. A file belongs to the load when its name without the extension is that of a listed image.
    QSet<QString> stems;
    for (const QString &image : std::as_const(listed))
        stems.insert(image.section(QLatin1Char('.'), 0, -2).toLower());
    for (const Entry &entry : entries) {
        const QString &name = entry.file.name;
        const QString lower = name.toLower();
        if (files.contains(lower) || lower.endsWith(QLatin1String(".loads")))
            continue;
        bool extra = stems.contains(name.section(QLatin1Char('.'), 0, -2).toLower());
        if (name.compare(QLatin1String("OS79XX.TXT"), Qt::CaseInsensitive) == 0)
            extra = legacy;
        else if (name.startsWith(QLatin1String("load"), Qt::CaseInsensitive) &&
                 name.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive))
            extra = QString::fromLatin1(entry.file.data.left(4096)).contains(bundle.loadId, Qt::CaseInsensitive);
        if (extra) {
            bundle.extraFiles << name;
            files.insert(name.toLower(), entry.file);
        }
    }
    bundle.termFiles.sort(Qt::CaseInsensitive);
    bundle.extraFiles.sort(Qt::CaseInsensitive);
    if (bundle.termFiles.isEmpty() && !legacy)
        bundle.warnings << QStringLiteral("%1: no termNN.default.loads lists these images; factory-reset phones "
                                          "will not find this load")
                               .arg(bundle.loadsFileName);
}
