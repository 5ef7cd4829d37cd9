#include "ui/text/errormessages.h"

#include "core/bench/phonerecord.h"

#include <QCoreApplication>

QString ErrorMessages::setcapCommand(const QString &binaryPath)
{
    return QStringLiteral("sudo setcap cap_net_bind_service,cap_net_raw+ep \"%1\"").arg(binaryPath);
}

QString ErrorMessages::portService(quint16 port)
{
    if (port == 67)
        return tr("DHCP");
    if (port == 69)
        return tr("TFTP");
    return tr("UDP");
}

ErrorMessage ErrorMessages::forBind(const Error &error, quint16 port)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    const QString service = portService(port);
    switch (error.code()) {
    case ErrorCode::None:
        return {};
    case ErrorCode::PortInUse: {
        m.what = tr("UDP port %1 (%2) is already in use.").arg(port).arg(service);
        const QString &holder = error.portHolder();
        m.why = holder.isEmpty()
                    ? tr("Another %1 server is running on this computer (for example dnsmasq, Tftpd64 or Windows "
                         "Internet Connection Sharing).")
                          .arg(service)
                    : tr("It is held by %1.").arg(holder);
        m.fix = tr("Stop that program, then press Check again.");
        return m;
    }
    case ErrorCode::PortNeedsPrivileges:
        m.what = tr("sccp2sip may not open UDP port %1 (%2).").arg(port).arg(service);
#if defined(Q_OS_WIN)
        m.why = tr("Windows refused the port, usually because the firewall blocks it.");
        m.fix = tr("Allow sccp2sip in Windows Defender Firewall for all network profiles (the installer adds this "
                   "rule), then press Check again.");
#elif defined(Q_OS_MACOS)
        m.why = tr("macOS refused the port.");
        m.fix = tr("Allow incoming connections for sccp2sip in System Settings > Network > Firewall, then press "
                   "Check again.");
#else
        m.why = tr("Ports below 1024 need administrator rights or the network capabilities on this program.");
        m.fix = tr("Run the command below once in a terminal, or press Restart as administrator.");
#endif
        return m;
    case ErrorCode::AddressNotAvailable:
        m.what = tr("The address for UDP port %1 (%2) does not exist on this computer.").arg(port).arg(service);
        m.why = tr("The network card lost its address or was unplugged.");
        m.fix = tr("Plug the card in, wait until it has an address, then press Check again.");
        return m;
    default:
        m.what = tr("UDP port %1 (%2) could not be opened.").arg(port).arg(service);
        m.why = tr("The operating system reported a socket error.");
        m.fix = tr("Open Details for the exact reason, then press Check again.");
        return m;
    }
}

