#include "core/tftp/tftpname.h"
#include "core/tftp/tftppacket.h"

#include <cstddef>
#include <cstdint>

// The packet parser and the name normaliser see every byte a stranger sends to port 69.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    TftpPacket::ParseError why = TftpPacket::ParseError::None;
    const Result<TftpPacket> packet = TftpPacket::parse(bytes, &why);
    if (!packet) {
        if (why == TftpPacket::ParseError::None)
            __builtin_trap(); // every refusal must say why
        return 0;
    }
    // What we accept, we can write back, and it reads the same.
    const QByteArray again = packet->serialize();
    const Result<TftpPacket> reparsed = TftpPacket::parse(again);
    if (!reparsed || reparsed->serialize() != again)
        __builtin_trap();
    if (packet->opcode() == TftpPacket::Opcode::Rrq || packet->opcode() == TftpPacket::Opcode::Wrq) {
        const Result<QString> name = TftpName::normalise(packet->fileName());
        if (name && (name->contains(QStringLiteral("..")) && name->split(u'/').contains(QStringLiteral(".."))))
            __builtin_trap();
        if (name && (name->startsWith(u'/') || name->contains(u'\\') || name->contains(u'\0')))
            __builtin_trap();
    }
    return 0;
}
