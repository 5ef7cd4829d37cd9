#pragma once

#include "core/bench/pbxhostplan.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

// What the bench will do about a PBX given by host name, in one sentence for the Bench page and sccp2sip-cli.
class PbxPlanTexts
{
    Q_DECLARE_TR_FUNCTIONS(PbxPlanTexts)
public:
    // Empty for a PBX given as an address: nothing to say.
    static QString describe(const PbxHostPlan &plan, const QList<QHostAddress> &dnsServers);
};
