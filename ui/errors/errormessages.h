#pragma once

#include "core/common/error.h"
#include "ui/errors/errormessage.h"

#include <QCoreApplication>

// Maps every core ErrorCode the wizard surfaces to translated text. The only place UI wording for core errors
// lives, so a code reads the same on every page.
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(ErrorMessages)
public:
    static ErrorMessage forError(const Error &error);
    // Bind failures on a server port, with the fix for this OS and the process holding the port when the OS said.
    static ErrorMessage forBind(const Error &error, quint16 port);
    // The Linux command that lets this binary bind ports below 1024 without running as root.
    static QString setcapCommand(const QString &binaryPath);

private:
    static ErrorMessage firmware(const Error &error);
    static QString portService(quint16 port);
};
