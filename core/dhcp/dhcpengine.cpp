#include "core/dhcp/dhcpengine.h"

#include "core/common/logging.h"

using namespace Qt::StringLiterals;

namespace {
constexpr int kMaxIgnoredRemembered = 4096; // bounds memory under a flood of random MACs
}

DhcpEngine::DhcpEngine(const DhcpServerConfig &config, DhcpLeasePool &pool)
    : m_config(config)
    , m_pool(pool)
    , m_server(config.serverAddress.toIPv4Address())
    , m_mask(config.prefixLength <= 0 ? 0 : ~quint32(0) << (32 - config.prefixLength))
{}

QString DhcpEngine::printable(const QByteArray &option, qsizetype maxLength)
{
    // Control bytes and non-ASCII become '?' so a hostile client cannot forge log lines; one trailing NUL (the
    // phones' option 60 ends in one) is dropped.
    QByteArrayView raw = QByteArrayView(option).first(std::min(option.size(), maxLength));
    if (raw.endsWith('\0'))
        raw.chop(1);
    QString text;
    text.reserve(raw.size());
    for (char c : raw)
        text.append(c >= 0x20 && c < 0x7f ? QLatin1Char(c) : QLatin1Char('?'));
    return text;
}

DhcpEngine::Outcome DhcpEngine::handle(const DhcpMessage &request)
{
    Outcome out;
    const DhcpMessage::Type type = request.type();
    const std::optional<MacAddress> mac = request.clientMac();
    if (!request.isRequest() || type == DhcpMessage::Type::None || !mac)
        return out; // replies, BOOTP and non-Ethernet clients are not ours to answer
    if (*mac == m_ownMac)
        return out;
    if (request.giaddr != 0 && !m_pool.inSubnet(request.giaddr)) {
        qCDebug(lcDhcp) << "relayed request from another subnet ignored, giaddr" << QHostAddress(request.giaddr);
        return out;
    }
    const QByteArray vendorClass = request.option(DhcpMessage::VendorClass);
    const QString vendorText = printable(vendorClass, 255);
    const QString hostname = printable(request.option(DhcpMessage::HostName), 63);
    const QByteArray key = request.clientKey();
    const bool admitted = !m_config.admit || m_config.allowedMacs.contains(*mac) ||
                          m_pool.activeLease(key).has_value() || m_config.admit({*mac, vendorClass, hostname});
    if (!admitted) {
        if (!m_ignoredReported.contains(*mac) && m_ignoredReported.size() < kMaxIgnoredRemembered) {
            m_ignoredReported.insert(*mac);
            // Both options, so that a phone sending a form nobody has seen yet is never ignored without a trace.
            qCInfo(lcDhcp).noquote() << "ignoring" << mac->toColon() << "option 60"
                                     << (vendorText.isEmpty() ? u"-"_s : vendorText) << "option 12"
                                     << (hostname.isEmpty() ? u"-"_s : hostname);
            out.events.append({Event::Kind::Ignored, *mac, 0, vendorText, hostname});
        }
        return out;
    }
    out.events.append({Event::Kind::ClientSeen, *mac, 0, vendorText, hostname});
    switch (type) {
    case DhcpMessage::Type::Discover:
        offer(request, *mac, out);
        break;
    case DhcpMessage::Type::Request:
        this->request(request, *mac, out);
        break;
    case DhcpMessage::Type::Decline:
        if (const auto address = request.addressOption(DhcpMessage::RequestedAddress)) {
            if (auto declined = m_pool.decline(key, *address)) {
                qCWarning(lcDhcp) << mac->toColon() << "declined" << QHostAddress(*address) << "(address in use?)";
                out.freed = declined;
                out.events.append({Event::Kind::Declined, *mac, *address, {}, {}});
            }
        }
        break;
    case DhcpMessage::Type::Release:
        if (auto released = m_pool.release(key, request.ciaddr)) {
            out.freed = released;
            out.events.append({Event::Kind::Released, *mac, request.ciaddr, {}, {}});
        }
        break;
    case DhcpMessage::Type::Inform: {
        DhcpMessage ack = reply(request, DhcpMessage::Type::Ack);
        ack.ciaddr = request.ciaddr;
        addConfiguredOptions(request, ack, false);
        out.reply = ack;
        break;
    }
    default:
        break; // OFFER/ACK/NAK sent to the server port: not a client message
    }
    return out;
}

