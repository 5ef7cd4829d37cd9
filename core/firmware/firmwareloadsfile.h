#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QList>
#include <QStringList>

#include <utility>

#include <optional>

// The text of a .loads or termNN.default.loads file: CRLF lines after the SGN header, `#` comments (including
// "#HARDWARE_COMP_1 n" and a release line), the image names in the order the phone fetches them, and KEY=VALUE
// metadata lines (a real 7940 SCCP .loads ends with "LA_VERSION=PAS30831"), which are kept, never taken for images.
class FirmwareLoadsFile
{
public:
    static constexpr qsizetype kMaxTextBytes = 64 * 1024;
    static constexpr qsizetype kMaxImages = 32;
    static constexpr qsizetype kMaxMetadata = 32;

    // `file` is the whole file; an SGN header, if present, is skipped. LoadsFileInvalid or SignedHeaderInvalid.
    static Result<FirmwareLoadsFile> parse(QByteArrayView file);
    // Text only (no header).
    static Result<FirmwareLoadsFile> parseText(QByteArrayView text);

    const QStringList &images() const { return m_images; }
    std::optional<int> hardwareComp() const { return m_hardwareComp; }
    const QString &releaseLine() const { return m_releaseLine; }
    const QString &headerFileName() const { return m_headerFileName; } // tag 14; empty without a header
    const QList<std::pair<QString, QString>> &metadata() const { return m_metadata; }

private:
    QStringList m_images;
    std::optional<int> m_hardwareComp;
    QString m_releaseLine;
    QString m_headerFileName;
    QList<std::pair<QString, QString>> m_metadata;
};
