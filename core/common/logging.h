#pragma once

#include <QLoggingCategory>

// One category per module. Default level is Info: debug output (packet detail) is off until enabled with
// --verbose or QT_LOGGING_RULES="sccp2sip.*.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcTftp)
Q_DECLARE_LOGGING_CATEGORY(lcDhcp)
Q_DECLARE_LOGGING_CATEGORY(lcPhones)
Q_DECLARE_LOGGING_CATEGORY(lcFirmware)
Q_DECLARE_LOGGING_CATEGORY(lcProvisioning)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcBench)
