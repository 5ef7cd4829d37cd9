#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

// One sub-command of sccp2sip-cli ("inspect", "config", "serve", …). Each lives in its own file under
// app/cli/ and is listed once in clicommands.cpp.
struct CliCommand
{
    QString name;
    QString summary; // one line for `sccp2sip-cli --help`
    // Receives the arguments after the command name and returns an ExitCode value.
    std::function<int(const QStringList &arguments)> run;
};

QList<CliCommand> allCliCommands();
