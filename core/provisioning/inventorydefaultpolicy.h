#pragma once

#include <QString>

// What a phone that is not in the inventory gets.
struct InventoryDefaultPolicy
{
    enum class Mode {
        FirmwareOnly,   // convert it, give it no line: it shows "Unprovisioned" until someone adds it
        ExtensionRange, // give it the next free extension of [firstExtension, lastExtension]
    };

    Mode mode = Mode::FirmwareOnly;
    int firstExtension = 0;
    int lastExtension = -1;
    // For ExtensionRange: the PBX side is usually created in bulk with one password. May be empty.
    QString sharedPassword;
};
