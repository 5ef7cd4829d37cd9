// libFuzzer target for the ARP payload the conflict probe reads from the link: parse, then re-serialize and
// re-parse (must succeed and be stable).
#include "core/net/netarppacket.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto packet = NetArpPacket::parse(input);
    if (!packet)
        return 0;
    const QByteArray wire = packet->serialize();
    const auto again = NetArpPacket::parse(wire);
    if (wire.size() != NetArpPacket::kSize || !again || again->serialize() != wire)
        std::abort();
    return 0;
}
