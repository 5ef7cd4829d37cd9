#pragma once

#include "core/common/result.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <functional>

// How the phones will reach a PBX given by host name. A phone resolves a name only through the DNS servers its
// DHCP offer names (option 6): with some handed out, the configs keep the name; without, the laptop resolves it
// before the bench starts and the configs carry the address. A name the laptop cannot resolve is an error then,
// not a phone that never registers.
struct PbxHostPlan
{
    enum class Kind {
        Address,        // the PBX was given as an IPv4 address (or not at all: a firmware-only bench)
        PhonesResolve,  // a host name; the phones get DNS servers and resolve it themselves
        LaptopResolved, // a host name resolved here; `address` goes into the configs
    };
    // The laptop's resolver: the addresses of a host name (IPv4 first), or an error. Tests pass a fake.
    using Lookup = std::function<Result<QList<QHostAddress>>(const QString &host)>;

    Kind kind = Kind::Address;
    QString host;
    QHostAddress address; // Address, LaptopResolved: what the configs carry; PhonesResolve: what the laptop saw

    // PbxHostUnresolved when the name has no IPv4 address here.
    static Result<PbxHostPlan> make(const QString &host, const QList<QHostAddress> &dnsServers, const Lookup &lookup);
    // The laptop's own resolver (blocking: call it off the GUI thread).
    static Result<QList<QHostAddress>> systemLookup(const QString &host);
    // What the configs name as the PBX.
    QString configHost() const { return kind == Kind::LaptopResolved ? address.toString() : host; }
};
