#pragma once

#include "core/common/result.h"
#include "core/firmware/firmwarebundle.h"
#include "core/firmware/firmwareinspection.h"
#include "core/phones/phonecatalog.h"

// The per-user store of validated bundles: <root>/<loadId>/ holds the files under their canonical names plus a
// bundle.json manifest. Only valid bundles get in, and a bundle appears atomically (written aside, then renamed).
// Lookups serve the TFTP server: case-insensitive, exact case preferred. What a load ID means (family, version,
// whether it is a jump load) is read from the catalog on every reload, so a corrected catalog applies to bundles
// imported before it.
class FirmwareLibrary
{
public:
    FirmwareLibrary(QString root, PhoneCatalog catalog);
    static QString defaultLocation(); // <AppDataLocation>/firmware

    // What `serve --firmware PATH…` (and any caller given paths) means: a folder that already is a library (a
    // sub-folder with a bundle manifest) is the library to serve from; anything else is a download to import into
    // it. Without one, `fallbackLibrary`. FileNotFound names a path that does not exist.
    struct Sources
    {
        QString library;
        QStringList imports;
    };
    static Result<Sources> chooseSources(const QStringList &paths, const QString &fallbackLibrary);
    static bool isLibraryFolder(const QString &path);

    const QString &root() const { return m_root; }
    // Re-reads the manifests; bundles whose files are missing or resized are skipped with a warning.
    Result<void> reload();
    Result<FirmwareBundle> store(const FirmwareBundle &bundle, const FirmwareInspection &inspection);
    Result<void> remove(const QString &loadId);

    const QList<FirmwareBundle> &bundles() const { return m_bundles; }
    std::optional<FirmwareBundle> bundle(QStringView loadId) const;
    QList<FirmwareBundle> bundlesFor(QStringView familyId, PhoneProtocol protocol = PhoneProtocol::Unknown) const;
    QList<FirmwareBundle> jumpLoads(QStringView familyId) const;
    // The load a phone of the family is converted to: the newest valid SIP bundle that is not a jump load, or
    // empty. The one answer the bench, the CLI and the generated configs share.
    QString newestSipLoad(QStringView familyId) const;
    // Bundles holding this termNN.default.loads. More than one means the session must pick per phone and stage
    // (jump load first, then the target; docs/phones.md, "Jump loads").
    QList<FirmwareBundle> bundlesOfferingTermFile(QStringView termFileName) const;
    // Path of a stored file by the name a phone asks for (any case, leading "/" or "./", backslashes, folders);
    // `loadId` scopes it to one bundle (term files collide). Empty when absent.
    QString filePath(QStringView requestedName, QStringView loadId = {}) const;

private:
    QString bundleDir(const QString &loadId) const;

    QString m_root;
    PhoneCatalog m_catalog;
    QList<FirmwareBundle> m_bundles;
};
