#include "core/provisioning/provisioningissue.h"

#include <QMetaEnum>

namespace {

template<typename E>
QString enumName(E value)
{
    const char *key = QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value));
    return key ? QString::fromLatin1(key) : QString::number(static_cast<int>(value));
}

} // namespace

ErrorCode ProvisioningIssue::errorCode() const
{
    switch (kind) {
    case Kind::BadMac:
        return ErrorCode::InvalidMac;
    case Kind::DuplicateMac:
        return ErrorCode::DuplicateMac;
    case Kind::MalformedRow:
        return ErrorCode::InventoryParseError;
    default:
        break;
    }
    switch (field) {
    case Field::Mac:
        return ErrorCode::InvalidMac;
    case Field::Extension:
    case Field::AuthUser:
    case Field::DisplayName:
        return ErrorCode::InvalidExtension;
    case Field::Password:
        return ErrorCode::InvalidPassword;
    case Field::Label:
        return ErrorCode::InvalidLabel;
    case Field::PbxHost:
    case Field::NtpServer:
    case Field::Router:
    case Field::DnsServer:
        return ErrorCode::InvalidHost;
    case Field::SipPort:
        return ErrorCode::InvalidPort;
    case Field::Line:
    case Field::Row:
        return ErrorCode::InventoryParseError;
    }
    return ErrorCode::InventoryParseError;
}

QString ProvisioningIssue::toLogString() const
{
    QString text = enumName(severity) + QLatin1Char(' ') + enumName(field) + QLatin1Char(' ') + enumName(kind);
    if (phoneLine > 0)
        text += QStringLiteral(" line %1").arg(phoneLine);
    if (csvLine > 0)
        text += QStringLiteral(" (csv line %1)").arg(csvLine);
    if (!detail.isEmpty())
        text += QStringLiteral(": ") + detail;
    return text;
}

bool ProvisioningIssue::hasErrors(const QList<ProvisioningIssue> &issues)
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ProvisioningIssue &i) { return i.isError(); });
}
