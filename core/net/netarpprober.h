#pragma once

#include "core/net/netconflictprober.h"
#include "core/net/netplatform.h"

#include <QString>

#include <memory>

class QSocketNotifier;

// NetConflictProber over a packet socket on the bench card: probe() broadcasts an RFC 5227 ARP probe (sender
// address 0.0.0.0), and every ARP packet on the card whose sender address is set, from another MAC than ours,
// is reported as that address's holder (replies to our probes, and hosts announcing themselves).
class NetArpProber : public NetConflictProber
{
    Q_OBJECT
public:
    // Typed error (see NetPlatform::openArpSocket) when the card has no ARP socket for us.
    static Result<std::unique_ptr<NetArpProber>> open(const QString &interfaceName, const MacAddress &ownMac);
    ~NetArpProber() override;

    Result<void> probe(quint32 address) override;

private:
    NetArpProber(NetPlatform::ArpSocket socket, const MacAddress &ownMac);
    void readPending();

    NetPlatform::ArpSocket m_socket;
    MacAddress m_ownMac;
    std::unique_ptr<QSocketNotifier> m_notifier;
};
