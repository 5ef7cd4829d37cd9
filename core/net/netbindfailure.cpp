#include "core/net/netbindfailure.h"

Error netBindFailure(ErrorCode code, const NetPlatform::UdpBindRequest &request, const QString &osText,
                     const QString &holder)
{
    QString detail =
        QStringLiteral("bind %1:%2%3: %4")
            .arg(request.address.toString())
            .arg(request.port)
            .arg(request.interfaceName.isEmpty() ? QString() : QStringLiteral(" on ") + request.interfaceName, osText);
    if (!holder.isEmpty())
        detail += QStringLiteral("; held by ") + holder;
    return Error(code, detail).withPort(request.port, holder);
}
