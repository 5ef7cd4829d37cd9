#pragma once

#include <QByteArray>
#include <QString>

// One file taken out of a bundle (archive entry or folder file), before validation.
struct FirmwareFile
{
    QString name;   // last path element as found in the archive
    QString origin; // where it came from, for messages: "bundle.zip!inner.tar!SIP41.9-4-2SR3-1S.loads"
    QByteArray data;
};
