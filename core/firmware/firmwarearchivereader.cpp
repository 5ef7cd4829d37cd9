#include "core/firmware/firmwarearchivereader.h"

#include "core/common/logging.h"
#include "core/firmware/firmwaresignedheader.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

struct FirmwareArchiveReader::State
{
    QList<FirmwareFile> files;
    qint64 inputBytes = 0;
    qint64 extractedBytes = 0;
    int entries = 0;
};

namespace {

struct ArchiveDeleter
{
    void operator()(archive *a) const { archive_read_free(a); }
};

QString archiveError(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromUtf8(text) : QStringLiteral("unknown libarchive error");
}

QByteArrayView withoutSignedHeader(QByteArrayView data)
{
    if (!FirmwareSignedHeader::looksSigned(data))
        return data;
    const Result<FirmwareSignedHeader> header = FirmwareSignedHeader::parse(data);
    return header ? FirmwareSignedHeader::payload(data, *header) : QByteArrayView();
}

bool hasArchiveMagic(QByteArrayView d)
{
    return d.startsWith("PK\x03\x04") || d.startsWith("PK\x05\x06") || d.startsWith("\x1f\x8b") ||
           d.startsWith("BZh") ||
           d.startsWith("\xfd"
                        "7zXZ") ||
           (d.size() > 262 && d.sliced(257, 5) == "ustar");
}

} // namespace

FirmwareArchiveReader::FirmwareArchiveReader()
    : FirmwareArchiveReader(Limits{})
{}

FirmwareArchiveReader::FirmwareArchiveReader(Limits limits)
    : m_limits(limits)
{}

