#pragma once

#include "core/common/result.h"
#include "core/provisioning/dialplanrule.h"
#include "core/provisioning/generatedfile.h"

#include <QList>

// dialplan.xml (<DIALTEMPLATE>), read by the SIP 9.x loads through <dialTemplate> and by the 7940/7960 through
// dial_template. Without one a phone waits 15 s after the last digit before dialling.
class DialPlanBuilder
{
public:
    static QString fileName() { return QStringLiteral("dialplan.xml"); }

    // Extensions of `extensionLength` digits dial at once; anything else after a 3 s pause.
    static QList<DialPlanRule> defaultRules(int extensionLength);
    // InvalidArgument for an empty rule list, a pattern outside [0-9.*#+] or a timeout outside 0…30 s.
    static Result<GeneratedFile> build(const QList<DialPlanRule> &rules);
};
