#pragma once

#include "app/cli/clicommand.h"

// `sccp2sip-cli selftest-bind --port N [--address A]`: binds one UDP socket the way the servers do and reports
// whether this user may. The installers' checks use it to prove that the granted privileges (setcap on Linux,
// nothing on Windows/macOS) really let an unprivileged user open ports 67 and 69.
CliCommand makeSelftestBindCommand();