bool FirmwareArchiveReader::isFirmwareFileName(QStringView name)
{
    static const QRegularExpression re(
        QStringLiteral("(\\.(loads|sbn|sb2|bin|zup|sbin)|^OS79XX\\.TXT|^load[0-9]+\\.txt)$"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool FirmwareArchiveReader::looksLikeArchive(QByteArrayView data)
{
    return hasArchiveMagic(withoutSignedHeader(data));
}

Result<QList<FirmwareFile>> FirmwareArchiveReader::readPath(const QString &path)
{
    State state;
    const QFileInfo info(path);
    if (!info.exists())
        return Error(ErrorCode::FileNotFound, path);
    if (info.isDir()) {
        if (Result<void> r = readFolder(path, state); !r)
            return r.error();
        return state.files;
    }
    if (info.size() > m_limits.maxInputBytes)
        return Error(ErrorCode::ArchiveTooLarge, QStringLiteral("%1: %2 bytes").arg(path).arg(info.size()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, path + QStringLiteral(": ") + file.errorString());
    return readData(file.read(m_limits.maxInputBytes), info.fileName());
}

Result<QList<FirmwareFile>> FirmwareArchiveReader::readData(const QByteArray &data, const QString &origin)
{
    State state;
    state.inputBytes = data.size();
    if (!looksLikeArchive(data))
        return Error(ErrorCode::ArchiveUnreadable, origin + QStringLiteral(": not a zip, tar, tar.gz or cop file"));
    if (Result<void> r = readArchive(data, origin, 0, state); !r)
        return r.error();
    if (m_progress)
        m_progress(state.inputBytes, state.inputBytes);
    return state.files;
}

Result<void> FirmwareArchiveReader::readFolder(const QString &path, State &state)
{
    QList<QFileInfo> found;
    QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (found.size() >= m_limits.maxEntries)
            return Error(ErrorCode::ArchiveTooLarge,
                         QStringLiteral("%1: more than %2 files").arg(path).arg(found.size()));
        found << it.fileInfo();
        state.inputBytes += it.fileInfo().size();
    }
    qint64 done = 0;
    for (const QFileInfo &info : found) {
        if (m_cancelled && m_cancelled())
            return Error(ErrorCode::Cancelled);
        const QString origin = QDir(path).relativeFilePath(info.filePath());
        if (info.size() > m_limits.maxFileBytes)
            return Error(ErrorCode::ArchiveTooLarge, QStringLiteral("%1: %2 bytes").arg(origin).arg(info.size()));
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::FileUnreadable, origin + QStringLiteral(": ") + file.errorString());
        const QByteArray data = file.read(m_limits.maxFileBytes);
        if (Result<void> r = take(data, info.fileName(), origin, 0, state); !r)
            return r;
        done += info.size();
        if (m_progress)
            m_progress(done, state.inputBytes);
    }
    return {};
}

Result<void> FirmwareArchiveReader::take(const QByteArray &data, const QString &name, const QString &origin, int depth,
                                         State &state)
{
    if (++state.entries > m_limits.maxEntries)
        return Error(ErrorCode::ArchiveTooLarge, QStringLiteral("more than %1 entries").arg(m_limits.maxEntries));
    // An .sbn is SGN + "CNU_File", a .cop.sgn is SGN + gzip: only the content tells them apart.
    if (looksLikeArchive(data)) {
        if (depth + 1 > m_limits.maxDepth)
            return Error(ErrorCode::ArchiveTooLarge, origin + QStringLiteral(": archives nested too deep"));
        return readArchive(data, origin, depth + 1, state);
    }
    if (!isFirmwareFileName(name)) {
        qCDebug(lcFirmware) << "skipping" << origin;
        return {};
    }
    state.files.append(FirmwareFile{name, origin, data});
    return {};
}

Result<void> FirmwareArchiveReader::readArchive(QByteArrayView data, const QString &origin, int depth, State &state)
{
    const QByteArrayView body = withoutSignedHeader(data);
    std::unique_ptr<archive, ArchiveDeleter> a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_format_zip(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    if (archive_read_open_memory(a.get(), body.data(), size_t(body.size())) != ARCHIVE_OK)
        return Error(ErrorCode::ArchiveUnreadable, origin + QStringLiteral(": ") + archiveError(a.get()));

    archive_entry *entry = nullptr;
    int status = ARCHIVE_OK;
    char buffer[64 * 1024];
    while ((status = archive_read_next_header(a.get(), &entry)) == ARCHIVE_OK) {
        if (m_cancelled && m_cancelled())
            return Error(ErrorCode::Cancelled);
        if (archive_entry_filetype(entry) != AE_IFREG)
            continue;
        const char *rawPath = archive_entry_pathname(entry);
        const QString path = rawPath ? QString::fromUtf8(rawPath) : QString();
        const QString name = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
        const QString entryOrigin = origin + QLatin1Char('!') + path;
        QByteArray content;
        for (;;) {
            const la_ssize_t n = archive_read_data(a.get(), buffer, sizeof buffer);
            if (n == 0)
                break;
            if (n < 0)
                return Error(ErrorCode::ArchiveUnreadable, entryOrigin + QStringLiteral(": ") + archiveError(a.get()));
            state.extractedBytes += n;
            if (content.size() + n > m_limits.maxFileBytes || state.extractedBytes > m_limits.maxTotalBytes ||
                state.extractedBytes >
                    std::max(m_limits.expansionFloorBytes, state.inputBytes * m_limits.maxExpansionRatio))
                return Error(ErrorCode::ArchiveTooLarge,
                             entryOrigin + QStringLiteral(": more than %1 bytes unpacked").arg(state.extractedBytes));
            content.append(buffer, n);
        }
        if (depth == 0 && m_progress)
            m_progress(std::min<qint64>(archive_filter_bytes(a.get(), -1), state.inputBytes), state.inputBytes);
        if (Result<void> r = take(content, name, entryOrigin, depth, state); !r)
            return r;
    }
    if (status != ARCHIVE_EOF)
        return Error(ErrorCode::ArchiveUnreadable, origin + QStringLiteral(": ") + archiveError(a.get()));
    return {};
}
