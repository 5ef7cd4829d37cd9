#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QSet>

// The MAC prefixes registered to Cisco Systems (resources/phones/cisco-ouis.txt, from the IEEE registry). A hint
// only, never an allow-list: see PhoneClientFilter.
class CiscoOuis
{
public:
    static QString builtInPath(); // ":/phones/cisco-ouis.txt"
    static Result<CiscoOuis> load(const QString &path = builtInPath());
    // "00:00:0C" lines; '#' comments and blank lines skipped; anything else is CatalogInvalid naming the line.
    static Result<CiscoOuis> fromText(QByteArrayView text, const QString &origin);

    bool contains(const MacAddress &mac) const;
    qsizetype size() const { return m_prefixes.size(); }

private:
    QSet<quint32> m_prefixes;
};
