#include "core/firmware/firmwareloadsfile.h"

#include "core/firmware/firmwaresignedheader.h"

#include <QRegularExpression>

Result<FirmwareLoadsFile> FirmwareLoadsFile::parse(QByteArrayView file)
{
    if (!FirmwareSignedHeader::looksSigned(file))
        return parseText(file);
    Result<FirmwareSignedHeader> header = FirmwareSignedHeader::parse(file);
    if (!header)
        return header.error();
    Result<FirmwareLoadsFile> loads = parseText(FirmwareSignedHeader::payload(file, *header));
    if (loads)
        loads.value().m_headerFileName = header->fileName();
    return loads;
}

Result<FirmwareLoadsFile> FirmwareLoadsFile::parseText(QByteArrayView text)
{
    static const QRegularExpression imageName(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"));
    static const QRegularExpression hardware(QStringLiteral("^#\\s*HARDWARE_COMP_1\\s+([0-9]{1,6})\\s*$"));
    static const QRegularExpression keyValue(QStringLiteral("^([A-Za-z][A-Za-z0-9_]{0,63})\\s*=\\s*(.{0,255})$"));
    if (text.size() > kMaxTextBytes)
        return Error(ErrorCode::LoadsFileInvalid, QStringLiteral("%1 bytes of text is too long").arg(text.size()));
    for (const char c : text) {
        const auto u = quint8(c);
        if (u == 0 || (u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u >= 0x7f)
            return Error(ErrorCode::LoadsFileInvalid, QStringLiteral("binary content, not a .loads text"));
    }
    FirmwareLoadsFile loads;
    const QStringList lines = QString::fromLatin1(text.data(), text.size()).split(QLatin1Char('\n'));
    int lineNumber = 0;
    for (const QString &raw : lines) {
        ++lineNumber;
        const QString line = raw.trimmed(); // also drops the CR and the trailing spaces real files have
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (const auto m = hardware.match(line); m.hasMatch())
                loads.m_hardwareComp = m.captured(1).toInt();
            else if (loads.m_releaseLine.isEmpty() && line.contains(QLatin1String("RELEASE"), Qt::CaseInsensitive))
                loads.m_releaseLine = line.mid(1).trimmed();
            continue;
        }
        if (line.contains(QLatin1Char('='))) {
            const QRegularExpressionMatch m = keyValue.match(line);
            if (!m.hasMatch())
                return Error(ErrorCode::LoadsFileInvalid, QStringLiteral("line %1: '%2' is neither an image name nor "
                                                                         "a KEY=VALUE line")
                                                              .arg(lineNumber)
                                                              .arg(line.left(64)));
            if (loads.m_metadata.size() >= kMaxMetadata)
                return Error(ErrorCode::LoadsFileInvalid,
                             QStringLiteral("more than %1 KEY=VALUE lines").arg(kMaxMetadata));
            loads.m_metadata.append({m.captured(1), m.captured(2).trimmed()});
            continue;
        }
        if (!imageName.match(line).hasMatch())
            return Error(ErrorCode::LoadsFileInvalid,
                         QStringLiteral("line %1: '%2' is not an image file name").arg(lineNumber).arg(line.left(64)));
        if (loads.m_images.size() >= kMaxImages)
            return Error(ErrorCode::LoadsFileInvalid, QStringLiteral("more than %1 images").arg(kMaxImages));
        if (loads.m_images.contains(line, Qt::CaseInsensitive))
            return Error(ErrorCode::LoadsFileInvalid,
                         QStringLiteral("line %1: '%2' listed twice").arg(lineNumber).arg(line));
        loads.m_images << line;
    }
    if (loads.m_images.isEmpty())
        return Error(ErrorCode::LoadsFileInvalid, QStringLiteral("no image names"));
    return loads;
}
