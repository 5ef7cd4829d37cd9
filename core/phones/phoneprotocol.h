#pragma once

#include <QString>

// Which call-control stack a phone runs or a firmware load contains. Shared by the catalog, the classifier and
// the firmware bundles, so it lives apart from all three.
enum class PhoneProtocol { Unknown, Sip, Sccp };

inline QString phoneProtocolName(PhoneProtocol protocol)
{
    switch (protocol) {
    case PhoneProtocol::Sip:
        return QStringLiteral("SIP");
    case PhoneProtocol::Sccp:
        return QStringLiteral("SCCP");
    case PhoneProtocol::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}
