#pragma once

#include "core/common/error.h"
#include "core/phones/phoneloadversion.h"
#include "core/phones/phoneprotocol.h"

#include <QList>

#include <QStringList>
#include <utility>

#include <optional>

// One image named by a .loads file, with its canonical name (SGN tag 14) and real size.
struct FirmwareImage
{
    QString fileName;
    qint64 size = 0;
};

// One load found in a bundle: a .loads file, its images in fetch order and the termNN.default.loads files that
// point at it. `problems` is empty exactly when the bundle can be served; the first problem is the reason.
struct FirmwareBundle
{
    QString loadId;        // "SIP41.9-4-2SR3-1S": the .loads name without extension, for <loadInformation>
    QString loadsFileName; // "SIP41.9-4-2SR3-1S.loads"
    QString familyId;      // "SIP41"
    PhoneProtocol protocol = PhoneProtocol::Unknown;
    std::optional<PhoneLoadVersion> version;
    bool jumpLoad = false; // its family's jump-load rule names its version (catalog.json, families[].jumpLoad)
    QList<FirmwareImage> images;
    QStringList termFiles;  // canonical names of termNN.default.loads files listing the same images
    QStringList extraFiles; // OS79XX.TXT, loadNNN.txt…
    QStringList coveredModels;
    std::optional<int> hardwareComp;
    QString releaseLine;
    QList<std::pair<QString, QString>> metadata; // KEY=VALUE lines of the .loads text, in order (LA_VERSION=…)
    qint64 loadsFileSize = 0;
    QList<Error> problems;
    QStringList warnings; // technical notes that do not block serving

    bool isValid() const { return problems.isEmpty(); }
    Error firstProblem() const { return problems.isEmpty() ? Error() : problems.constFirst(); }
    qint64 totalBytes() const
    {
        qint64 total = 0;
        for (const FirmwareImage &image : images)
            total += image.size;
        return total;
    }
    // Every file the library stores for this bundle: .loads, images, term files, extras.
    QStringList allFileNames() const
    {
        QStringList names{loadsFileName};
        for (const FirmwareImage &image : images)
            names << image.fileName;
        return names + termFiles + extraFiles;
    }
};