ErrorMessage ErrorMessages::forError(const Error &error)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    switch (error.code()) {
    case ErrorCode::None:
        return {};
    case ErrorCode::FileNotFound:
        m.what = tr("The file was not found.");
        m.why = tr("It was moved, renamed or is on a drive that is not connected.");
        m.fix = tr("Choose the file again.");
        return m;
    case ErrorCode::FileUnreadable:
        m.what = tr("The file could not be read.");
        m.why = tr("You may not have permission to read it, or the disk reported an error.");
        m.fix = tr("Copy the file to your home folder and choose the copy.");
        return m;
    case ErrorCode::FileUnwritable:
    case ErrorCode::DirectoryUnwritable:
        m.what = tr("sccp2sip could not write to its data folder.");
        m.why = tr("The disk is full or the folder is read-only.");
        m.fix = tr("Free some disk space or fix the folder's permissions, then try again.");
        return m;
    case ErrorCode::KeychainUnavailable:
        m.what = tr("The system keychain cannot be used.");
        m.why = tr("Passwords are kept only in the system keychain, and none is running or it is locked.");
#if defined(Q_OS_LINUX)
        m.fix = tr("Log in to a desktop session with a keyring (GNOME Keyring or KWallet) and unlock it, then "
                   "enter the passwords again.");
#else
        m.fix = tr("Unlock the system keychain, then enter the passwords again.");
#endif
        return m;
    case ErrorCode::KeychainEntryNotFound:
        m.what = tr("No password is stored for this line.");
        m.why = tr("It was never entered on this computer, or it was removed from the keychain.");
        m.fix = tr("Enter the password in the table.");
        return m;
    case ErrorCode::InventoryParseError:
    case ErrorCode::InvalidMac:
    case ErrorCode::DuplicateMac:
        m.what = tr("The inventory file cannot be used.");
        m.why = tr("It is not a CSV file with a header row that names at least the mac and extension columns.");
        m.fix = tr("Export an inventory from sccp2sip to see the expected columns, fix the file, and import it "
                   "again.");
        return m;
    case ErrorCode::Cancelled:
        m.what = tr("The operation was cancelled.");
        m.why = tr("You stopped it before it finished.");
        m.fix = tr("Start it again when you are ready.");
        return m;
    default:
        break;
    }
    for (ErrorMessage (*part)(const Error &) :
         {&ErrorMessages::firmware, &ErrorMessages::network, &ErrorMessages::provisioning}) {
        if (const ErrorMessage specific = part(error); !specific.isEmpty())
            return specific;
    }
    PhoneRecord phone; // a bench code without its phone: the texts fall back to "the phone"
    phone.cause = error;
    if (const ErrorMessage specific = bench(phone, nullptr); !specific.isEmpty())
        return specific;
    return fallback(error);
}

ErrorMessage ErrorMessages::fallback(const Error &error)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    m.what =
        tr("sccp2sip stopped with an error it has no explanation for yet (%1).").arg(Error::codeName(error.code()));
    m.why = tr("This should not happen.");
    m.fix = tr("Open Details, and send the log file (Show log) with a description of what you did.");
    return m;
}

ErrorMessage ErrorMessages::forSave(const Error &error, const QString &path)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    m.what = tr("The file %1 could not be saved.").arg(path);
    m.why = tr("The folder is read-only or does not exist, the disk is full, or another program has the file open.");
    m.fix = tr("Choose another folder, for example your Documents folder, and save again.");
    return m;
}

ErrorMessage ErrorMessages::firmware(const Error &error)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    switch (error.code()) {
    case ErrorCode::FileTooLarge:
    case ErrorCode::ArchiveTooLarge:
        m.what = tr("The download is larger than any Cisco phone firmware bundle.");
        m.why = tr("It is probably not a firmware bundle, or it bundles much more than phone firmware.");
        m.fix = tr("Choose the firmware file for your phone model (zip, tar or cop.sgn).");
        return m;
    case ErrorCode::ArchiveUnreadable:
        m.what = tr("The file is not an archive sccp2sip can read.");
        m.why = tr("It is damaged, incomplete, or in a format other than zip, tar, tar.gz or cop.sgn.");
        m.fix = tr("Download the bundle again and import the new copy.");
        return m;
    case ErrorCode::SignedHeaderInvalid:
    case ErrorCode::LoadsFileInvalid:
    case ErrorCode::FirmwareImageCorrupt:
        m.what = tr("A file in the bundle is damaged.");
        m.why = tr("Its Cisco signature header or contents do not match a phone firmware file.");
        m.fix = tr("Download the bundle again from Cisco and import the new copy.");
        return m;
    case ErrorCode::FirmwareFileMissing:
        m.what = tr("The bundle is missing a file its .loads list names.");
        m.why = tr("Phones would stop halfway through the upgrade.");
        m.fix = tr("Import the complete bundle (the whole zip, not single files).");
        return m;
    case ErrorCode::FirmwareFileTruncated:
        m.what = tr("A file in the bundle is shorter than it should be.");
        m.why = tr("The download was interrupted.");
        m.fix = tr("Download the bundle again and import the new copy.");
        return m;
    case ErrorCode::FirmwareFamilyUnknown:
        m.what = tr("The bundle is for phones sccp2sip does not know.");
        m.why = tr("Its load name matches no 79xx family in the catalog.");
        m.fix = tr("Check that you downloaded firmware for a Cisco 79xx phone.");
        return m;
    case ErrorCode::FirmwareProtocolMismatch:
        m.what = tr("The bundle holds SCCP firmware, not SIP.");
        m.why = tr("Serving it would keep the phones on SCCP.");
        m.fix = tr("Import the SIP bundle for this model (its name starts with SIP or P0S3).");
        return m;
    case ErrorCode::FirmwareLibraryError:
        m.what = tr("The firmware library could not be updated.");
        m.why = tr("sccp2sip could not write the bundle into its data folder.");
        m.fix = tr("Free some disk space or fix the folder's permissions, then import again.");
        return m;
    default:
        return {};
    }
}

