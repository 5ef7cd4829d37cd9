#pragma once

#include "core/common/result.h"

#include <QString>
#include <QTimeZone>

// Where the phones register, and the bench-wide settings that go into every generated config.
struct PbxSettings
{
    // No TLS: a 79xx registers over TLS only with deviceSecurityMode 2 or 3 and the PBX's certificate in a trust
    // list signed by a key the phone already trusts, which nothing outside a CUCM can produce. Offering it would
    // write configs that cannot register (parseTransport says so with TransportUnsupported).
    enum class Transport { Udp, Tcp };

    QString host;       // IPv4 address or host name; becomes processNodeName (at most 50 characters)
    int sipPort = 5060; // becomes ports/sipPort, line port and voipControlPort
    int securedSipPort = 5061;
    Transport transport = Transport::Udp; // per PBX: docs/phones.md, "Config files": TCP vs UDP is disputed
    QString ntpServer;                    // IPv4 address; empty leaves <ntps> empty (the clock stays wrong)
    // What our DHCP server hands the phones so they reach the PBX: option 3 (needed when the PBX or NTP server is
    // off the bench subnet) and option 6 (lets them look up a PBX host name). IPv4 addresses; empty: not sent.
    QString phoneRouter;
    QString phoneDnsServer;
    QString timeZone = QStringLiteral("GMT Standard/Daylight Time"); // Cisco/Windows-style name (79x1 XML)
    // The bench laptop's zone: the 7940/7960 SIPDefault.cnf gets its offset and daylight-saving rule from it.
    QTimeZone clockZone = QTimeZone::systemTimeZone();
    QString dateTemplate = QStringLiteral("D/M/Y");
    QString userLocale = QStringLiteral("English_United_States");
    QString userLocaleLangCode = QStringLiteral("en_US");
    QString networkLocale = QStringLiteral("United_States");
    QString dialPlanFile = QStringLiteral("dialplan.xml"); // empty: no <dialTemplate>, 15 s inter-digit timeout

    // transportLayerProtocol as the SIP 9.x loads number it: 1 = TCP, 2 = UDP (3 would be TLS).
    static int transportLayerProtocol(Transport transport);
    // "udp" or "tcp", any case; "tls" is TransportUnsupported, anything else InvalidArgument.
    static Result<Transport> parseTransport(QStringView text);
    static QString transportName(Transport transport);
};
