#pragma once

#include "app/cli/clicommand.h"

// `sccp2sip-cli serve`: the headless bench (docs/cli.md, "serve" and "Events").
CliCommand makeServeCommand();
