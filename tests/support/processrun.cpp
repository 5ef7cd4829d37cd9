#include "tests/support/processrun.h"

#include <QProcess>

ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
    } else if (process.exitStatus() == QProcess::NormalExit) {
        result.exitCode = process.exitCode();
    }
    result.rawOut = process.readAllStandardOutput();
    result.out = QString::fromUtf8(result.rawOut);
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

ProcessRun runCli(const QStringList &arguments, int timeoutMs)
{
    return runProcess(QStringLiteral(SCCP2SIP_CLI_PATH), arguments, timeoutMs);
}
