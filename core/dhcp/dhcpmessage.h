#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHostAddress>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

// One BOOTP/DHCP message (RFC 2131/2132). A value type: parse() validates hostile input into a message or a
// DhcpMalformedPacket error whose detail starts with a stable token ("truncated", "bad-magic",
// "bad-hlen", "option-overrun", "too-large", "bad-op"); serialize() writes a well-formed datagram.
// Repeated options are concatenated (RFC 3396); overloaded sname/file (option 52) are read as options.
class DhcpMessage
{
public:
    enum class Type : quint8 {
        None = 0,
        Discover = 1,
        Offer = 2,
        Request = 3,
        Decline = 4,
        Ack = 5,
        Nak = 6,
        Release = 7,
        Inform = 8,
    };
    enum Option : quint8 {
        Pad = 0,
        SubnetMask = 1,
        Router = 3,
        DomainNameServer = 6,
        HostName = 12,
        DomainName = 15,
        NtpServers = 42,
        RequestedAddress = 50,
        LeaseTime = 51,
        Overload = 52,
        MessageType = 53,
        ServerIdentifier = 54,
        ParameterRequestList = 55,
        Message = 56,
        MaxMessageSize = 57,
        RenewalTime = 58,
        RebindingTime = 59,
        VendorClass = 60,
        ClientIdentifier = 61,
        TftpServerName = 66,
        RelayAgentInformation = 82,
        CiscoTftpServers = 150,
        End = 255,
    };

    static constexpr int kHeaderSize = 236;
    static constexpr int kMinimumSize = kHeaderSize + 4; // header + magic cookie
    static constexpr int kMaximumSize = 4096;            // far above any real DHCP datagram
    static constexpr quint16 kBroadcastFlag = 0x8000;

    quint8 op = 1; // 1 BOOTREQUEST, 2 BOOTREPLY
    quint8 htype = 1;
    quint8 hlen = 6;
    quint8 hops = 0;
    quint32 xid = 0;
    quint16 secs = 0;
    quint16 flags = 0;
    quint32 ciaddr = 0;
    quint32 yiaddr = 0;
    quint32 siaddr = 0;
    quint32 giaddr = 0;
    QByteArray chaddr = QByteArray(16, '\0');
    QByteArray sname; // up to 64 bytes, without the NUL padding
    QByteArray file;  // up to 128 bytes

    static Result<DhcpMessage> parse(QByteArrayView datagram);
    QByteArray serialize() const;

    Type type() const;
    void setType(Type type) { setOption(MessageType, QByteArray(1, char(type))); }
    bool isRequest() const { return op == 1; }
    bool broadcastFlag() const { return flags & kBroadcastFlag; }

    bool hasOption(quint8 code) const;
    QByteArray option(quint8 code) const; // empty when absent
    void setOption(quint8 code, const QByteArray &value);
    void removeOption(quint8 code);
    const std::vector<std::pair<quint8, QByteArray>> &options() const { return m_options; }

    // Typed readers; nullopt when absent or of the wrong length.
    std::optional<quint32> addressOption(quint8 code) const;
    std::optional<quint32> uint32Option(quint8 code) const;
    QList<quint8> parameterRequestList() const { return toCodes(option(ParameterRequestList)); }

    // The client's hardware address when it is Ethernet (htype 1, hlen 6).
    std::optional<MacAddress> clientMac() const;
    // Identity used for leases: option 61 when present, else htype + chaddr (RFC 2131 §4.2).
    QByteArray clientKey() const;

    static QByteArray encodeAddress(quint32 address);
    static QByteArray encodeAddresses(const QList<QHostAddress> &addresses);
    static QByteArray encodeUint32(quint32 value);

private:
    static QList<quint8> toCodes(const QByteArray &bytes);
    std::vector<std::pair<quint8, QByteArray>> m_options; // insertion order, one entry per code
};
