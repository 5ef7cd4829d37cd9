#include "core/provisioning/dialplanbuilder.h"

#include "core/common/logging.h"
#include "core/provisioning/provisioningxml.h"

#include <QRegularExpression>

using namespace ProvisioningXml;

QList<DialPlanRule> DialPlanBuilder::defaultRules(int extensionLength)
{
    QList<DialPlanRule> rules;
    if (extensionLength > 0 && extensionLength <= 15)
        rules.append({QString(extensionLength, QLatin1Char('.')), 0});
    rules.append({QStringLiteral("*"), 3});
    return rules;
}

Result<GeneratedFile> DialPlanBuilder::build(const QList<DialPlanRule> &rules)
{
    if (rules.isEmpty())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("dial plan has no rules"));
    static const QRegularExpression allowed(QStringLiteral("^[0-9.*#+]{1,32}\\z"));
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("DIALTEMPLATE");
    for (const DialPlanRule &rule : rules) {
        if (!allowed.match(rule.pattern).hasMatch())
            return Error(ErrorCode::InvalidArgument, QStringLiteral("dial plan pattern '%1'").arg(rule.pattern));
        if (rule.timeoutSeconds < 0 || rule.timeoutSeconds > 30)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("dial plan timeout %1").arg(rule.timeoutSeconds));
        pugi::xml_node node = appendElement(root, "TEMPLATE");
        setAttribute(node, "MATCH", rule.pattern);
        setAttribute(node, "Timeout", QString::number(rule.timeoutSeconds));
        setAttribute(node, "User", QStringLiteral("Phone"));
    }
    GeneratedFile file{fileName(), serialize(document)};
    qCInfo(lcProvisioning).noquote() << "generated" << file.name << "rules" << rules.size();
    return file;
}
