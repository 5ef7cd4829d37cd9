#pragma once

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

// A well-formed read request as it arrived, before the server decides anything: the bench learns every name a
// phone asks for, including the ones answered with "file not found". Exactly one finished() or failed() with the
// same transferId follows.
struct TftpReadRequest
{
    quint64 transferId = 0;
    QHostAddress client;
    quint16 clientPort = 0;
    QString requestedName;                      // as sent (Latin-1 view of the bytes), for logs
    QString name;                               // normalised; empty when the name was refused
    QString mode;                               // "octet" or "netascii" (lower case)
    QList<std::pair<QString, QString>> options; // as sent, names lower-cased
};

Q_DECLARE_METATYPE(TftpReadRequest)
