#include "app/cli/clicommand.h"
#include "app/cli/clistdio.h"
#include "app/cli/exitcode.h"
#include "core/common/appidentity.h"
#include "core/common/version.h"

#include <QCoreApplication>
#include <QTextStream>

namespace {

void printUsage(QTextStream &out)
{
    out << "Usage: sccp2sip-cli [--version] [--help] <command> [options]\n\n"
           "Headless face of sccp2sip: converts Cisco 79xx phones from SCCP to SIP with an\n"
           "embedded DHCP and TFTP server. Every command accepts --help.\n\n";
    const QList<CliCommand> commands = allCliCommands();
    if (!commands.isEmpty()) {
        out << "Commands:\n";
        for (const CliCommand &command : commands)
            out << "  " << command.name.leftJustified(10) << ' ' << command.summary << '\n';
        out << '\n';
    }
    out << "Options:\n"
           "  -h, --help     Show this help and exit.\n"
           "  -v, --version  Show the version and exit.\n\n"
           "Exit codes and the event stream are described in docs/cli.md.\n";
}

} // namespace

int main(int argc, char *argv[])
{
    useBinaryStandardStreams();
    QCoreApplication app(argc, argv);
    applyApplicationIdentity();

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);

    if (arguments.isEmpty()) {
        printUsage(err);
        return toInt(ExitCode::Usage);
    }
    const QString first = arguments.takeFirst();
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << "sccp2sip-cli " << SCCP2SIP_VERSION << '\n';
        return toInt(ExitCode::Success);
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        printUsage(out);
        return toInt(ExitCode::Success);
    }
    for (const CliCommand &command : allCliCommands()) {
        if (command.name == first)
            return command.run(arguments);
    }
    err << "sccp2sip-cli: unknown command or option '" << first << "'\n\n";
    printUsage(err);
    return toInt(ExitCode::Usage);
}
