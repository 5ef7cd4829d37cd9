#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

// One network card as the bench sees it: the name the OS uses, its first IPv4 address and prefix, its MAC,
// and whether it is up. `wireless` is only known where the OS says so (Linux: /sys/class/net/<if>/wireless);
// elsewhere it stays false and the UI must not present it as a fact.
class NetworkInterfaceInfo
{
public:
    QString name;          // "eth0", "enp3s0", "en0", a Windows adapter name
    QString humanReadable; // the OS's friendly name where it has one, else the name
    int index = 0;
    QHostAddress ipv4;     // null when the card has no IPv4 address
    int prefixLength = -1; // -1 when unknown
    MacAddress mac;
    bool up = false;
    bool running = false;
    bool loopback = false;
    bool wireless = false;

    bool hasIpv4() const { return !ipv4.isNull(); }
    // The IPv4 subnet of the card, e.g. (10.231.0.0, 24); {null, -1} without an address.
    QPair<QHostAddress, int> subnet() const;

    // Every card the OS reports, loopback included (callers filter), in the OS's order.
    static QList<NetworkInterfaceInfo> list();
    // A card by name ("eth0") or by one of its IPv4 addresses ("10.231.0.1").
    static Result<NetworkInterfaceInfo> find(const QString &nameOrAddress);
};
