#pragma once

#include "core/provisioning/provisioningissue.h"

// One line for a validation or inventory issue, for the CLI ("error: File line 4: Password: required; …").
QString cliTextFor(const ProvisioningIssue &issue);
