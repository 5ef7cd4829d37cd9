#pragma once

#include "core/firmware/firmwarebundle.h"
#include "core/firmware/firmwarefile.h"

#include <QHash>

// What an import found: the bundles with their verdicts, and the files under their canonical (SGN tag 14) names,
// ready for the library to store.
struct FirmwareInspection
{
    QList<FirmwareBundle> bundles;
    QHash<QString, FirmwareFile> files; // key: canonical name in lower case

    const FirmwareFile *file(const QString &name) const
    {
        const auto it = files.constFind(name.toLower());
        return it == files.constEnd() ? nullptr : &it.value();
    }
    bool allValid() const
    {
        for (const FirmwareBundle &bundle : bundles) {
            if (!bundle.isValid())
                return false;
        }
        return !bundles.isEmpty();
    }
};
