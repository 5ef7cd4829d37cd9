#include "core/common/appidentity.h"

#include "core/common/version.h"

#include <QCoreApplication>
#include <QStandardPaths>

void applyApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("sccp2sip"));
    // Reverse of the app id (SCCP2SIP_APP_ID), so macOS settings land in io.github.sccp2sip.sccp2sip.plist.
    QCoreApplication::setOrganizationDomain(QStringLiteral("sccp2sip.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("sccp2sip"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SCCP2SIP_VERSION));
}

QString defaultStateDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}
