#pragma once

#include <QTest>

// Whether this Windows program runs under Wine (ntdll exports wine_get_version there, never on Windows). For the
// few checks where Wine's emulation differs from Windows in a way the check depends on; each skip names how, so
// a run on a real Windows machine makes the check.
bool runningUnderWine();

#define SCCP2SIP_SKIP_UNDER_WINE(difference)                                                                           \
    do {                                                                                                               \
        if (runningUnderWine())                                                                                        \
            QSKIP("Wine differs from Windows here: " difference);                                                      \
    } while (false)

class QProcess;

// How a program started by a test ended.
struct ProgramEnd
{
    bool ended = false;
    bool exitCodeKnown = false; // false only under Wine, when the program had to be stopped in its exit
    int exitCode = -1;
};

// Waits up to timeoutMs for `program` to end. Under Wine a program now and then stays in ExitProcess after its
// last output (one thread left, which winedebug cannot attach to; scripts/lib/wine-run works around the same for
// test programs). There, once the program has printed `lastOutput` and then not ended within a few seconds, it
// is stopped and counted as ended with an unknown exit code; the caller then checks what the program left
// behind. Anywhere else this is QProcess::waitForFinished.
ProgramEnd waitForProgramEnd(QProcess &program, int timeoutMs, const QByteArray &lastOutput);
