#pragma once

#include "app/cli/exitcode.h"
#include "core/common/error.h"

// The CLI's face of core's typed errors: one line a technician can act on, and a distinct exit code.
ExitCode exitCodeFor(ErrorCode code);
QString cliMessageFor(const Error &error);
