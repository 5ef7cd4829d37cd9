#include "core/dhcp/dhcpleasestore.h"

#include "core/common/logging.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

constexpr qint64 kMaxJournalBytes = 64 * 1024 * 1024;
constexpr int kMaxLineBytes = 1024;
constexpr qint64 kPreallocateBytes = 256 * 1024;

bool syncHandle(int handle)
{
#ifdef Q_OS_WIN
    return ::_commit(handle) == 0;
#elif defined(Q_OS_MACOS)
    return ::fcntl(handle, F_FULLFSYNC) == 0 || ::fsync(handle) == 0;
#else
    return ::fdatasync(handle) == 0;
#endif
}

void syncDirectory(const QString &directory)
{
#ifndef Q_OS_WIN
    // The rename in compact() is durable only once the directory entry is.
    const int fd = ::open(QFile::encodeName(directory).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(directory)
#endif
}

QByteArray checksum(const QByteArray &body)
{
    return QByteArray::number(qChecksum(body, Qt::ChecksumItuV41), 16).rightJustified(4, '0');
}

} // namespace

DhcpLeaseStore::DhcpLeaseStore(QString directory)
    : m_directory(std::move(directory))
{}

DhcpLeaseStore::~DhcpLeaseStore()
{
    close();
}

QString DhcpLeaseStore::journalPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("leases.journal"));
}

// "B <ip> <mac|-> <expiry> <key hex> <hostname hex> <crc>" for a bound lease, "F ..." for a freed one.
QByteArray DhcpLeaseStore::encode(const DhcpLease &lease, bool bound)
{
    QByteArray body;
    body += bound ? "B " : "F ";
    body += QByteArray::number(lease.address, 16) + ' ';
    body += (lease.mac.isValid() ? lease.mac.toCompact().toLatin1() : QByteArray("-")) + ' ';
    body += QByteArray::number(lease.expiresAt) + ' ';
    body += lease.clientKey.toHex() + ' ';
    body += (lease.hostname.isEmpty() ? QByteArray("-") : lease.hostname.toUtf8().toHex());
    return body + ' ' + checksum(body) + '\n';
}

bool DhcpLeaseStore::decode(const QByteArray &line, DhcpLease &lease, bool &bound)
{
    if (line.size() > kMaxLineBytes || !line.endsWith('\n'))
        return false;
    const QByteArray text = line.chopped(1);
    const qsizetype lastSpace = text.lastIndexOf(' ');
    if (lastSpace < 0 || checksum(text.left(lastSpace)) != text.mid(lastSpace + 1))
        return false;
    const QList<QByteArray> fields = text.left(lastSpace).split(' ');
    if (fields.size() != 6 || (fields[0] != "B" && fields[0] != "F"))
        return false;
    bool ok = false;
    lease.address = fields[1].toUInt(&ok, 16);
    if (!ok)
        return false;
    lease.mac =
        fields[2] == "-" ? MacAddress() : MacAddress::parse(QString::fromLatin1(fields[2])).value_or(MacAddress());
    lease.expiresAt = fields[3].toLongLong(&ok);
    if (!ok)
        return false;
    lease.clientKey = QByteArray::fromHex(fields[4]);
    lease.hostname = fields[5] == "-" ? QString() : QString::fromUtf8(QByteArray::fromHex(fields[5])).left(63);
    lease.state = DhcpLease::State::Bound;
    bound = fields[0] == "B";
    return !lease.clientKey.isEmpty();
}

Result<QList<DhcpLease>> DhcpLeaseStore::open()
{
    close();
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::DirectoryUnwritable, m_directory);
    QHash<quint32, DhcpLease> live;
    qint64 goodEnd = 0;
    QFile file(journalPath());
    if (file.exists()) {
        if (file.size() > kMaxJournalBytes)
            return Error(ErrorCode::FileTooLarge, journalPath());
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::FileUnreadable, journalPath() + QStringLiteral(": ") + file.errorString());
        const QByteArray data = file.readAll();
        file.close();
        // Records end at the first NUL: the zero-filled space reserved ahead of the writer. A last record
        // without its newline, or with NULs inside, is a write torn by a crash: it was never acknowledged.
        while (goodEnd < data.size() && data[goodEnd] != '\0') {
            const qsizetype newline = data.indexOf('\n', goodEnd);
            if (newline < 0)
                break;
            const QByteArray line = data.mid(goodEnd, newline + 1 - goodEnd);
            if (line.contains('\0'))
                break;
            goodEnd = newline + 1;
            ++m_records;
            DhcpLease lease;
            bool bound = false;
            if (!decode(line, lease, bound)) {
                ++m_skippedLines;
                continue;
            }
            if (bound)
                live.insert(lease.address, lease);
            else if (live.value(lease.address).clientKey == lease.clientKey)
                live.remove(lease.address);
        }
        if (m_skippedLines > 0)
            qCWarning(lcDhcp) << "lease journal:" << m_skippedLines << "corrupt records skipped";
    }
    m_live = int(live.size());
    m_coverage.reset(live.values());
    if (Result<void> r = reopenForAppend(goodEnd); !r)
        return r.error();
    qCInfo(lcDhcp) << "lease journal" << journalPath() << "holds" << m_live << "leases";
    return live.values();
}

