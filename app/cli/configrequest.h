#pragma once

#include "core/common/result.h"
#include "core/provisioning/generatedfile.h"

#include <QMap>
#include <QString>

#include <functional>

// The `config` command's work, apart from flag parsing: look the model up in the catalog, pick the target load,
// read the PBX and the inventory, validate, and build one file with core/provisioning.
struct ConfigRequest
{
    QString mac;
    QString model;
    QString pbx; // HOST[:PORT]
    QString transport;
    QString ntp;
    QString inventoryPath;
    QString loadId; // empty: ask installedLoad
    QString file;   // empty: the model's per-phone file

    // The newest SIP target load per family in the firmware library ("SIP41" → "SIP41.9-4-2SR3-1S"). Used when
    // --load is not given, and for XMLDefault, which lists every model whose bundle is present.
    QMap<QString, QString> installedLoads;

    // Warnings (validation, skipped inventory rows) go to `warn`, one line each, never holding a password.
    Result<GeneratedFile> generate(const std::function<void(const QString &)> &warn) const;
};
