#pragma once

#include "core/phones/phonecatalog.h"

#include <QString>
#include <QStringList>

// What a phone makes of load IDs (docs/phones.md, "Jump loads"): protocol by prefix, the jump-load rule, and the name
// it gives a load that arrived through termNN.default.loads (which does not carry its own ID).
class PhoneSimLoadRules
{
public:
    explicit PhoneSimLoadRules(const PhoneCatalog &catalog);

    PhoneProtocol protocolOf(const QString &loadId) const;
    // True when a phone running `running` reboot-loops after flashing `target`: its family has the jump-load
    // rule, `running` is older than 8.3(3) and `target` is 9.x or later. Unknown versions never loop.
    bool rejects(const QString &running, const QString &target) const;
    // An ID for images flashed from a termNN file: the first "SIPnn.x-y-z…"/"SCCPnn.…"/"P0S3-…" token in the
    // release line, else built from the jar image name (jar42sip.9-4-2ES26.sbn -> SIP42.9-4-2ES26).
    QString derivedLoadId(const QString &releaseLine, const QStringList &images) const;

private:
    const PhoneCatalog &m_catalog;
};
