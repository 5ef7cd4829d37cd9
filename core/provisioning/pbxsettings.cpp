#include "core/provisioning/pbxsettings.h"

int PbxSettings::transportLayerProtocol(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return 1;
    case Transport::Udp:
        return 2;
    case Transport::Tls:
        return 3;
    }
    return 2;
}

bool PbxSettings::parseTransport(const QString &text, Transport *transport)
{
    const QString lower = text.trimmed().toLower();
    if (lower == QLatin1String("udp"))
        *transport = Transport::Udp;
    else if (lower == QLatin1String("tcp"))
        *transport = Transport::Tcp;
    else if (lower == QLatin1String("tls"))
        *transport = Transport::Tls;
    else
        return false;
    return true;
}

QString PbxSettings::transportName(Transport transport)
{
    switch (transport) {
    case Transport::Tcp:
        return QStringLiteral("tcp");
    case Transport::Udp:
        return QStringLiteral("udp");
    case Transport::Tls:
        return QStringLiteral("tls");
    }
    return QStringLiteral("udp");
}
