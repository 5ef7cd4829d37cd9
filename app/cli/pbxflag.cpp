#include "app/cli/pbxflag.h"

Result<void> parsePbxFlag(const QString &text, PbxSettings *settings)
{
    QString host = text.trimmed();
    if (host.count(QLatin1Char(':')) == 1) {
        const QString portText = host.section(QLatin1Char(':'), 1);
        host = host.section(QLatin1Char(':'), 0, 0);
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return Error(ErrorCode::InvalidPort, QStringLiteral("--pbx port '%1'").arg(portText));
        settings->sipPort = port;
        if (port == settings->securedSipPort)
            settings->securedSipPort = port + 1;
    }
    settings->host = host;
    return {};
}

Result<void> parseTransportFlag(const QString &text, PbxSettings *settings)
{
    const Result<PbxSettings::Transport> transport = PbxSettings::parseTransport(text);
    if (!transport)
        return Error(transport.error().code(), QStringLiteral("--transport '%1'").arg(text));
    settings->transport = *transport;
    return {};
}
