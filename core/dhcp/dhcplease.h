#pragma once

#include "core/common/macaddress.h"

#include <QByteArray>
#include <QString>

// One address bound (or offered, or quarantined) to one client. Addresses are host-order IPv4 values;
// times are seconds since the Unix epoch (wall clock: leases outlive the process).
struct DhcpLease
{
    enum class State : quint8 { Offered, Bound, Declined };

    quint32 address = 0;
    QByteArray clientKey; // DhcpMessage::clientKey(): option 61 if sent, else chaddr
    MacAddress mac;
    QString hostname;
    qint64 expiresAt = 0;
    State state = State::Bound;

    bool isActive(qint64 now) const { return expiresAt > now; }
};
