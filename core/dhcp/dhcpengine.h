#pragma once

#include "core/common/clock.h"
#include "core/dhcp/dhcpleasepool.h"
#include "core/dhcp/dhcpmessage.h"
#include "core/dhcp/dhcpserverconfig.h"

#include <QList>
#include <QSet>

#include <optional>

// The RFC 2131 server state machine, free of sockets and files: handle() turns one request into at most one
// reply plus neutral events, and says which lease record must be on disk before the reply may leave
// (an ACK). Gating (DhcpServerConfig::admit) happens here, so every path of the protocol is behind it.
class DhcpEngine
{
public:
    struct Event
    {
        enum class Kind { ClientSeen, Offered, Leased, Released, Declined, Ignored, PoolExhausted };
        Kind kind;
        MacAddress mac;
        quint32 address = 0;
        QString text;     // ClientSeen, Ignored: option 60, printable
        QString hostname; // ClientSeen, Ignored: option 12, printable
    };
    struct Outcome
    {
        std::optional<DhcpMessage> reply;
        std::optional<DhcpLease> bound;   // journal before sending the reply
        std::optional<DhcpLease> offered; // journal, no need to wait: the ACK that follows may then be covered
        std::optional<DhcpLease> freed;   // journal, no need to wait
        QList<Event> events;
        // No probed address yet (DhcpLeasePool::setProbing): handle the request again once one is.
        bool awaitingProbe = false;
    };

    // `config` must have serverAddress and prefixLength resolved.
    DhcpEngine(const DhcpServerConfig &config, DhcpLeasePool &pool);

    Outcome handle(const DhcpMessage &request);
    // Our own card's MAC: our probe's DISCOVERs loop back and must not be answered or reported.
    void setOwnMac(const MacAddress &mac) { m_ownMac = mac; }

private:
    void offer(const DhcpMessage &request, const MacAddress &mac, Outcome &out);
    void request(const DhcpMessage &request, const MacAddress &mac, Outcome &out);
    void ack(const DhcpMessage &request, const MacAddress &mac, quint32 address, Outcome &out);
    DhcpMessage reply(const DhcpMessage &request, DhcpMessage::Type type) const;
    DhcpMessage nak(const DhcpMessage &request, const char *why) const;
    void addConfiguredOptions(const DhcpMessage &request, DhcpMessage &reply, bool withLease) const;
    static QString printable(const QByteArray &option, qsizetype maxLength);

    const DhcpServerConfig &m_config;
    DhcpLeasePool &m_pool;
    quint32 m_server = 0;
    quint32 m_mask = 0;
    MacAddress m_ownMac;
    QSet<MacAddress> m_ignoredReported;
};
