#include "app/cli/clicommand.h"
#include "app/cli/configcommand.h"
#include "app/cli/inspectcommand.h"
#include "app/cli/selftestbindcommand.h"
#include "app/cli/servecommand.h"
#include "app/cli/tftpcommand.h"

QList<CliCommand> allCliCommands()
{
    // Every sub-command, in the order --help lists them.
    return {
        makeTftpCommand(), makeInspectCommand(), makeConfigCommand(), makeServeCommand(), makeSelftestBindCommand(),
    };
}
