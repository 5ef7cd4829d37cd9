#include "tests/support/wine.h"

#include <QDeadlineTimer>
#include <QProcess>

#ifdef Q_OS_WIN
#include <windows.h>
#endif

bool runningUnderWine()
{
#ifdef Q_OS_WIN
    const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
    return ntdll && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
#else
    return false;
#endif
}

ProgramEnd waitForProgramEnd(QProcess &program, int timeoutMs, const QByteArray &lastOutput)
{
    QDeadlineTimer deadline(timeoutMs);
    QByteArray seen;
    bool lastOutputSeen = false;
    QDeadlineTimer exitGrace(QDeadlineTimer::Forever);
    while (!deadline.hasExpired()) {
        if (program.waitForFinished(200))
            return {true, true, program.exitCode()};
        if (program.state() == QProcess::NotRunning)
            return {true, program.exitStatus() == QProcess::NormalExit, program.exitCode()};
        if (!runningUnderWine())
            continue;
        // Peek without consuming: the caller reads the whole output afterwards.
        seen = program.peek(program.bytesAvailable());
        if (!lastOutputSeen && seen.contains(lastOutput)) {
            lastOutputSeen = true;
            exitGrace.setRemainingTime(5000);
        }
        if (lastOutputSeen && exitGrace.hasExpired()) {
            program.kill();
            program.waitForFinished(5000);
            return {true, false, -1};
        }
    }
    return {};
}
