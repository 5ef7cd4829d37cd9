#pragma once

#include "core/provisioning/provisioningissue.h"

// One English line for a validation or inventory issue, for the CLI ("error: csv line 4: line 1 password: …").
QString cliTextFor(const ProvisioningIssue &issue);
