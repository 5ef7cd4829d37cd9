#include "app/cli/issuetext.h"

namespace {

QString fieldText(ProvisioningIssue::Field field)
{
    using Field = ProvisioningIssue::Field;
    switch (field) {
    case Field::Mac:
        return QStringLiteral("MAC address");
    case Field::Line:
        return QStringLiteral("line number");
    case Field::Extension:
        return QStringLiteral("extension");
    case Field::AuthUser:
        return QStringLiteral("auth user");
    case Field::Password:
        return QStringLiteral("password");
    case Field::DisplayName:
        return QStringLiteral("display name");
    case Field::Label:
        return QStringLiteral("label");
    case Field::PbxHost:
        return QStringLiteral("PBX address");
    case Field::SipPort:
        return QStringLiteral("SIP port");
    case Field::NtpServer:
        return QStringLiteral("NTP server");
    case Field::Row:
        return QStringLiteral("row");
    }
    return QString();
}

QString kindText(ProvisioningIssue::Kind kind)
{
    using Kind = ProvisioningIssue::Kind;
    switch (kind) {
    case Kind::Empty:
        return QStringLiteral("is missing");
    case Kind::BadCharacters:
        return QStringLiteral("has characters the phones or the PBX do not accept");
    case Kind::TooLong:
        return QStringLiteral("is too long");
    case Kind::LongerThanAdvised:
        return QStringLiteral("is longer than some phone loads accept");
    case Kind::ContainsSpaces:
        return QStringLiteral("must not contain spaces (line 1's label is the phone label)");
    case Kind::NotAnAddress:
        return QStringLiteral("is not an IPv4 address or host name");
    case Kind::OutOfRange:
        return QStringLiteral("is out of range");
    case Kind::PortConflict:
        return QStringLiteral("clashes with another port");
    case Kind::BadMac:
        return QStringLiteral("is not a MAC address");
    case Kind::DuplicateMac:
        return QStringLiteral("is listed twice for the same line");
    case Kind::MalformedRow:
        return QStringLiteral("has more fields than the header");
    }
    return QString();
}

} // namespace

QString cliTextFor(const ProvisioningIssue &issue)
{
    QString text = issue.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (issue.csvLine > 0)
        text += QStringLiteral("csv line %1: ").arg(issue.csvLine);
    if (issue.phoneLine > 0)
        text += QStringLiteral("line %1 ").arg(issue.phoneLine);
    text += fieldText(issue.field) + QLatin1Char(' ') + kindText(issue.kind);
    if (!issue.detail.isEmpty())
        text += QStringLiteral(" (") + issue.detail + QLatin1Char(')');
    return text;
}
