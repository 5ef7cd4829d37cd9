#include "core/firmware/firmwareloadsfile.h"

#include <cstddef>
#include <cstdint>

// Hostile bytes through the .loads parser (with and without an SGN header in front).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<FirmwareLoadsFile> loads = FirmwareLoadsFile::parse(input);
    if (loads && (loads->images().isEmpty() || loads->images().size() > FirmwareLoadsFile::kMaxImages))
        __builtin_trap();
    (void)FirmwareLoadsFile::parseText(input);
    return 0;
}
