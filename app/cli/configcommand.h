#pragma once

#include "app/cli/clicommand.h"

// `sccp2sip-cli config`: prints the file a phone would get (SEP<MAC>.cnf.xml, XMLDefault.cnf.xml, dialplan.xml,
// SIPDefault.cnf, SIP<MAC>.cnf, OS79XX.TXT), built by the same core code the bench serves from.
CliCommand makeConfigCommand();
