#include "app/cli/clierrors.h"

#include "ui/text/errormessages.h"

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None:
        return ExitCode::Success;
    case ErrorCode::InvalidArgument:
    case ErrorCode::TransportUnsupported:
        return ExitCode::Usage;
    case ErrorCode::PortNeedsPrivileges:
        return ExitCode::PermissionDenied;
    case ErrorCode::PortInUse:
        return ExitCode::PortInUse;
    case ErrorCode::DhcpForeignServer:
        return ExitCode::ForeignDhcpServer;
    case ErrorCode::PbxHostUnresolved:
    case ErrorCode::InterfaceNotFound:
    case ErrorCode::InterfaceHasNoAddress:
    case ErrorCode::AddressNotAvailable:
    case ErrorCode::SocketError:
        return ExitCode::NetworkError;
    case ErrorCode::FileNotFound:
    case ErrorCode::FileUnreadable:
    case ErrorCode::FileTooLarge:
    case ErrorCode::ArchiveUnreadable:
    case ErrorCode::ArchiveTooLarge:
    case ErrorCode::SignedHeaderInvalid:
    case ErrorCode::LoadsFileInvalid:
    case ErrorCode::FirmwareFileMissing:
    case ErrorCode::FirmwareFileTruncated:
    case ErrorCode::FirmwareImageCorrupt:
    case ErrorCode::FirmwareFamilyUnknown:
    case ErrorCode::FirmwareProtocolMismatch:
    case ErrorCode::InventoryParseError:
    case ErrorCode::DuplicateMac:
    case ErrorCode::InvalidMac:
    case ErrorCode::InvalidExtension:
    case ErrorCode::InvalidPassword:
    case ErrorCode::InvalidLabel:
    case ErrorCode::InvalidHost:
    case ErrorCode::InvalidPort:
    case ErrorCode::CatalogInvalid:
    case ErrorCode::UnknownModel:
        return ExitCode::InvalidInput;
    case ErrorCode::Cancelled:
        return ExitCode::Interrupted;
    default:
        return ExitCode::Failure;
    }
}

QString cliMessageFor(const Error &error)
{
    QString what;
    switch (error.code()) {
    case ErrorCode::PortNeedsPrivileges:
        what = QStringLiteral("this port needs privileges: run as root, or grant them once with "
                              "'sudo setcap cap_net_bind_service,cap_net_raw+ep $(command -v sccp2sip-cli)'");
        break;
    case ErrorCode::PortInUse:
        what = QStringLiteral("the port is already in use: stop the other DHCP/TFTP server (dnsmasq, tftpd-hpa, "
                              "Tftpd64, Internet Connection Sharing) and try again");
        break;
    case ErrorCode::DhcpForeignServer:
        what = QStringLiteral("another DHCP server answers on this network: unplug the bench from the office "
                              "network, or pass --allow-foreign-dhcp / --no-dhcp");
        break;
    case ErrorCode::InterfaceNotFound:
        what = QStringLiteral("no such network card: list them with 'ip link' (Linux) or 'ipconfig' (Windows)");
        break;
    case ErrorCode::InterfaceHasNoAddress:
        what = QStringLiteral("the network card has no IPv4 address: give it a static one, e.g. 10.79.0.1/24");
        break;
    default: {
        // The wizard's words for everything else: what happened and what to do. The code name stays for scripts
        // and searches.
        const ErrorMessage message = ErrorMessages::forError(error);
        what = message.what + QLatin1Char(' ') + message.fix;
        break;
    }
    }
    const QString code = Error::codeName(error.code());
    return what + QStringLiteral(" (") +
           (error.detail().isEmpty() ? code : code + QStringLiteral(": ") + error.detail()) + QLatin1Char(')');
}

QString cliMessageFor(const PhoneRecord &record, const PhoneCatalog &catalog)
{
    const ErrorMessage message = ErrorMessages::forPhone(record, &catalog);
    return message.isEmpty() ? QString() : message.what + QLatin1Char(' ') + message.fix;
}
