#pragma once

#include "core/common/result.h"
#include "core/provisioning/phoneinventory.h"
#include "core/provisioning/provisioningissue.h"

#include <QByteArray>
#include <QList>

// The inventory file format other tools rely on (architecture.md): UTF-8 (a BOM is tolerated), a header row,
// columns in any order with case-insensitive names `mac, extension, auth_user, password, display_name, label`
// and optional `line`, `model`, `note`; unknown columns are kept and written back on export. Any MAC spelling
// MacAddress::parse accepts. One row per phone line.
class InventoryCsv
{
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    struct Import
    {
        PhoneInventory inventory;
        QList<ProvisioningIssue> issues; // with csvLine set; rows with an error are not imported
    };

    // Fatal problems (not UTF-8, empty, no header, missing mac/extension column, broken quoting, too large)
    // give an Error; problems in single rows (bad MAC, duplicate MAC+line, invalid values) give issues.
    static Result<Import> parse(const QByteArray &data);
    static Result<Import> readFile(const QString &path);

    // Passwords are secrets: by default the password column is left out entirely, so an exported inventory
    // can be mailed or committed. Include them only when the user explicitly asks (e.g. a backup they keep).
    enum class Passwords { Omit, Include };
    static QByteArray serialize(const PhoneInventory &inventory, Passwords passwords = Passwords::Omit);
};
