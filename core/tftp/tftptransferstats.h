#pragma once

#include <QHostAddress>
#include <QMetaType>
#include <QString>

// What a finished transfer did, for the bench's per-phone view and the log.
struct TftpTransferStats
{
    QString name; // the served file's real name inside the source
    QHostAddress peer;
    quint16 peerPort = 0;
    qint64 bytes = 0;
    qint64 durationMs = 0;
    int retransmits = 0;
    int blockSize = 512;
    int windowSize = 1;
};

Q_DECLARE_METATYPE(TftpTransferStats)
