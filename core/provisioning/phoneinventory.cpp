#include "core/provisioning/phoneinventory.h"

#include "core/common/logging.h"

const PhoneInventoryEntry *PhoneInventory::find(const MacAddress &mac) const
{
    const auto it = m_entries.constFind(mac);
    return it == m_entries.cend() ? nullptr : &it.value();
}

void PhoneInventory::insert(const PhoneInventoryEntry &entry)
{
    m_entries.insert(entry.mac, entry);
}

bool PhoneInventory::remove(const MacAddress &mac)
{
    return m_entries.remove(mac) > 0;
}

void PhoneInventory::setDefaultPolicy(const InventoryDefaultPolicy &policy)
{
    m_policy = policy;
    m_assigned.clear();
}

bool PhoneInventory::extensionTaken(const QString &extension) const
{
    for (const PhoneInventoryEntry &entry : m_entries) {
        for (const PhoneLine &line : entry.lines) {
            if (line.extension == extension)
                return true;
        }
    }
    for (const QString &assigned : m_assigned) {
        if (assigned == extension)
            return true;
    }
    return false;
}

Result<PhoneInventoryEntry> PhoneInventory::resolve(const MacAddress &mac)
{
    if (const PhoneInventoryEntry *listed = find(mac))
        return *listed;
    PhoneInventoryEntry entry;
    entry.mac = mac;
    if (m_policy.mode == InventoryDefaultPolicy::Mode::FirmwareOnly)
        return entry;

    if (m_policy.firstExtension < 0 || m_policy.lastExtension < m_policy.firstExtension)
        return Error(
            ErrorCode::InvalidArgument,
            QStringLiteral("extension range %1…%2 is empty").arg(m_policy.firstExtension).arg(m_policy.lastExtension));
    QString extension = m_assigned.value(mac);
    for (qint64 n = m_policy.firstExtension; extension.isEmpty() && n <= m_policy.lastExtension; ++n) {
        const QString candidate = QString::number(n);
        if (!extensionTaken(candidate))
            extension = candidate;
    }
    if (extension.isEmpty())
        return Error(ErrorCode::ExtensionRangeExhausted,
                     QStringLiteral("%1…%2 all in use").arg(m_policy.firstExtension).arg(m_policy.lastExtension));
    if (!m_assigned.contains(mac)) {
        m_assigned.insert(mac, extension);
        qCInfo(lcProvisioning).noquote() << "assigned extension" << extension << "to" << mac.toColon();
    }
    PhoneLine line;
    line.extension = extension;
    line.password = m_policy.sharedPassword;
    entry.lines.insert(1, line);
    return entry;
}
