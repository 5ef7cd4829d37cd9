#pragma once

#include "core/common/result.h"
#include "core/firmware/firmwarebundle.h"

#include <QByteArray>

// bundle.json in the firmware library: a FirmwareBundle's facts, so the library never re-parses images to list
// what it holds. Reading validates like any file input.
class FirmwareBundleManifest
{
public:
    static QByteArray write(const FirmwareBundle &bundle);
    static Result<FirmwareBundle> read(const QByteArray &json, const QString &origin);
};