void DhcpEngine::offer(const DhcpMessage &request, const MacAddress &mac, Outcome &out)
{
    const QByteArray key = request.clientKey();
    bool awaitingProbe = false;
    const auto address =
        m_pool.chooseForOffer(key, mac, request.addressOption(DhcpMessage::RequestedAddress), &awaitingProbe);
    if (!address && awaitingProbe) {
        out.awaitingProbe = true;
        return;
    }
    if (!address) {
        qCWarning(lcDhcp) << "pool exhausted, no offer for" << mac.toColon();
        out.events.append({Event::Kind::PoolExhausted, mac, 0, {}, {}});
        return;
    }
    m_pool.markOffered(key, mac, *address);
    // Journaled now, synced while the OFFER travels: it covers an ACK for this client and address arriving
    // within the offer hold (that ACK promises at most leaseTime from then).
    out.offered = DhcpLease{*address,
                            key,
                            mac,
                            printable(request.option(DhcpMessage::HostName), 63),
                            m_pool.nowSecs() + m_config.leaseTimeSecs + m_config.offerHoldSecs,
                            DhcpLease::State::Bound};
    DhcpMessage offer = reply(request, DhcpMessage::Type::Offer);
    offer.yiaddr = *address;
    addConfiguredOptions(request, offer, true);
    out.reply = offer;
    out.events.append({Event::Kind::Offered, mac, *address, {}, {}});
}

void DhcpEngine::request(const DhcpMessage &request, const MacAddress &mac, Outcome &out)
{
    const QByteArray key = request.clientKey();
    const auto serverId = request.addressOption(DhcpMessage::ServerIdentifier);
    const auto requested = request.addressOption(DhcpMessage::RequestedAddress);
    if (serverId) {
        // SELECTING: the client answers one server's offer.
        if (*serverId != m_server) {
            out.freed = m_pool.dropOffer(key); // it chose someone else
            return;
        }
        const quint32 address = requested.value_or(request.ciaddr);
        if (address == 0) {
            out.reply = nak(request, "no requested address");
            return;
        }
        ack(request, mac, address, out);
        return;
    }
    if (requested) {
        // INIT-REBOOT: the client checks an address it remembers.
        if (!m_pool.inSubnet(*requested)) {
            out.reply = nak(request, "wrong network");
            return;
        }
        const auto lease = m_pool.activeLease(key);
        if (lease && lease->address == *requested) {
            ack(request, mac, *requested, out);
            return;
        }
        if (lease || m_pool.isOwnedByOther(*requested, key)) {
            out.reply = nak(request, "address not yours");
            return;
        }
        // RFC 2131 §4.3.2: no record of this client → remain silent.
        return;
    }
    if (request.ciaddr != 0) {
        // RENEWING (unicast) or REBINDING (broadcast).
        const auto lease = m_pool.activeLease(key);
        if (lease && lease->address == request.ciaddr)
            ack(request, mac, request.ciaddr, out);
        else
            out.reply = nak(request, "lease unknown");
    }
}

void DhcpEngine::ack(const DhcpMessage &request, const MacAddress &mac, quint32 address, Outcome &out)
{
    const auto lease = m_pool.bind(request.clientKey(), mac, address, m_config.leaseTimeSecs,
                                   printable(request.option(DhcpMessage::HostName), 63));
    if (!lease) {
        out.reply = nak(request, "address not available");
        return;
    }
    DhcpMessage ack = reply(request, DhcpMessage::Type::Ack);
    ack.yiaddr = address;
    ack.ciaddr = request.ciaddr;
    addConfiguredOptions(request, ack, true);
    out.reply = ack;
    out.bound = lease;
    out.events.append({Event::Kind::Leased, mac, address, {}, {}});
}

