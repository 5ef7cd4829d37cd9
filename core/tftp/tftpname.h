#pragma once

#include "core/common/result.h"

#include <QByteArrayView>
#include <QString>

// Turns the name bytes of a read request into a relative, '/'-separated path, or refuses it
// (ErrorCode::TftpNameRefused, detail starting with the reason). Phones send "/mk-sip.jar", "./SIP<MAC>.cnf",
// "Desktops/320x196x4/List.xml" and, from IP Communicator, "Communicator\\…" — all accepted. Anything that could
// leave the served root is refused: ".." segments, "//host" and drive paths, control bytes, invalid UTF-8,
// overlong names or segments.
class TftpName
{
public:
    static constexpr int MaxBytes = 255;
    static constexpr int MaxSegmentBytes = 128;
    static constexpr int MaxDepth = 8;

    static Result<QString> normalise(QByteArrayView raw);
};