ErrorMessage ErrorMessages::provisioning(const Error &error)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    switch (error.code()) {
    case ErrorCode::InvalidExtension:
        m.what = tr("An extension is not valid.");
        m.why = tr("It is empty or has characters a SIP account name cannot have.");
        m.fix = tr("Enter the extension as your PBX names the account, for example 201.");
        return m;
    case ErrorCode::InvalidPassword:
        m.what = tr("A SIP password cannot be used.");
        m.why = tr("It has characters the phone's configuration file cannot hold, such as line breaks.");
        m.fix = tr("Enter the password exactly as the PBX has it, without line breaks or control characters.");
        return m;
    case ErrorCode::InvalidLabel:
        m.what = tr("A line label cannot be used.");
        m.why = tr("It is too long for the phone's screen or has control characters.");
        m.fix = tr("Use a shorter label made of ordinary characters.");
        return m;
    case ErrorCode::InvalidHost:
        m.what = tr("The PBX address is not valid.");
        m.why = tr("It is neither an IP address nor a host name.");
        m.fix = tr("Enter the PBX as an address (192.168.1.10) or a host name (pbx.example.com), without \"sip:\" "
                   "and without a port.");
        return m;
    case ErrorCode::InvalidPort:
        m.what = tr("The SIP port is out of range.");
        m.why = tr("A port is a number from 1 to 65535.");
        m.fix = tr("Enter the PBX's SIP port, usually 5060.");
        return m;
    case ErrorCode::TransportUnsupported:
        m.what = tr("SIP over TLS is not offered.");
        m.why = tr("A 79xx phone registers over TLS only with the PBX's certificate in a trust list signed by a key "
                   "it already trusts, which only a Cisco call manager can make; a TLS config would never "
                   "register.");
        m.fix = tr("Choose UDP (or TCP if the PBX listens on it).");
        return m;
    case ErrorCode::PbxHostUnresolved:
        m.what = tr("The PBX host name cannot be resolved on this computer.");
        m.why = tr("Without its address the phones would never register: they cannot look it up themselves unless "
                   "they are given a DNS server that knows it.");
        m.fix = tr("Check the spelling and this computer's network, or enter the PBX's IP address instead.");
        return m;
    case ErrorCode::ExtensionRangeExhausted:
        m.what = tr("There are more phones than free extensions.");
        m.why = tr("Every extension of the range for new phones is taken.");
        m.fix = tr("Widen the range, or add rows for the extra phones to the inventory.");
        return m;
    case ErrorCode::InvalidArgument:
        m.what = tr("A setting has a value sccp2sip cannot use.");
        m.why = tr("It is empty, out of range or in the wrong form.");
        m.fix = tr("Open Details to see which setting, correct it, and try again.");
        return m;
    case ErrorCode::CatalogInvalid:
        m.what = tr("The list of phone models is damaged.");
        m.why = tr("The model catalog failed its checks, so phones cannot be recognised.");
        m.fix = tr("Install sccp2sip again. If you gave it your own catalog file, fix the entry Details names.");
        return m;
    case ErrorCode::UnknownModel:
        m.what = tr("This phone model is not one sccp2sip knows.");
        m.why = tr("It is not a Cisco 79xx phone, or a model the catalog does not list.");
        m.fix = tr("Check the model on the label under the phone: only Cisco 79xx phones can be converted here.");
        return m;
    default:
        return {};
    }
}
