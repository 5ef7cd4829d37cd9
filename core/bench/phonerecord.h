#pragma once

#include "core/bench/phonestage.h"
#include "core/common/error.h"
#include "core/common/macaddress.h"

#include <QDateTime>
#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

// One step of a phone's timeline, for the live view and the report.
struct PhoneHistoryEntry
{
    QDateTime at; // UTC
    PhoneStage stage = PhoneStage::Detected;
    QString note; // technical: the file or event that caused it; never a secret
};

// Everything the bench knows about one phone. Plain data: the tracker owns the copies that change, signals carry
// snapshots. Nothing here is a secret (the SIP password never leaves core/provisioning's builders).
struct PhoneRecord
{
    MacAddress mac;
    QString modelId;  // catalog id ("7941"), empty until known
    QString familyId; // "SIP41"
    QString vendorClass;
    QHostAddress ip;
    QString serial;
    QString oldLoad;    // what it ran when it arrived (web page), when known
    QString newLoad;    // what its web page reports after conversion
    QString targetLoad; // the SIP load we convert it to
    PhoneStage stage = PhoneStage::Detected;
    qint64 progressDone = 0;
    qint64 progressTotal = 0; // image total of the bundle being fetched
    QString currentFile;
    QList<PhoneHistoryEntry> history;
    int retries = 0; // transfers started again, .sgn rounds, verification retries
    int errors = 0;  // failed transfers, refused requests
    Error cause;     // set when stage is failed (or idle/trust-list: why it waits)
    PhoneFix fix = PhoneFix::None;
    QString fixDetail; // bundle or family to import, or the catalog's key sequence
    QDateTime firstSeen;
    QDateTime lastSeen;
};

Q_DECLARE_METATYPE(PhoneRecord)
