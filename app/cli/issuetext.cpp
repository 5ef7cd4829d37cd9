#include "app/cli/issuetext.h"

#include "ui/text/issuemessages.h"

QString cliTextFor(const ProvisioningIssue &issue)
{
    // The wizard's sentence (ui/text), with the severity and the phone line in front for a terminal.
    QString text = issue.isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (issue.phoneLine > 0)
        text += QStringLiteral("phone line %1: ").arg(issue.phoneLine);
    text += IssueMessages::text(issue);
    if (!issue.detail.isEmpty())
        text += QStringLiteral(" (") + issue.detail + QLatin1Char(')');
    return text;
}
