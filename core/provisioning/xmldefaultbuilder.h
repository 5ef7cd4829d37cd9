#pragma once

#include "core/provisioning/generatedfile.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/provisioningtarget.h"

#include <QList>

// XMLDefault.cnf.xml: what SCCP phones and phones without a SEP file read. It points every model whose SIP
// bundle is in the library at that bundle's load, and names the PBX in callManagerGroup (docs/phones.md, "Config
// files").
class XmlDefaultBuilder
{
public:
    static QString fileName() { return QStringLiteral("XMLDefault.cnf.xml"); }

    // One <loadInformationNNN> per entry of `availableLoads`, which must hold only models whose bundle we can
    // serve: a phone sent to a .loads file we do not have keeps retrying. Entries are written in ascending id
    // order; a repeated id keeps its first entry. Entries without an id or a load are skipped.
    static GeneratedFile build(const PbxSettings &pbx, const QList<ProvisioningTarget> &availableLoads);
};
