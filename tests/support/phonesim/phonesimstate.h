#pragma once

#include "core/common/result.h"

#include <QString>
#include <QStringList>

// What survives a reboot of the simulated phone (and, with --state-file, a restart of the process): the
// running load, the images in flash, the trust list and a pending factory reset.
struct PhoneSimState
{
    QString load;
    QStringList images; // as named in the .loads that put them there; empty when unknown
    bool trustList = false;
    bool factoryReset = false;
    bool pageOff = false; // web server off until a config turns it on; kept in flash like the other settings

    // FileNotFound when there is no file yet; FileUnreadable on a malformed one.
    static Result<PhoneSimState> read(const QString &path);
    Result<void> write(const QString &path) const;
};
