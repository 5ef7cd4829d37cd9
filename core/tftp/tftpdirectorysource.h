#pragma once

#include "core/tftp/tftpfilesource.h"

#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>

// Serves the files under one folder. Lookups are case-insensitive per path segment, preferring the exact
// spelling (phones ask for "Jar41sip…" when the bundle holds "jar41sip…"), sub-folders allowed; the result
// must stay inside the root after resolving symlinks, or it is refused.
//
// Files are read into memory once and shared by every transfer; the cache is keyed by canonical path and a
// file is read again when its size or modification time changes. Reading instead of mmap is deliberate: a
// mapped file truncated by another program mid-transfer would SIGBUS the whole application.
//
// A name asked for again (two hundred phones fetching the same default config) skips the walk: a name that
// resolved to itself — exact case, no symlink on the way — is remembered with its file's identity (device and
// inode where the OS has them, size, modification and status-change times to the nanosecond), and served after
// one stat() that finds the same identity. A rewrite, a rename, or a symlink swapped in for the file or a folder
// on its way leads that stat() to another identity, and the name goes through the full walk and its root check
// again. Case-folded and symlinked names always take the full walk.
class TftpDirectorySource final : public TftpFileSource
{
public:
    struct Limits
    {
        qint64 maxFileBytes = qint64(512) * 1024 * 1024;
        // Files not in use are kept up to this total, least recently used dropped first.
        qint64 maxCachedBytes = qint64(256) * 1024 * 1024;
    };

    explicit TftpDirectorySource(const QString &root);
    TftpDirectorySource(const QString &root, Limits limits);

    Result<TftpFile> open(const QString &normalisedName, const QHostAddress &client) override;

    QString root() const { return m_root; }
    // For tests and the bench: how many reads the cache has saved and done.
    int cacheHits() const { return m_hits; }
    int cacheLoads() const { return m_loads; }
    // How many opens skipped the name walk.
    int resolveHits() const { return m_resolveHits; }

private:
    struct Entry
    {
        TftpFile file;
        qint64 size = 0;
        QDateTime modified;
        quint64 lastUse = 0;
    };
    struct Identity
    {
        quint64 device = 0;
        quint64 inode = 0;
        qint64 size = -1;
        qint64 modifiedNs = 0;
        qint64 changedNs = 0;
        bool operator==(const Identity &) const = default;
    };
    struct Resolved
    {
        QString path;
        Identity identity;
    };
    // One stat() of a regular file (following symlinks); nothing for anything else.
    static std::optional<Identity> identify(const QString &path);
    Result<QString> resolve(const QString &normalisedName) const;
    // The cached file behind a remembered name, if one stat() says nothing changed.
    std::optional<TftpFile> quickOpen(const QString &normalisedName);
    void trimCache();

    QString m_root;
    Limits m_limits;
    QHash<QString, Entry> m_cache;
    QHash<QString, Resolved> m_resolved;
    qint64 m_cachedBytes = 0;
    quint64 m_useCounter = 0;
    int m_hits = 0;
    int m_loads = 0;
    int m_resolveHits = 0;
};
