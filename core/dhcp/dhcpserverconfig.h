#pragma once

#include "core/common/macaddress.h"
#include "core/dhcp/dhcpforeignprobe.h"
#include "core/dhcp/dhcpreplydelivery.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

// What the server knows of a client before answering it, for DhcpServerConfig::admit.
struct DhcpClientHello
{
    MacAddress mac;
    QByteArray vendorClass; // option 60 as sent
    QString hostname;       // option 12, printable
};

// Everything DhcpServer needs, with safe defaults: probe for a foreign server first, port 67.
struct DhcpServerConfig
{
    // The bench card, by name ("eth0") or IPv4 address. Its address becomes the server identifier and the
    // TFTP server in options 150/66, its subnet the default pool. Empty only for loopback tests, which then
    // set bindAddress, serverAddress and prefixLength themselves.
    QString interface;
    QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4);
    quint16 port = 67;          // 0: any free port (tests); read it back with DhcpServer::port()
    quint16 clientPort = 68;    // where broadcast replies go
    QHostAddress serverAddress; // default: the card's address
    int prefixLength = -1;      // default: the card's prefix

    // Dynamic range; both null: the card's subnet minus our own address.
    QHostAddress poolFirst;
    QHostAddress poolLast;
    QHash<MacAddress, QHostAddress> reservations;
    int leaseTimeSecs = 3600;
    int offerHoldSecs = 60;

    // Optional options (sent when the client asks for them in option 55).
    QList<QHostAddress> routers;
    QList<QHostAddress> dnsServers;
    QList<QHostAddress> ntpServers;
    QString domainName;
    // Further TFTP servers listed in option 150 after ours.
    QList<QHostAddress> additionalTftpServers;

    // Who gets an address, besides allow-listed MACs and clients already holding a lease. Empty: every client.
    // The server itself never knows what a phone is; the bench passes core/phones' PhoneClientFilter here.
    std::function<bool(const DhcpClientHello &)> admit;
    QSet<MacAddress> allowedMacs;

    // Directory for the lease journal; empty keeps leases in memory only (tests).
    QString stateDirectory;
    // -1 (the default): an ACK leaves only once a synced journal record restores its lease (fsync before the
    // ACK, so not even a power cut loses it). N >= 0: an uncovered ACK waits at most N ms for its sync, then
    // leaves with its record written to the kernel, which a kill -9 cannot lose but a power cut during that
    // sync could; for disks whose sync tail matters more than that (see DhcpLeaseJournal, docs/performance.md).
    int ackMaxSyncWaitMs = -1;

    DhcpReplyDelivery delivery;

    // Before serving: DISCOVER on the card and refuse to serve while another server answers.
    bool probeForeignServers = true;
    // How long the probe listens after its last DISCOVER (DhcpForeignProbe::Config::listenAfterLastMs).
    int foreignProbeListenMs = DhcpForeignProbe::Config().listenAfterLastMs;
    bool allowForeignServer = false; // the user's explicit override
    // While serving: listen on the client port for other servers' OFFER/ACKs.
    bool watchForeignServers = true;
    // Before offering a fresh address, make sure nobody holds it: an ARP probe on the card (probed ahead of
    // need, see DhcpConflictGuard), else (no probe socket, or a flood outrunning the probes) a look at the
    // neighbour table.
    bool conflictCheck = true;
    int conflictProbeTimeoutMs = 300; // silence this long clears an address
    int conflictProbeAhead = 64;      // addresses kept probed ahead at first (grows when offers outrun it)

    // Tests: runs on the journal's writing thread right after each sync (DhcpLeaseStore::setSyncHook).
    std::function<void()> journalSyncHook;
};
