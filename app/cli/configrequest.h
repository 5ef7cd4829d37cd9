#pragma once

#include "core/common/result.h"
#include "core/provisioning/generatedfile.h"

#include <QString>

#include <functional>
#include <optional>

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

    // The SIP load installed in the firmware library for a family ("SIP41" → "SIP41.9-4-2SR3-1S"). Unset, or
    // nullopt, means there is none and --load is required. The firmware library plugs in here.
    std::function<std::optional<QString>(const QString &familyId)> installedLoad;

    // Warnings (validation, skipped inventory rows) go to `warn`, one line each, never holding a password.
    Result<GeneratedFile> generate(const std::function<void(const QString &)> &warn) const;
};
