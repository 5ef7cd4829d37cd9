#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"
#include "core/provisioning/inventorydefaultpolicy.h"
#include "core/provisioning/phoneinventoryentry.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

// MAC → lines for the phones on the bench, plus the rule for phones nobody listed.
class PhoneInventory
{
public:
    bool contains(const MacAddress &mac) const { return m_entries.contains(mac); }
    const PhoneInventoryEntry *find(const MacAddress &mac) const;
    void insert(const PhoneInventoryEntry &entry); // replaces an entry with the same MAC
    bool remove(const MacAddress &mac);
    QList<PhoneInventoryEntry> entries() const { return m_entries.values(); } // ordered by MAC
    qsizetype size() const { return m_entries.size(); }
    bool isEmpty() const { return m_entries.isEmpty(); }

    // Header names of columns the tool does not know, in the order they were first seen; export writes them back.
    const QStringList &extraColumnNames() const { return m_extraColumnNames; }
    void setExtraColumnNames(const QStringList &names) { m_extraColumnNames = names; }

    const InventoryDefaultPolicy &defaultPolicy() const { return m_policy; }
    void setDefaultPolicy(const InventoryDefaultPolicy &policy);

    // The entry for `mac`: the listed one, or one made by the default policy. A range assignment is
    // remembered, so the same phone keeps its extension for the whole session, and never reuses an
    // extension already listed. ExtensionRangeExhausted when the range is used up, InvalidArgument for an
    // empty range.
    Result<PhoneInventoryEntry> resolve(const MacAddress &mac);
    // Extensions handed out by the range policy so far.
    const QMap<MacAddress, QString> &assignedExtensions() const { return m_assigned; }

private:
    bool extensionTaken(const QString &extension) const;

    QMap<MacAddress, PhoneInventoryEntry> m_entries;
    QStringList m_extraColumnNames;
    InventoryDefaultPolicy m_policy;
    QMap<MacAddress, QString> m_assigned;
};
