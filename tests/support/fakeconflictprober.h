#pragma once

#include "core/net/netconflictprober.h"

#include <QHash>
#include <QList>
#include <QTimer>

// A link where the hosts in `holders` answer ARP probes for their addresses (on the next event-loop turn,
// as a real reply would arrive), and nobody else does. `failing` makes probe() fail as a broken socket would.
class FakeConflictProber : public NetConflictProber
{
    Q_OBJECT
public:
    using NetConflictProber::NetConflictProber;

    Result<void> probe(quint32 address) override
    {
        if (failing)
            return Error(ErrorCode::SocketError, QStringLiteral("fake: probe socket gone"));
        probed.append(address);
        if (holders.contains(address))
            QTimer::singleShot(0, this, [this, address] { Q_EMIT answered(address, holders.value(address)); });
        return {};
    }

    QHash<quint32, MacAddress> holders;
    QList<quint32> probed;
    bool failing = false;
};
