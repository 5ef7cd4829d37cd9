#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// One run of a program to completion, as the CLI suites check it: exit code and both streams. The wait is bounded;
// a program that overruns is killed, and a killed or crashed program reports exitCode -1, which no CLI exit code
// uses, so a hang or crash always fails the suite's exit-code check with the program's output beside it.
struct ProcessRun
{
    int exitCode = -1;
    QString out;       // stdout as text
    QByteArray rawOut; // stdout as bytes, for suites that parse it (XML, JSON)
    QString err;
};

ProcessRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs = 30000);

// The sccp2sip-cli this build made.
ProcessRun runCli(const QStringList &arguments, int timeoutMs = 30000);
