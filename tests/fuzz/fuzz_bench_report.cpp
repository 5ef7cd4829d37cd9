#include "core/bench/benchreport.h"

#include <cstddef>
#include <cstdint>

// A restarted session reads the previous run's report from disk: whatever is there must come back bounded, and a
// report we write from what we read must read back the same phones.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<QList<PhoneRecord>> records = BenchReport::fromJson(bytes);
    if (!records)
        return 0;
    for (const PhoneRecord &record : *records) {
        if (record.modelId.size() > 32 || record.serial.size() > 64 || record.oldLoad.size() > 64 ||
            record.targetLoad.size() > 64 || record.fixDetail.size() > 128)
            __builtin_trap();
    }
    const Result<QList<PhoneRecord>> again = BenchReport::fromJson(BenchReport::toJson(*records));
    if (!again || again->size() != records->size())
        __builtin_trap();
    return 0;
}
