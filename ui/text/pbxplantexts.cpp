#include "ui/text/pbxplantexts.h"

#include <QStringList>

QString PbxPlanTexts::describe(const PbxHostPlan &plan, const QList<QHostAddress> &dnsServers)
{
    switch (plan.kind) {
    case PbxHostPlan::Kind::Address:
        return {};
    case PbxHostPlan::Kind::PhonesResolve: {
        QStringList servers;
        for (const QHostAddress &server : dnsServers)
            servers << server.toString();
        return tr("The phones will look up %1 through the DNS server %2 (this computer finds it at %3).")
            .arg(plan.host, servers.join(QStringLiteral(", ")), plan.address.toString());
    }
    case PbxHostPlan::Kind::LaptopResolved:
        return tr("No DNS server is given to the phones, so their configs name %1 by its address %2, as this "
                  "computer resolves it now.")
            .arg(plan.host, plan.address.toString());
    }
    return {};
}
