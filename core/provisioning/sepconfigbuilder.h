#pragma once

#include "core/common/macaddress.h"
#include "core/provisioning/generatedfile.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneline.h"
#include "core/provisioning/provisioningtarget.h"

#include <QMap>

// SEP<MAC>.cnf.xml for the SIP 9.x loads (79x1/79x2/79x5/797x/7906/7911), built with pugixml. Everything per
// phone goes here, because a 9.x phone ignores XMLDefault.cnf.xml once this file exists (docs/phones.md, "Config
// files"). Inputs are expected to be validated (ProvisioningValidator); the builder itself never fails: pugixml escapes
// whatever text it is given.
class SepConfigBuilder
{
public:
    // "SEP001C58D64433.cnf.xml": upper-case MAC, lower-case suffix; Linux TFTP servers are case-sensitive.
    static QString fileName(const MacAddress &mac);

    // lines: button number (1…) → account; empty gives a phone that upgrades and shows "Unprovisioned".
    // The versionStamp is a hash of everything else in the file: any change gives a new stamp, and an
    // unchanged config keeps its stamp, so a phone re-reading the same file never sees a "new" config and
    // reboots for nothing.
    static GeneratedFile build(const MacAddress &mac, const ProvisioningTarget &target, const PbxSettings &pbx,
                               const QMap<int, PhoneLine> &lines);

    // 9.x loads want the keyword USECALLMANAGER in <proxy>; the 8.x SIP loads (jump loads) want the PBX
    // address there instead (docs/phones.md, "Config files").
    static bool usesCallManagerProxy(const QString &loadId);
};
