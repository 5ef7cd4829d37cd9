#include "tests/support/openhandles.h"

#include <QDir>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

int openHandleCount()
{
#ifdef Q_OS_WIN
    DWORD count = 0;
    // A count of zero means the call is not really implemented (a process always holds some handles).
    return ::GetProcessHandleCount(::GetCurrentProcess(), &count) && count > 0 ? int(count) : -1;
#else
    const QDir fds(QStringLiteral("/proc/self/fd"));
    return fds.exists() ? int(fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot).size()) : -1;
#endif
}
