// libFuzzer target for the DHCP codec and what the server derives from a parsed request: parse, then
// re-serialize and re-parse (must succeed and be stable), and run the vendor-class parser on option 60.
#include "core/dhcp/dhcpmessage.h"
#include "core/phones/phonevendorclass.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<DhcpMessage> message = DhcpMessage::parse(input);
    if (!message)
        return 0;
    (void)PhoneVendorClass::parse(message->option(DhcpMessage::VendorClass));
    (void)message->clientKey();
    (void)message->parameterRequestList();
    const QByteArray wire = message->serialize();
    if (wire.size() > DhcpMessage::kMaximumSize)
        return 0; // options moved out of an overloaded sname/file can outgrow the input; parse() bounds it
    const Result<DhcpMessage> again = DhcpMessage::parse(wire);
    if (!again || again->serialize() != wire)
        std::abort(); // serialize() must always produce what parse() reads back identically
    return 0;
}
