#include "core/provisioning/provisioningvalidator.h"

#include <QRegularExpression>

namespace {

using Field = ProvisioningIssue::Field;
using Kind = ProvisioningIssue::Kind;
using Severity = ProvisioningIssue::Severity;

class IssueList
{
public:
    explicit IssueList(int phoneLine)
        : m_phoneLine(phoneLine)
    {}
    void add(Severity severity, Field field, Kind kind, QString detail)
    {
        m_issues.append({severity, field, kind, m_phoneLine, 0, std::move(detail)});
    }
    void error(Field field, Kind kind, QString detail = {}) { add(Severity::Error, field, kind, std::move(detail)); }
    void warning(Field field, Kind kind, QString detail = {})
    {
        add(Severity::Warning, field, kind, std::move(detail));
    }
    QList<ProvisioningIssue> take() { return std::move(m_issues); }

private:
    int m_phoneLine;
    QList<ProvisioningIssue> m_issues;
};

QString lengthDetail(qsizetype length, int limit)
{
    return QStringLiteral("%1 characters, limit %2").arg(length).arg(limit);
}

bool hasControlOrQuote(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QLatin1Char('"') || c == QLatin1Char('\\');
    });
}

// SIP user part characters every PBX and load handle; '*' for feature-code style users.
void checkUser(IssueList &issues, Field field, const QString &user, bool required)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._+*-]+\\z"));
    if (user.isEmpty()) {
        if (required)
            issues.error(field, Kind::Empty);
        return;
    }
    if (!allowed.match(user).hasMatch())
        issues.error(field, Kind::BadCharacters, QStringLiteral("allowed: letters, digits and . _ + * -"));
    if (user.size() > ProvisioningValidator::kMaxUserLength)
        issues.error(field, Kind::TooLong, lengthDetail(user.size(), ProvisioningValidator::kMaxUserLength));
}

void checkPassword(IssueList &issues, const QString &password)
{
    if (password.isEmpty()) {
        // Not an error: the GUI keeps passwords in the keychain, so inventories often have none.
        issues.warning(Field::Password, Kind::Empty);
        return;
    }
    const bool printable = std::all_of(password.cbegin(), password.cend(), [](QChar c) {
        return c.unicode() > 0x20 && c.unicode() < 0x7f && c != QLatin1Char('"') && c != QLatin1Char('\\');
    });
    // The detail says what is allowed, never what was typed.
    if (!printable)
        issues.error(Field::Password, Kind::BadCharacters,
                     QStringLiteral("allowed: printable ASCII without spaces, quotes or backslashes"));
    if (password.size() > ProvisioningValidator::kMaxPasswordLength)
        issues.error(Field::Password, Kind::TooLong,
                     lengthDetail(password.size(), ProvisioningValidator::kMaxPasswordLength));
    else if (password.size() > ProvisioningValidator::kAdvisedPasswordLength)
        issues.warning(Field::Password, Kind::LongerThanAdvised,
                       lengthDetail(password.size(), ProvisioningValidator::kAdvisedPasswordLength));
}

void checkLabel(IssueList &issues, int lineNumber, const QString &label)
{
    if (hasControlOrQuote(label))
        issues.error(Field::Label, Kind::BadCharacters, QStringLiteral("no quotes, backslashes or control characters"));
    if (lineNumber == 1) {
        if (label.contains(QLatin1Char(' ')))
            issues.error(Field::Label, Kind::ContainsSpaces, QStringLiteral("line 1's label is the phone label"));
        if (label.size() > ProvisioningValidator::kMaxPhoneLabelLength)
            issues.error(Field::Label, Kind::TooLong,
                         lengthDetail(label.size(), ProvisioningValidator::kMaxPhoneLabelLength));
    } else if (label.size() > ProvisioningValidator::kMaxFeatureLabelLength) {
        issues.error(Field::Label, Kind::TooLong,
                     lengthDetail(label.size(), ProvisioningValidator::kMaxFeatureLabelLength));
    }
}

} // namespace

