#include "core/firmware/firmwarearchivereader.h"
#include "core/firmware/firmwaresignedheader.h"

#include <cstddef>
#include <cstdint>

// Hostile bytes through the SGN header parser: no read past the input, and a parsed header is self-consistent.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<FirmwareSignedHeader> header = FirmwareSignedHeader::parse(input);
    if (header) {
        if (header->headerLength() > input.size() || header->fileName().isEmpty())
            __builtin_trap();
        const QByteArrayView payload = FirmwareSignedHeader::payload(input, *header);
        if (payload.size() != input.size() - header->headerLength() && !payload.isEmpty())
            __builtin_trap();
    }
    (void)FirmwareArchiveReader::looksLikeArchive(input);
    return 0;
}
