#pragma once

#include "core/common/macaddress.h"
#include "core/provisioning/phoneline.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// What the inventory knows about one phone.
struct PhoneInventoryEntry
{
    MacAddress mac;
    QMap<int, PhoneLine> lines; // line (button) number, from 1 → account
    QString modelHint;          // free text from the "model" column; the catalog decides what it means
    QString note;
    // Columns the tool does not understand, kept so an export gives them back: (header, value), per CSV row.
    QMap<int, QList<QPair<QString, QString>>> extraColumns;
};
