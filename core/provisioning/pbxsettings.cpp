#include "core/provisioning/pbxsettings.h"

int PbxSettings::transportLayerProtocol(Transport transport)
{
    return transport == Transport::Tcp ? 1 : 2;
}

Result<PbxSettings::Transport> PbxSettings::parseTransport(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == QLatin1String("udp"))
        return Transport::Udp;
    if (lower == QLatin1String("tcp"))
        return Transport::Tcp;
    if (lower == QLatin1String("tls"))
        return Error(ErrorCode::TransportUnsupported, QStringLiteral("tls"));
    return Error(ErrorCode::InvalidArgument, QStringLiteral("transport '%1'").arg(text));
}

QString PbxSettings::transportName(Transport transport)
{
    return transport == Transport::Tcp ? QStringLiteral("tcp") : QStringLiteral("udp");
}
