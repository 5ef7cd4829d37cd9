#include "core/firmware/firmwarelibrary.h"

#include "core/common/logging.h"
#include "core/firmware/firmwarebundlemanifest.h"
#include "core/phones/phoneclassifier.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

namespace {

const QString kManifest = QStringLiteral("bundle.json");
constexpr qint64 kMaxManifestBytes = 256 * 1024;

} // namespace

FirmwareLibrary::FirmwareLibrary(QString root, PhoneCatalog catalog)
    : m_root(std::move(root))
    , m_catalog(std::move(catalog))
{}

QString FirmwareLibrary::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/firmware");
}

bool FirmwareLibrary::isLibraryFolder(const QString &path)
{
    const QDir dir(path);
    if (!QFileInfo(path).isDir())
        return false;
    const QStringList subdirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return std::any_of(subdirs.cbegin(), subdirs.cend(), [&dir](const QString &sub) {
        return QFileInfo::exists(dir.filePath(sub + QLatin1Char('/') + kManifest));
    });
}

Result<FirmwareLibrary::Sources> FirmwareLibrary::chooseSources(const QStringList &paths,
                                                                const QString &fallbackLibrary)
{
    Sources sources;
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path))
            return Error(ErrorCode::FileNotFound, path);
        if (sources.library.isEmpty() && isLibraryFolder(path))
            sources.library = path;
        else
            sources.imports << path;
    }
    if (sources.library.isEmpty())
        sources.library = fallbackLibrary;
    return sources;
}

QString FirmwareLibrary::bundleDir(const QString &loadId) const
{
    return m_root + QLatin1Char('/') + loadId;
}

Result<void> FirmwareLibrary::reload()
{
    m_bundles.clear();
    const QDir root(m_root);
    if (!root.exists())
        return {};
    const QStringList dirs = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &dir : dirs) {
        if (dir.startsWith(QLatin1Char('.')))
            continue; // an interrupted store
        QFile file(root.filePath(dir + QLatin1Char('/') + kManifest));
        if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxManifestBytes) {
            qCWarning(lcFirmware) << "library: no readable manifest in" << dir;
            continue;
        }
        Result<FirmwareBundle> bundle = FirmwareBundleManifest::read(file.readAll(), file.fileName());
        if (!bundle || bundle->loadId != dir) {
            qCWarning(lcFirmware) << "library: skipping" << dir << (bundle ? QString() : bundle.error().toLogString());
            continue;
        }
        bool intact =
            QFileInfo(root.filePath(dir + QLatin1Char('/') + bundle->loadsFileName)).size() == bundle->loadsFileSize;
        for (const FirmwareImage &image : bundle->images)
            intact = intact && QFileInfo(root.filePath(dir + QLatin1Char('/') + image.fileName)).size() == image.size;
        if (!intact) {
            qCWarning(lcFirmware) << "library: files of" << dir << "are missing or changed; skipping it";
            continue;
        }
        const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(bundle->loadId);
        if (!match.family || match.family->id != bundle->familyId) {
            qCWarning(lcFirmware) << "library: the catalog does not know" << dir << "as family" << bundle->familyId
                                  << "; skipping it";
            continue;
        }
        bundle.value().version = match.version;
        bundle.value().jumpLoad = match.version && match.family->isJumpLoad(*match.version);
        m_bundles << bundle.value();
    }
    return {};
}

