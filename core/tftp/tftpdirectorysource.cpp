#include "core/tftp/tftpdirectorysource.h"

#include "core/common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace {

// Names remembered for the quick path; a flood of distinct names only costs the walk again.
constexpr qsizetype kMaxRememberedNames = 4096;

// Where the file system ignores case (Windows; macOS by default), a name that exists in another spelling says
// nothing about the spelling on disk, and the canonical path keeps the spelling asked for (seen under Wine). The
// walk then takes each segment's spelling from the folder listing, so one file has one path: one cache entry, and
// only exact spellings take the quick path, as on Linux.
#if defined(Q_OS_WIN) || defined(Q_OS_DARWIN)
constexpr bool kFileSystemIgnoresCase = true;
#else
constexpr bool kFileSystemIgnoresCase = false;
#endif

} // namespace

TftpDirectorySource::TftpDirectorySource(const QString &root)
    : TftpDirectorySource(root, Limits())
{}

TftpDirectorySource::TftpDirectorySource(const QString &root, Limits limits)
    : m_root(QFileInfo(root).canonicalFilePath())
    , m_limits(limits)
{}

Result<QString> TftpDirectorySource::resolve(const QString &normalisedName) const
{
    if (m_root.isEmpty())
        return Error(ErrorCode::FileNotFound, QStringLiteral("served folder does not exist"));
    QString current = m_root;
    const QStringList segments = normalisedName.split(u'/');
    for (const QString &segment : segments) {
        const QString exact = current + u'/' + segment;
        if (!kFileSystemIgnoresCase && QFileInfo::exists(exact)) {
            current = exact;
            continue;
        }
        // Sorted listing: when several spellings differ only in case, the exact one wins, else the choice is stable.
        const QStringList entries =
            QDir(current).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        auto match = std::find(entries.cbegin(), entries.cend(), segment);
        if (match == entries.cend())
            match = std::find_if(entries.cbegin(), entries.cend(), [&segment](const QString &entry) {
                return entry.compare(segment, Qt::CaseInsensitive) == 0;
            });
        if (match == entries.cend())
            return Error(ErrorCode::FileNotFound, normalisedName);
        current += u'/' + *match;
    }
    const QFileInfo info(current);
    const QString canonical = info.canonicalFilePath();
    if (canonical.isEmpty())
        return Error(ErrorCode::FileNotFound, normalisedName);
    // Symlinks are followed only while they stay inside the root.
    if (!canonical.startsWith(m_root + u'/'))
        return Error(ErrorCode::TftpAccessDenied, QStringLiteral("%1 leaves the served folder").arg(normalisedName));
    if (!QFileInfo(canonical).isFile())
        return Error(ErrorCode::FileNotFound, QStringLiteral("%1 is not a file").arg(normalisedName));
    return canonical;
}

std::optional<TftpDirectorySource::Identity> TftpDirectorySource::identify(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return std::nullopt;
#ifdef Q_OS_DARWIN
    const timespec modified = st.st_mtimespec;
    const timespec changed = st.st_ctimespec;
#else
    const timespec modified = st.st_mtim;
    const timespec changed = st.st_ctim;
#endif
    return Identity{quint64(st.st_dev), quint64(st.st_ino), qint64(st.st_size),
                    qint64(modified.tv_sec) * 1000000000 + modified.tv_nsec,
                    qint64(changed.tv_sec) * 1000000000 + changed.tv_nsec};
#else
    // No inode through Qt: size and both times (to the millisecond) stand in for the identity.
    const QFileInfo info(path);
    if (!info.isFile())
        return std::nullopt;
    return Identity{0, 0, info.size(), info.lastModified().toMSecsSinceEpoch() * 1000000,
                    info.metadataChangeTime().toMSecsSinceEpoch() * 1000000};
#endif
}

std::optional<TftpFile> TftpDirectorySource::quickOpen(const QString &normalisedName)
{
    const auto known = m_resolved.constFind(normalisedName);
    if (known == m_resolved.cend())
        return std::nullopt;
    const std::optional<Identity> now = identify(known->path);
    const auto cached = m_cache.find(known->path);
    if (now && *now == known->identity && cached != m_cache.end() && cached->size == now->size) {
        cached->lastUse = ++m_useCounter;
        ++m_hits;
        ++m_resolveHits;
        return cached->file;
    }
    m_resolved.erase(known);
    return std::nullopt;
}

Result<TftpFile> TftpDirectorySource::open(const QString &normalisedName, const QHostAddress &client)
{
    Q_UNUSED(client)
    if (std::optional<TftpFile> quick = quickOpen(normalisedName))
        return *std::move(quick);
    const Result<QString> resolved = resolve(normalisedName);
    if (!resolved)
        return resolved.error();
    const QString &path = resolved.value();
    const QFileInfo info(path);
    const qint64 size = info.size();
    const QDateTime modified = info.lastModified();
    const QString relative = path.mid(m_root.size() + 1);
    // Only a name that is its own canonical path (no case folding, no symlink) may skip the walk next time. Its
    // identity is read before the bytes: a change in between makes the next request walk again, never the reverse.
    if (relative == normalisedName) {
        if (m_resolved.size() >= kMaxRememberedNames)
            m_resolved.clear();
        if (const std::optional<Identity> identity = identify(path))
            m_resolved.insert(normalisedName, Resolved{path, *identity});
    }

    auto cached = m_cache.find(path);
    if (cached != m_cache.end()) {
        if (cached->size == size && cached->modified == modified) {
            cached->lastUse = ++m_useCounter;
            ++m_hits;
            return cached->file;
        }
        m_cachedBytes -= cached->size;
        m_cache.erase(cached);
    }
    if (size > m_limits.maxFileBytes)
        return Error(ErrorCode::FileTooLarge, QStringLiteral("%1: %2 bytes").arg(relative).arg(size));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, QStringLiteral("%1: %2").arg(relative, file.errorString()));
    // Read at most one byte more than announced, so a file growing under us is noticed, not overrun.
    QByteArray bytes = file.read(size + 1);
    if (bytes.size() != size)
        return Error(ErrorCode::FileUnreadable, QStringLiteral("%1 changed while being read").arg(relative));
    ++m_loads;
    Entry entry;
    entry.file = TftpFile::fromBytes(relative, std::move(bytes));
    entry.size = size;
    entry.modified = modified;
    entry.lastUse = ++m_useCounter;
    m_cache.insert(path, entry);
    m_cachedBytes += size;
    trimCache();
    qCDebug(lcTftp) << "loaded" << relative << size << "bytes";
    return entry.file;
}

void TftpDirectorySource::trimCache()
{
    // Transfers still holding a dropped file keep its bytes alive; the cache only forgets it.
    while (m_cachedBytes > m_limits.maxCachedBytes && !m_cache.isEmpty()) {
        auto oldest = m_cache.begin();
        for (auto it = m_cache.begin(); it != m_cache.end(); ++it) {
            if (it->lastUse < oldest->lastUse)
                oldest = it;
        }
        m_cachedBytes -= oldest->size;
        m_cache.erase(oldest);
    }
}
