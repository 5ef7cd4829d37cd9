#pragma once

#include "core/provisioning/provisioningissue.h"

#include <QCoreApplication>

// Translated sentences for ProvisioningIssue: "<field>: <what is wrong and what to enter>". The validator's
// detail stays technical (tooltips and the log never see a password: the validator never puts one there).
class IssueMessages
{
    Q_DECLARE_TR_FUNCTIONS(IssueMessages)
public:
    static QString text(const ProvisioningIssue &issue);
    static QString fieldName(ProvisioningIssue::Field field);
    static bool hasError(const QList<ProvisioningIssue> &issues) { return ProvisioningIssue::hasErrors(issues); }
};