Result<FirmwareBundle> FirmwareLibrary::store(const FirmwareBundle &bundle, const FirmwareInspection &inspection)
{
    if (!bundle.isValid())
        return bundle.firstProblem();
    if (!QDir().mkpath(m_root))
        return Error(ErrorCode::DirectoryUnwritable, m_root);
    const QString staging = m_root + QStringLiteral("/.incoming-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!QDir().mkpath(staging))
        return Error(ErrorCode::DirectoryUnwritable, staging);
    const auto fail = [&staging](const Error &error) {
        QDir(staging).removeRecursively();
        return error;
    };
    for (const QString &name : bundle.allFileNames()) {
        const FirmwareFile *file = inspection.file(bundle.loadId, name);
        if (!file)
            return fail(Error(ErrorCode::FirmwareFileMissing, name));
        QSaveFile out(staging + QLatin1Char('/') + name);
        if (!out.open(QIODevice::WriteOnly) || out.write(file->data) != file->data.size() || !out.commit())
            return fail(
                Error(ErrorCode::FirmwareLibraryError, out.fileName() + QStringLiteral(": ") + out.errorString()));
    }
    QSaveFile manifest(staging + QLatin1Char('/') + kManifest);
    if (!manifest.open(QIODevice::WriteOnly) || manifest.write(FirmwareBundleManifest::write(bundle)) < 0 ||
        !manifest.commit())
        return fail(Error(ErrorCode::FirmwareLibraryError,
                          manifest.fileName() + QStringLiteral(": ") + manifest.errorString()));

    const QString target = bundleDir(bundle.loadId);
    if (QFileInfo::exists(target) && !QDir(target).removeRecursively())
        return fail(Error(ErrorCode::FirmwareLibraryError, target + QStringLiteral(": cannot replace")));
    if (!QDir().rename(staging, target))
        return fail(Error(ErrorCode::FirmwareLibraryError, target + QStringLiteral(": cannot rename into place")));
    qCInfo(lcFirmware) << "library: stored" << bundle.loadId << bundle.totalBytes() << "bytes of images in" << target;
    if (Result<void> r = reload(); !r)
        return r.error();
    return bundle;
}

Result<void> FirmwareLibrary::remove(const QString &loadId)
{
    const std::optional<FirmwareBundle> found = bundle(loadId);
    if (!found)
        return Error(ErrorCode::FileNotFound, loadId);
    if (!QDir(bundleDir(found->loadId)).removeRecursively())
        return Error(ErrorCode::FirmwareLibraryError, bundleDir(found->loadId));
    return reload();
}

std::optional<FirmwareBundle> FirmwareLibrary::bundle(QStringView loadId) const
{
    for (const FirmwareBundle &b : m_bundles) {
        if (b.loadId.compare(loadId, Qt::CaseInsensitive) == 0)
            return b;
    }
    return std::nullopt;
}

QList<FirmwareBundle> FirmwareLibrary::bundlesFor(QStringView familyId, PhoneProtocol protocol) const
{
    QList<FirmwareBundle> found;
    for (const FirmwareBundle &b : m_bundles) {
        if (b.familyId.compare(familyId, Qt::CaseInsensitive) == 0 &&
            (protocol == PhoneProtocol::Unknown || b.protocol == protocol))
            found << b;
    }
    return found;
}

QList<FirmwareBundle> FirmwareLibrary::jumpLoads(QStringView familyId) const
{
    QList<FirmwareBundle> found;
    for (const FirmwareBundle &b : bundlesFor(familyId)) {
        if (b.jumpLoad)
            found << b;
    }
    return found;
}

QString FirmwareLibrary::newestSipLoad(QStringView familyId) const
{
    const FirmwareBundle *best = nullptr;
    for (const FirmwareBundle &bundle : m_bundles) {
        if (bundle.familyId.compare(familyId, Qt::CaseInsensitive) != 0 || bundle.protocol != PhoneProtocol::Sip ||
            bundle.jumpLoad || !bundle.isValid())
            continue;
        if (!best || (bundle.version && (!best->version || *best->version < *bundle.version)))
            best = &bundle;
    }
    return best ? best->loadId : QString();
}

QList<FirmwareBundle> FirmwareLibrary::bundlesOfferingTermFile(QStringView termFileName) const
{
    QList<FirmwareBundle> found;
    for (const FirmwareBundle &b : m_bundles) {
        if (b.termFiles.contains(termFileName.toString(), Qt::CaseInsensitive))
            found << b;
    }
    return found;
}

QString FirmwareLibrary::filePath(QStringView requestedName, QStringView loadId) const
{
    // Firmware is flat: "/jar41sip…", "./term41…" and "<locale>/…" all mean the last path element. Names never
    // leave the library: only names listed in a manifest can match.
    const QString path = PhoneClassifier::normalizedPath(requestedName);
    const QStringView fileName = QStringView(path).mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    if (fileName.isEmpty())
        return {};
    // Two passes: exact case across all bundles first, then case-insensitive (docs/phones.md, "TFTP client").
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        for (const FirmwareBundle &b : m_bundles) {
            if (!loadId.isEmpty() && b.loadId.compare(loadId, Qt::CaseInsensitive) != 0)
                continue;
            for (const QString &name : b.allFileNames()) {
                if (name.compare(fileName, cs) == 0)
                    return bundleDir(b.loadId) + QLatin1Char('/') + name;
            }
        }
    }
    return {};
}
