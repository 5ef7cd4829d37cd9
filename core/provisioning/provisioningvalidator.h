#pragma once

#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneline.h"
#include "core/provisioning/provisioningissue.h"

#include <QList>
#include <QMap>

// Checks a technician's input against what the 79xx loads accept (docs/phones.md, "Config files"), so mistakes show
// up in the wizard or the CLI instead of as a phone stuck on "Unregistered". Errors block generation;
// warnings are things some loads accept and others do not.
class ProvisioningValidator
{
public:
    static constexpr int kMaxUserLength = 30; // <name>, <authName>
    static constexpr int kMaxFeatureLabelLength = 30;
    static constexpr int kMaxPhoneLabelLength = 12;  // <phoneLabel>: no spaces on the 7900 series either
    static constexpr int kAdvisedPasswordLength = 8; // a 7941 rejected longer ones; a 7942 took 12
    static constexpr int kMaxPasswordLength = 30;
    static constexpr int kMaxDisplayNameLength = 30;
    static constexpr int kMaxHostLength = 50; // <processNodeName>
    static constexpr int kMaxLineNumber = 34; // 7975 with two sidecars; the 7940 has 2, checked elsewhere

    static QList<ProvisioningIssue> validatePbx(const PbxSettings &pbx);
    // Line 1's label doubles as the phone label, so it gets the stricter phone-label rules.
    static QList<ProvisioningIssue> validateLine(int lineNumber, const PhoneLine &line);
    static QList<ProvisioningIssue> validateLines(const QMap<int, PhoneLine> &lines);

    static bool isIpv4Address(const QString &text);
    static bool isHostName(const QString &text);
};
