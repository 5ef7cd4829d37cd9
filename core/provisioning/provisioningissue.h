#pragma once

#include "core/common/error.h"

#include <QList>
#include <QObject>
#include <QString>

// One finding about a technician's input: which field, what is wrong (a stable kind the UI maps to a
// translated sentence), how bad, and where (phone line, CSV line). `detail` is technical and never holds a
// password.
class ProvisioningIssue
{
    Q_GADGET
public:
    enum class Severity { Warning, Error };
    Q_ENUM(Severity)

    enum class Field {
        Mac,
        Line,
        Extension,
        AuthUser,
        Password,
        DisplayName,
        Label,
        PbxHost,
        SipPort,
        NtpServer,
        Router,
        DnsServer,
        Row
    };
    Q_ENUM(Field)

    enum class Kind {
        Empty,             // a required value is missing
        BadCharacters,     // characters the phone or the PBX will not accept
        TooLong,           // over the hard limit (error)
        LongerThanAdvised, // accepted by some loads only (warning), e.g. passwords over 8 characters
        ContainsSpaces,    // phone label: no spaces on the 7900 series
        NotAnAddress,      // not an IPv4 address or host name
        NotIpv4Address,    // not an IPv4 address (where a host name will not do)
        OutOfRange,        // port or line number
        PortConflict,      // two ports that must differ are equal
        BadMac,            // CSV: a MAC in no spelling MacAddress understands
        DuplicateMac,      // CSV: same MAC and line seen before
        MalformedRow,      // CSV: unbalanced quotes, too many fields
    };
    Q_ENUM(Kind)

    Severity severity = Severity::Error;
    Field field = Field::Row;
    Kind kind = Kind::Empty;
    int phoneLine = 0; // line (button) number the issue is about, 0 = the phone or PBX as a whole
    int csvLine = 0;   // 1-based line in the imported file, 0 = not from a file
    QString detail;

    bool isError() const { return severity == Severity::Error; }
    // The core error code for the CLI's exit status and the log.
    ErrorCode errorCode() const;
    // "Error Password LongerThanAdvised line 1 (csv 4): 12 characters" — for logs and the CLI, not the UI.
    QString toLogString() const;

    static bool hasErrors(const QList<ProvisioningIssue> &issues);
};
