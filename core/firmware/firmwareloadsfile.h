#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

// The text of a .loads or termNN.default.loads file (§2.2): CRLF lines after the SGN header, `#` comments
// (including "#HARDWARE_COMP_1 n" and a release line), then the image names in the order the phone fetches them.
class FirmwareLoadsFile
{
public:
    static constexpr qsizetype kMaxTextBytes = 64 * 1024;
    static constexpr qsizetype kMaxImages = 32;

    // `file` is the whole file; an SGN header, if present, is skipped. LoadsFileInvalid or SignedHeaderInvalid.
    static Result<FirmwareLoadsFile> parse(QByteArrayView file);
    // Text only (no header).
    static Result<FirmwareLoadsFile> parseText(QByteArrayView text);

    const QStringList &images() const { return m_images; }
    std::optional<int> hardwareComp() const { return m_hardwareComp; }
    const QString &releaseLine() const { return m_releaseLine; }
    const QString &headerFileName() const { return m_headerFileName; } // tag 14; empty without a header

private:
    QStringList m_images;
    std::optional<int> m_hardwareComp;
    QString m_releaseLine;
    QString m_headerFileName;
};
