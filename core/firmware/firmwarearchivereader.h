#pragma once

#include "core/common/result.h"
#include "core/firmware/firmwarefile.h"

#include <QList>

#include <functional>

// Takes every firmware-relevant file out of whatever the user downloaded: zip (flat or holding a tar), tar,
// tar.gz/tgz, .cop (tar.gz), .cop.sgn (SGN header + tar.gz), archives nested in those, or a folder. Formats are
// detected by content, never by extension. Everything is bounded: entry count, file size, total size, nesting
// depth and the expansion ratio (decompression bombs end in ArchiveTooLarge). Blocking; run it off the GUI thread.
class FirmwareArchiveReader
{
public:
    struct Limits
    {
        int maxEntries = 4096;
        int maxDepth = 4;
        qint64 maxInputBytes = 512LL * 1024 * 1024;
        qint64 maxFileBytes = 128LL * 1024 * 1024;
        qint64 maxTotalBytes = 512LL * 1024 * 1024;
        qint64 maxExpansionRatio = 100;                  // extracted bytes per input byte…
        qint64 expansionFloorBytes = 64LL * 1024 * 1024; // …once this much has been extracted
    };
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;
    using CancelFunction = std::function<bool()>;

    FirmwareArchiveReader();
    explicit FirmwareArchiveReader(Limits limits);
    void setProgressFunction(ProgressFunction progress) { m_progress = std::move(progress); }
    void setCancelFunction(CancelFunction cancelled) { m_cancelled = std::move(cancelled); }

    Result<QList<FirmwareFile>> readPath(const QString &path);
    Result<QList<FirmwareFile>> readData(const QByteArray &data, const QString &origin);

    // Names worth keeping: .loads, .sbn, .sb2, .bin, .zup, .sbin, OS79XX.TXT, loadNNN.txt.
    static bool isFirmwareFileName(QStringView name);
    // Archive magic (zip, gzip, bzip2, xz, tar), possibly behind an SGN header.
    static bool looksLikeArchive(QByteArrayView data);

private:
    struct State;
    Result<void> readFolder(const QString &path, State &state);
    Result<void> readArchive(QByteArrayView data, const QString &origin, int depth, State &state);
    Result<void> take(const QByteArray &data, const QString &name, const QString &origin, int depth, State &state);

    Limits m_limits;
    ProgressFunction m_progress;
    CancelFunction m_cancelled;
};
