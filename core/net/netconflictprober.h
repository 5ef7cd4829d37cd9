#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QObject>

// Asks the bench card's link whether anyone holds an IPv4 address (Linux: an RFC 5227 ARP probe, see
// NetArpProber). Only answers are reported: silence is the caller's to time out, so a fake in tests needs no
// clock. answered() may also report a holder that spoke up on its own (a gratuitous ARP, a late reply).
class NetConflictProber : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Sends one probe for `address` (host order). Fails only when nothing could be sent.
    virtual Result<void> probe(quint32 address) = 0;

Q_SIGNALS:
    void answered(quint32 address, const MacAddress &holder);
};
