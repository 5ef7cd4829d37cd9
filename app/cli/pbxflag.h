#pragma once

#include "core/common/result.h"
#include "core/provisioning/pbxsettings.h"

// `--pbx HOST[:PORT]` as `config` and `serve` take it: "10.0.0.5", "10.0.0.5:5160", "pbx.lan:5060".
// IPv6 literals are not supported by the 79xx anyway.
Result<void> parsePbxFlag(const QString &text, PbxSettings *settings);

// `--transport udp|tcp` as `config` and `serve` take it; TLS is refused with its reason (TransportUnsupported).
Result<void> parseTransportFlag(const QString &text, PbxSettings *settings);
