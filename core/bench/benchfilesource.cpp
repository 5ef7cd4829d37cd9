#include "core/bench/benchfilesource.h"

#include "core/common/logging.h"

#include <QCryptographicHash>
#include <QDir>

BenchFileSource::BenchFileSource(ProvisioningFiles files, Chooser chooser)
    : m_files(std::move(files))
    , m_chooser(std::move(chooser))
    , m_directory(m_files.library().root())
{}

Result<TftpFile> BenchFileSource::open(const QString &normalisedName, const QHostAddress &client)
{
    std::optional<MacAddress> owner;
    if (const std::optional<ProvisioningFiles::Kind> kind = ProvisioningFiles::kindOf(normalisedName, &owner)) {
        ProvisioningFiles::Asker asker = m_chooser(client, owner);
        if (owner)
            asker.mac = owner;
        const Result<GeneratedFile> file = m_files.file(*kind, asker);
        if (file) {
            // Name, size and hash only: a config holds a SIP password.
            qCInfo(lcBench) << "generated" << file->name << file->content.size() << "bytes"
                            << QCryptographicHash::hash(file->content, QCryptographicHash::Sha256).toHex().left(16);
            return TftpFile::fromBytes(file->name, file->content);
        }
        const ErrorCode code = file.error().code();
        if (code != ErrorCode::FileNotFound && code != ErrorCode::PhoneSipBundleMissing)
            return file.error();
        // An unknown phone's per-phone file is a miss: it falls back to XMLDefault.cnf.xml. Without a SIP bundle
        // the tracker tells the technician which one to import.
    }
    return firmware(normalisedName, client);
}

Result<TftpFile> BenchFileSource::firmware(const QString &name, const QHostAddress &client)
{
    const FirmwareLibrary &library = m_files.library();
    const QString base = name.section(QLatin1Char('/'), -1);
    QString path;
    const QList<FirmwareBundle> offering = library.bundlesOfferingTermFile(base);
    if (offering.size() > 1) {
        // termNN.default.loads collides between the jump load and the target: the phone's stage decides.
        const QString load = m_chooser(client, std::nullopt).loadId;
        const auto byLoad = [&](const FirmwareBundle &b) { return b.loadId.compare(load, Qt::CaseInsensitive) == 0; };
        const auto target = [](const FirmwareBundle &b) { return !b.jumpLoad; };
        auto chosen = std::find_if(offering.cbegin(), offering.cend(), byLoad);
        if (chosen == offering.cend())
            chosen = std::find_if(offering.cbegin(), offering.cend(), target);
        if (chosen == offering.cend())
            chosen = offering.cbegin();
        path = library.filePath(base, chosen->loadId);
    } else {
        path = library.filePath(name);
    }
    if (path.isEmpty())
        return Error(ErrorCode::FileNotFound, name);
    return m_directory.open(QDir(library.root()).relativeFilePath(path), client);
}
