#pragma once

#include "core/dhcp/dhcpserverconfig.h"

// DhcpServerConfig::admit for the bench's "phones only" rule: PhoneClientFilter over the built-in list of Cisco
// MAC prefixes. The DHCP server stays ignorant of phones; this is where the two meet.
std::function<bool(const DhcpClientHello &)> phonesOnlyAdmission();