Result<void> DhcpLeaseStore::reopenForAppend(qint64 end)
{
    m_journal.close();
    m_journal.setFileName(journalPath());
    if (!m_journal.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + m_journal.errorString());
    m_handle = m_journal.handle();
    m_writeOffset = end;
    m_allocatedEnd = m_journal.size();
    // Whatever follows the last good record (a torn write) is zeroed, so a shorter record written there later
    // can never run into its remains.
    if (m_allocatedEnd > end) {
        m_journal.seek(end);
        if (m_journal.write(QByteArray(m_allocatedEnd - end, '\0')) != m_allocatedEnd - end ||
            !syncHandle(m_journal.handle()))
            return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + m_journal.errorString());
    }
    return {};
}

void DhcpLeaseStore::close()
{
    if (m_journal.isOpen()) {
        if (!m_pending.isEmpty() || m_writtenSeq > m_durableSeq)
            commit();
        m_journal.close();
        m_handle = -1;
    }
}

void DhcpLeaseStore::appendBound(const DhcpLease &lease)
{
    m_pending += encode(lease, true);
    ++m_records;
    m_coverage.appended(++m_appendedSeq, lease, true);
}

void DhcpLeaseStore::appendFreed(const DhcpLease &lease)
{
    m_pending += encode(lease, false);
    ++m_records;
    m_coverage.appended(++m_appendedSeq, lease, false);
}

Result<void> DhcpLeaseStore::commit()
{
    Result<void> result = writePending();
    if (result)
        result = sync();
    if (result)
        markDurable(m_writtenSeq);
    else
        markLost(m_appendedSeq);
    return result;
}

void DhcpLeaseStore::markDurable(quint64 seq)
{
    m_durableSeq = std::max(m_durableSeq, seq);
    m_coverage.durableUpTo(seq);
}

void DhcpLeaseStore::markLost(quint64 seq)
{
    m_coverage.lostUpTo(seq);
}

Result<void> DhcpLeaseStore::writePending()
{
    if (m_pending.isEmpty())
        return {};
    if (!m_journal.isOpen())
        return Error(ErrorCode::FileUnwritable, QStringLiteral("lease journal not open"));
    const QByteArray pending = std::exchange(m_pending, {});
    // Records overwrite space zero-filled ahead of time, so the sync flushes data only: no size or extent
    // change to journal in the file system for most syncs, which keeps them short and steady.
    if (m_writeOffset + pending.size() > m_allocatedEnd) {
        const qint64 newEnd =
            (m_writeOffset + pending.size() + kPreallocateBytes) / kPreallocateBytes * kPreallocateBytes;
        if (!m_journal.seek(m_allocatedEnd) ||
            m_journal.write(QByteArray(newEnd - m_allocatedEnd, '\0')) != newEnd - m_allocatedEnd)
            return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + m_journal.errorString());
        m_allocatedEnd = newEnd;
    }
    if (!m_journal.seek(m_writeOffset) || m_journal.write(pending) != pending.size())
        return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + m_journal.errorString());
    m_writeOffset += pending.size();
    m_writtenSeq = m_appendedSeq;
    return {};
}

Result<void> DhcpLeaseStore::sync()
{
    // Only the descriptor, fixed while the journal is open: the owner thread keeps writing through m_journal.
    if (m_handle < 0)
        return Error(ErrorCode::FileUnwritable, QStringLiteral("lease journal not open"));
    if (!syncHandle(m_handle))
        return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": sync failed"));
    if (m_syncHook)
        m_syncHook();
    return {};
}

bool DhcpLeaseStore::wantsCompaction() const
{
    return m_records > 4096 && m_records > 4 * std::max(m_live, 1);
}

Result<void> DhcpLeaseStore::compact(const QList<DhcpLease> &live)
{
    if (Result<void> r = commit(); !r)
        return r;
    QSaveFile file(journalPath());
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + file.errorString());
    for (const DhcpLease &lease : live)
        file.write(encode(lease, true));
    file.flush();
    if (!syncHandle(file.handle()))
        return Error(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + file.errorString());
    // Windows refuses to replace a file that is open, so the journal's own handle is closed for the rename and
    // opened again after it, whichever way the rename went.
    const qint64 oldEnd = m_writeOffset;
    m_journal.close();
    m_handle = -1;
    if (!file.commit()) {
        const Error failure(ErrorCode::FileUnwritable, journalPath() + QStringLiteral(": ") + file.errorString());
        if (Result<void> reopened = reopenForAppend(oldEnd); !reopened)
            qCWarning(lcDhcp) << "lease journal not reopened after a failed compaction:"
                              << reopened.error().toLogString();
        return failure;
    }
    syncDirectory(m_directory);
    m_records = int(live.size());
    m_live = int(live.size());
    m_coverage.reset(live);
    m_durableSeq = m_appendedSeq;
    qCInfo(lcDhcp) << "lease journal compacted to" << m_live << "leases";
    return reopenForAppend(QFileInfo(journalPath()).size());
}
