#include "core/provisioning/csvreader.h"
#include "core/provisioning/inventorycsv.h"

#include <cstddef>
#include <cstdint>

// Hostile bytes through the inventory CSV importer. Whatever it accepts must export and import again to the
// same phones and lines (when the export stays within the column limit).
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<InventoryCsv::Import> first = InventoryCsv::parse(input);
    if (!first)
        return 0;
    if (first->inventory.extraColumnNames().size() + 9 > CsvReader::kMaxFields)
        return 0;
    const QByteArray exported = InventoryCsv::serialize(first->inventory, InventoryCsv::Passwords::Include);
    const Result<InventoryCsv::Import> second = InventoryCsv::parse(exported);
    if (!second || second->inventory.size() != first->inventory.size())
        __builtin_trap();
    for (const PhoneInventoryEntry &entry : first->inventory.entries()) {
        const PhoneInventoryEntry *copy = second->inventory.find(entry.mac);
        if (!copy || copy->lines != entry.lines)
            __builtin_trap();
    }
    return 0;
}