DhcpMessage DhcpEngine::reply(const DhcpMessage &request, DhcpMessage::Type type) const
{
    DhcpMessage reply;
    reply.op = 2;
    reply.htype = request.htype;
    reply.hlen = request.hlen;
    reply.xid = request.xid;
    reply.flags = request.flags;
    reply.giaddr = request.giaddr;
    reply.chaddr = request.chaddr;
    reply.setType(type);
    reply.setOption(DhcpMessage::ServerIdentifier, DhcpMessage::encodeAddress(m_server));
    // RFC 6842: the client identifier is echoed, so a client can tell its replies apart from a neighbour's.
    if (request.hasOption(DhcpMessage::ClientIdentifier))
        reply.setOption(DhcpMessage::ClientIdentifier, request.option(DhcpMessage::ClientIdentifier));
    return reply;
}

DhcpMessage DhcpEngine::nak(const DhcpMessage &request, const char *why) const
{
    qCInfo(lcDhcp) << "NAK to" << request.clientMac().value_or(MacAddress()).toColon() << why;
    DhcpMessage nak = reply(request, DhcpMessage::Type::Nak);
    nak.setOption(DhcpMessage::Message, QByteArray(why));
    if (request.giaddr != 0)
        nak.flags |= DhcpMessage::kBroadcastFlag; // RFC 2131 §4.3.2: the relay must broadcast a NAK
    return nak;
}

void DhcpEngine::addConfiguredOptions(const DhcpMessage &request, DhcpMessage &reply, bool withLease) const
{
    // TFTP server (siaddr) is ours too: some boot loaders read only that field.
    reply.siaddr = m_server;
    if (withLease) {
        const quint32 lease = quint32(m_config.leaseTimeSecs);
        reply.setOption(DhcpMessage::LeaseTime, DhcpMessage::encodeUint32(lease));
        reply.setOption(DhcpMessage::RenewalTime, DhcpMessage::encodeUint32(lease / 2));
        reply.setOption(DhcpMessage::RebindingTime, DhcpMessage::encodeUint32(lease / 8 * 7));
    }
    // Requested options go out in the order the client listed them (option 55); 1, 66 and 150 always go,
    // because phones that forgot to ask still need them.
    QList<quint8> order = request.parameterRequestList();
    for (quint8 always : {quint8(DhcpMessage::SubnetMask), quint8(DhcpMessage::CiscoTftpServers),
                          quint8(DhcpMessage::TftpServerName)}) {
        if (!order.contains(always))
            order.append(always);
    }
    for (quint8 code : std::as_const(order)) {
        switch (code) {
        case DhcpMessage::SubnetMask:
            reply.setOption(code, DhcpMessage::encodeAddress(m_mask));
            break;
        case DhcpMessage::Router:
            if (!m_config.routers.isEmpty())
                reply.setOption(code, DhcpMessage::encodeAddresses(m_config.routers));
            break;
        case DhcpMessage::DomainNameServer:
            if (!m_config.dnsServers.isEmpty())
                reply.setOption(code, DhcpMessage::encodeAddresses(m_config.dnsServers));
            break;
        case DhcpMessage::DomainName:
            if (!m_config.domainName.isEmpty())
                reply.setOption(code, m_config.domainName.toLatin1().left(255));
            break;
        case DhcpMessage::NtpServers:
            if (!m_config.ntpServers.isEmpty())
                reply.setOption(code, DhcpMessage::encodeAddresses(m_config.ntpServers));
            break;
        case DhcpMessage::TftpServerName:
            reply.setOption(code, m_config.serverAddress.toString().toLatin1());
            break;
        case DhcpMessage::CiscoTftpServers:
            reply.setOption(code, DhcpMessage::encodeAddress(m_server) +
                                      DhcpMessage::encodeAddresses(m_config.additionalTftpServers.mid(0, 8)));
            break;
        default:
            break;
        }
    }
    // RFC 3046: relay agent information is echoed back unchanged.
    if (request.hasOption(DhcpMessage::RelayAgentInformation))
        reply.setOption(DhcpMessage::RelayAgentInformation, request.option(DhcpMessage::RelayAgentInformation));
}
