#include "ui/text/issuemessages.h"

#include "core/provisioning/provisioningvalidator.h"

QString IssueMessages::fieldName(ProvisioningIssue::Field field)
{
    using F = ProvisioningIssue::Field;
    switch (field) {
    case F::Mac:
        return tr("MAC address");
    case F::Line:
        return tr("Line");
    case F::Extension:
        return tr("Extension");
    case F::AuthUser:
        return tr("Auth user");
    case F::Password:
        return tr("Password");
    case F::DisplayName:
        return tr("Display name");
    case F::Label:
        return tr("Label");
    case F::PbxHost:
        return tr("PBX address");
    case F::SipPort:
        return tr("SIP port");
    case F::NtpServer:
        return tr("NTP server");
    case F::Router:
        return tr("Router");
    case F::DnsServer:
        return tr("DNS server");
    case F::Row:
        break;
    }
    return tr("Row");
}

QString IssueMessages::text(const ProvisioningIssue &issue)
{
    using K = ProvisioningIssue::Kind;
    QString sentence;
    switch (issue.kind) {
    case K::Empty:
        sentence = issue.isError() ? tr("required; enter a value.") : tr("not set; recommended.");
        break;
    case K::BadCharacters:
        sentence = tr("contains characters the phone or the PBX does not accept; use letters, digits, '.', '-' "
                      "and '_'.");
        break;
    case K::TooLong:
        sentence = tr("too long for the phone; shorten it.");
        break;
    case K::LongerThanAdvised:
        sentence = tr("longer than %1 characters; some phone loads refuse that, so a shorter one is safer.")
                       .arg(ProvisioningValidator::kAdvisedPasswordLength);
        break;
    case K::ContainsSpaces:
        sentence = tr("must not contain spaces on 79xx phones.");
        break;
    case K::NotAnAddress:
        sentence = tr("not an IPv4 address or host name (for example 192.168.1.10 or pbx.example.com).");
        break;
    case K::NotIpv4Address:
        sentence = tr("not an IPv4 address (for example 192.168.1.1).");
        break;
    case K::OutOfRange:
        sentence = tr("out of range.");
        break;
    case K::PortConflict:
        sentence = tr("must differ from the secure SIP port.");
        break;
    case K::BadMac:
        sentence = tr("not a MAC address; it is printed on the phone's label (12 hexadecimal digits).");
        break;
    case K::DuplicateMac:
        sentence = tr("this phone and line are listed twice; remove one row.");
        break;
    case K::MalformedRow:
        sentence = tr("the file's row is broken (quotes or number of fields); fix it in the file.");
        break;
    }
    QString text = fieldName(issue.field) + QStringLiteral(": ") + sentence;
    if (issue.csvLine > 0)
        text = tr("File line %1: %2").arg(issue.csvLine).arg(text);
    return text;
}
