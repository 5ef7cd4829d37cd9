#pragma once

#include "app/cli/exitcode.h"
#include "core/common/error.h"

class PhoneCatalog;
struct PhoneRecord;

// The CLI's face of core's typed errors: one line a technician can act on, and a distinct exit code. The words
// are the wizard's (ui/text), except for the bench's start-up failures, whose fixes name the CLI's own flags.
ExitCode exitCodeFor(ErrorCode code);
QString cliMessageFor(const Error &error);
// Why a phone on the bench stopped or waits and what to do (its model's keys, the bundle to import); empty when
// the phone has no cause.
QString cliMessageFor(const PhoneRecord &record, const PhoneCatalog &catalog);
