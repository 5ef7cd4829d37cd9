#pragma once

#include "core/tftp/tftpfilesource.h"

#include <QDateTime>
#include <QHash>
#include <QString>

// Serves the files under one folder. Lookups are case-insensitive per path segment, preferring the exact
// spelling (phones ask for "Jar41sip…" when the bundle holds "jar41sip…"), sub-folders allowed; the result
// must stay inside the root after resolving symlinks, or it is refused.
//
// Files are read into memory once and shared by every transfer; the cache is keyed by canonical path and a
// file is read again when its size or modification time changes. Reading instead of mmap is deliberate: a
// mapped file truncated by another program mid-transfer would SIGBUS the whole application.
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

private:
    struct Entry
    {
        TftpFile file;
        qint64 size = 0;
        QDateTime modified;
        quint64 lastUse = 0;
    };
    Result<QString> resolve(const QString &normalisedName) const;
    void trimCache();

    QString m_root;
    Limits m_limits;
    QHash<QString, Entry> m_cache;
    qint64 m_cachedBytes = 0;
    quint64 m_useCounter = 0;
    int m_hits = 0;
    int m_loads = 0;
};
