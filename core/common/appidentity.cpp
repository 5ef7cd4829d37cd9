#include "core/common/appidentity.h"

#include "core/common/version.h"

#include <QCoreApplication>
#include <QStandardPaths>

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sccp2sip"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sccp2sip.invalid"));
    QCoreApplication::setApplicationName(QStringLiteral("sccp2sip"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCCP2SIP_VERSION));
}

QString defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
