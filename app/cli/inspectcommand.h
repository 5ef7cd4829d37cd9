#pragma once

#include "app/cli/clicommand.h"

// `sccp2sip-cli inspect [--json] [--expect sip|sccp] BUNDLE…`: judges firmware downloads without importing them.
CliCommand makeInspectCommand();