bool ProvisioningValidator::isIpv4Address(const QString &text)
{
    static const QRegularExpression quad(
        QStringLiteral("^([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\.([0-9]{1,3})\\z"));
    const QRegularExpressionMatch match = quad.match(text);
    if (!match.hasMatch())
        return false;
    for (int i = 1; i <= 4; ++i) {
        const QString part = match.captured(i);
        if (part.toInt() > 255 || (part.size() > 1 && part.startsWith(QLatin1Char('0'))))
            return false; // leading zeros read as octal by some stacks
    }
    return true;
}

bool ProvisioningValidator::isHostName(const QString &text)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\z"));
    if (text.isEmpty() || text.size() > 253)
        return false;
    const QStringList labels = text.split(QLatin1Char('.'));
    for (const QString &part : labels) {
        if (!label.match(part).hasMatch())
            return false;
    }
    // All-numeric dotted names are mistyped addresses ("10.0.0.256"), not host names.
    static const QRegularExpression numeric(QStringLiteral("^[0-9.]+\\z"));
    return !numeric.match(text).hasMatch();
}

QList<ProvisioningIssue> ProvisioningValidator::validatePbx(const PbxSettings &pbx)
{
    IssueList issues(0);
    if (pbx.host.isEmpty())
        issues.error(Field::PbxHost, Kind::Empty);
    else if (pbx.host.size() > kMaxHostLength)
        issues.error(Field::PbxHost, Kind::TooLong, lengthDetail(pbx.host.size(), kMaxHostLength));
    else if (!isIpv4Address(pbx.host) && !isHostName(pbx.host))
        issues.error(Field::PbxHost, Kind::NotAnAddress, QStringLiteral("IPv4 address or host name expected"));

    for (int port : {pbx.sipPort, pbx.securedSipPort}) {
        if (port < 1 || port > 65535)
            issues.error(Field::SipPort, Kind::OutOfRange, QStringLiteral("port %1 outside 1…65535").arg(port));
    }
    if (pbx.sipPort == pbx.securedSipPort)
        issues.error(Field::SipPort, Kind::PortConflict,
                     QStringLiteral("SIP and secure SIP port are both %1").arg(pbx.sipPort));
    if (pbx.sipPort == 2000)
        issues.warning(Field::SipPort, Kind::PortConflict, QStringLiteral("2000 is the phones' SCCP port"));

    if (pbx.ntpServer.isEmpty())
        issues.warning(Field::NtpServer, Kind::Empty, QStringLiteral("without NTP the phones show a wrong clock"));
    else if (!isIpv4Address(pbx.ntpServer))
        issues.warning(Field::NtpServer, Kind::NotAnAddress, QStringLiteral("the phones expect an IPv4 address"));
    // DHCP options carry addresses only: a name here could never reach the phones.
    if (!pbx.phoneRouter.isEmpty() && !isIpv4Address(pbx.phoneRouter))
        issues.error(Field::Router, Kind::NotIpv4Address, pbx.phoneRouter);
    if (!pbx.phoneDnsServer.isEmpty() && !isIpv4Address(pbx.phoneDnsServer))
        issues.error(Field::DnsServer, Kind::NotIpv4Address, pbx.phoneDnsServer);
    return issues.take();
}

QList<ProvisioningIssue> ProvisioningValidator::validateLine(int lineNumber, const PhoneLine &line)
{
    IssueList issues(lineNumber);
    if (lineNumber < 1 || lineNumber > kMaxLineNumber)
        issues.error(Field::Line, Kind::OutOfRange,
                     QStringLiteral("line %1 outside 1…%2").arg(lineNumber).arg(kMaxLineNumber));
    checkUser(issues, Field::Extension, line.extension, true);
    checkUser(issues, Field::AuthUser, line.authUser, false);
    checkPassword(issues, line.password);
    if (hasControlOrQuote(line.displayName))
        issues.error(Field::DisplayName, Kind::BadCharacters,
                     QStringLiteral("no quotes, backslashes or control characters"));
    if (line.displayName.size() > kMaxDisplayNameLength)
        issues.warning(Field::DisplayName, Kind::LongerThanAdvised,
                       lengthDetail(line.displayName.size(), kMaxDisplayNameLength));
    checkLabel(issues, lineNumber, line.effectiveLabel());
    return issues.take();
}

QList<ProvisioningIssue> ProvisioningValidator::validateLines(const QMap<int, PhoneLine> &lines)
{
    QList<ProvisioningIssue> issues;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        issues += validateLine(it.key(), it.value());
    return issues;
}
