#pragma once

#include "core/common/result.h"
#include "core/tftp/tftpfile.h"

#include <QHostAddress>
#include <QString>

// Where the server's bytes come from. `normalisedName` has passed TftpName::normalise(). Answers
// ErrorCode::FileNotFound for a miss (the server replies ERROR 1 at once), TftpAccessDenied for a name the
// source will not serve, FileUnreadable/FileTooLarge otherwise. Called on the server's thread; must not block
// for long (a local stat and mmap are fine, a network fetch is not).
class TftpFileSource
{
public:
    virtual ~TftpFileSource() = default;
    virtual Result<TftpFile> open(const QString &normalisedName, const QHostAddress &client) = 0;
};
