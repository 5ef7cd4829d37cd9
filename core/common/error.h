#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

// A typed failure from core. Core never writes UI text: `code` tells the UI and the CLI which translated
// message and fix to show, `detail` is technical context for the log and the "Details" box.
class Error
{
    Q_GADGET
public:
    enum class Code {
        None,
        // Files and arguments
        InvalidArgument,
        FileNotFound,
        FileUnreadable,
        FileUnwritable,
        FileTooLarge,
        DirectoryUnwritable,
        // Network cards and sockets
        InterfaceNotFound,
        InterfaceHasNoAddress,
        AddressNotAvailable,
        PortInUse,
        PortNeedsPrivileges,
        SocketError,
        // TFTP
        TftpMalformedPacket,
        TftpNameRefused,
        TftpAccessDenied,
        TftpTimedOut,
        TftpTransferAborted,
        // DHCP
        DhcpMalformedPacket,
        DhcpForeignServer,
        DhcpPoolExhausted,
        DhcpAddressDeclined, // a phone refused its address: another device on the bench answers for it
        LeaseStoreCorrupt,
        // Phone catalogue
        CatalogInvalid,
        UnknownModel,
        // Firmware bundles
        ArchiveUnreadable,
        ArchiveTooLarge,
        SignedHeaderInvalid,
        LoadsFileInvalid,
        FirmwareFileMissing,
        FirmwareFileTruncated,
        FirmwareImageCorrupt, // header fine, payload is not a phone image (no CNU_File magic)
        FirmwareFamilyUnknown,
        FirmwareProtocolMismatch,
        FirmwareLibraryError,
        // Provisioning and inventory
        InvalidMac,
        InvalidExtension,
        InvalidPassword,
        InvalidLabel,
        InvalidHost,
        InvalidPort,
        TransportUnsupported, // SIP over TLS: needs a signed trust list with the PBX certificate on the phone
        PbxHostUnresolved,    // the PBX host name has no IPv4 address on this computer
        InventoryParseError,
        DuplicateMac,
        ExtensionRangeExhausted,
        KeychainUnavailable,
        KeychainEntryNotFound,
        // Bench and verification
        VerificationFailed,
        HttpError,
        TimedOut,
        Cancelled,
        // Bench: why a phone stopped (the UI and CLI map each to a fix)
        PhoneTrustListPresent, // keeps asking for signed configs: its trust list must be erased
        PhoneSipBundleMissing, // no SIP bundle imported for the phone's family (detail names the family)
        PhoneJumpLoadMissing,  // load below 8.3(3) or a reboot loop, and no jump load imported for the family
        PhoneRebootLoop,       // the same images fetched again without reaching SIP, even after the jump load
        PhoneConfigRefused,    // a config asked for by an address that does not own that MAC
        PhoneConfigClaimed,    // external DHCP: the first address asking for a MAC's config now owns it
        PhoneIdle,             // no traffic for a while
        PhoneWrongLoad,        // its web page reports another load than the target
    };
    Q_ENUM(Code)

    Error() = default;
    Error(Code code, QString detail = {})
        : m_code(code)
        , m_detail(std::move(detail))
    {}

    Code code() const { return m_code; }
    const QString &detail() const { return m_detail; }
    // Typed context where a caller needs it, so nobody parses the detail: the UDP port a bind failure is about (0
    // otherwise) and the process holding it, where the OS tells ("dnsmasq (pid 812)").
    quint16 port() const { return m_port; }
    const QString &portHolder() const { return m_portHolder; }
    Error withPort(quint16 port, QString holder = {}) const
    {
        Error copy = *this;
        copy.m_port = port;
        copy.m_portHolder = std::move(holder);
        return copy;
    }
    bool isError() const { return m_code != Code::None; }
    explicit operator bool() const { return isError(); }

    // Stable, untranslated name of the code ("PortInUse"), for logs, JSON events and the CLI.
    static QString codeName(Code code);
    // "PortInUse: bind 0.0.0.0:67: permission denied" — for the log, never for end-user UI text.
    QString toLogString() const;

    friend bool operator==(const Error &a, const Error &b) { return a.m_code == b.m_code; }

private:
    Code m_code = Code::None;
    QString m_detail;
    quint16 m_port = 0;
    QString m_portHolder;
};

using ErrorCode = Error::Code;

Q_DECLARE_METATYPE(Error)
