#include "tests/support/keyringenvironment.h"

#include <QDir>

QString KeyringEnvironment::unavailableReason()
{
#ifdef Q_OS_WIN
    // The store is the user's Windows Credential Manager. Only scripts/windows sets this variable, in the private
    // Wine prefix it makes for the suites, so a developer's real credentials are never touched on a real Windows.
    if (qEnvironmentVariable("SCCP2SIP_KEYRING_HARNESS") != QLatin1String("1"))
        return QStringLiteral(
            "not in the private Wine prefix of scripts/windows (which sets SCCP2SIP_KEYRING_HARNESS=1)");
    return {};
#endif
    if (qEnvironmentVariable("SCCP2SIP_KEYRING_HARNESS") != QLatin1String("1"))
        return QStringLiteral("not started through tests/support/with-keyring (register the suite with KEYRING)");
    if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
        return QStringLiteral("no D-Bus session bus: is dbus-run-session installed?");
    const QString home = qEnvironmentVariable("HOME");
    if (!QDir(home).exists() || !home.contains(QLatin1String("sccp2sip-keyring")))
        return QStringLiteral("HOME is not the harness' temporary folder: refusing to touch a real keyring");
    return {};
}
