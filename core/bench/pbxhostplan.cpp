#include "core/bench/pbxhostplan.h"

#include <QHostInfo>

Result<PbxHostPlan> PbxHostPlan::make(const QString &host, const QList<QHostAddress> &dnsServers, const Lookup &lookup)
{
    PbxHostPlan plan;
    plan.host = host;
    const QHostAddress literal(host);
    if (host.isEmpty() || literal.protocol() == QAbstractSocket::IPv4Protocol) { // no PBX, or an address
        plan.address = literal;
        return plan;
    }
    const Result<QList<QHostAddress>> found = lookup(host);
    if (!found)
        return Error(ErrorCode::PbxHostUnresolved, QStringLiteral("%1: %2").arg(host, found.error().detail()));
    const auto ipv4 = std::find_if(found->cbegin(), found->cend(), [](const QHostAddress &address) {
        return address.protocol() == QAbstractSocket::IPv4Protocol;
    });
    if (ipv4 == found->cend())
        return Error(ErrorCode::PbxHostUnresolved, QStringLiteral("%1: no IPv4 address").arg(host));
    plan.address = *ipv4;
    plan.kind = dnsServers.isEmpty() ? Kind::LaptopResolved : Kind::PhonesResolve;
    return plan;
}

Result<QList<QHostAddress>> PbxHostPlan::systemLookup(const QString &host)
{
    const QHostInfo info = QHostInfo::fromName(host);
    if (info.error() != QHostInfo::NoError)
        return Error(ErrorCode::PbxHostUnresolved, info.errorString());
    return info.addresses();
}
