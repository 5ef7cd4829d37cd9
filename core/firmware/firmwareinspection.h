#pragma once

#include "core/firmware/firmwarebundle.h"
#include "core/firmware/firmwarefile.h"

#include <QHash>

// What an import found: the bundles with their verdicts, and each bundle's files under their canonical (SGN tag 14)
// names, ready for the library to store. Files are kept per bundle because bundles of one family each ship their
// own, different termNN.default.loads.
struct FirmwareInspection
{
    QList<FirmwareBundle> bundles;
    QHash<QString, QHash<QString, FirmwareFile>> files; // load ID → canonical name → file, keys in lower case

    const FirmwareFile *file(const QString &loadId, const QString &name) const
    {
        const auto bundle = files.constFind(loadId.toLower());
        if (bundle == files.constEnd())
            return nullptr;
        const auto it = bundle->constFind(name.toLower());
        return it == bundle->constEnd() ? nullptr : &it.value();
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
