#pragma once

#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneinventory.h"

#include <QHostAddress>
#include <QString>

// Everything a BenchSession needs. The UI and `sccp2sip-cli serve` fill it; defaults are the safe ones.
struct BenchConfig
{
    QString interfaceName;      // the bench card by name; or
    QHostAddress listenAddress; // the bench address (either is enough; the address wins for binding)
    QHostAddress poolFirst;     // both null: the card's subnet
    QHostAddress poolLast;
    int leaseTimeSecs = 3600;
    // DHCP options 3 and 6, for phones that must reach a PBX or NTP server off the bench subnet, or resolve the
    // PBX by name (docs/phones.md, DHCP). Empty: not offered.
    QList<QHostAddress> routers;
    QList<QHostAddress> dnsServers;
    PbxSettings pbx;
    PhoneInventory inventory;
    QString firmwareLibrary; // FirmwareLibrary root
    QString stateDirectory;  // leases, report; empty: nothing on disk (tests)
    bool dhcpEnabled = true;
    bool phonesOnly = true;
    bool allowForeignDhcp = false;
    bool probeForeignDhcp = true; // look for (and keep watching for) another DHCP server on the card
    bool verify = true;
    quint16 dhcpPort = 67;
    quint16 tftpPort = 69;
    quint16 httpPort = 80; // the phones' web server (tests move it)
    // Timing of the acting rules; tests shrink them.
    int trustListHintAfterMs = 60000; // still asking for .sgn after this: factory reset / format hint
    int idleAfterMs = 180000;
    int verifyTimeoutMs = 5000;
    int verifyAttempts = 6;
    int verifyRetryMs = 3000;
};
