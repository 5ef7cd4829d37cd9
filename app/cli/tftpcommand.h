#pragma once

#include "app/cli/clicommand.h"

// `sccp2sip-cli tftp --root DIR`: serves a folder read-only with the bench's TFTP server until stopped. For
// technicians who want plain TFTP, and for benchmarks/tftp, which races it against other servers.
CliCommand makeTftpCommand();
