#include "core/net/networkinterfaceinfo.h"

#include "core/net/netplatform.h"

#include <QNetworkInterface>

QPair<QHostAddress, int> NetworkInterfaceInfo::subnet() const
{
    if (ipv4.isNull() || prefixLength < 0 || prefixLength > 32)
        return {QHostAddress(), -1};
    const quint32 mask = prefixLength == 0 ? 0 : ~quint32(0) << (32 - prefixLength);
    return {QHostAddress(ipv4.toIPv4Address() & mask), prefixLength};
}

QList<NetworkInterfaceInfo> NetworkInterfaceInfo::list()
{
    QList<NetworkInterfaceInfo> cards;
    const auto all = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &iface : all) {
        NetworkInterfaceInfo info;
        info.name = iface.name();
        info.humanReadable = iface.humanReadableName();
        info.index = iface.index();
        const auto flags = iface.flags();
        info.up = flags.testFlag(QNetworkInterface::IsUp);
        info.running = flags.testFlag(QNetworkInterface::IsRunning);
        info.loopback = flags.testFlag(QNetworkInterface::IsLoopBack);
        if (auto mac = MacAddress::parse(iface.hardwareAddress()))
            info.mac = *mac;
        for (const QNetworkAddressEntry &entry : iface.addressEntries()) {
            if (entry.ip().protocol() != QAbstractSocket::IPv4Protocol)
                continue;
            info.ipv4 = entry.ip();
            info.prefixLength = entry.prefixLength();
            break;
        }
        info.wireless = NetPlatform::isWireless(info.name);
        cards.append(info);
    }
    return cards;
}

Result<NetworkInterfaceInfo> NetworkInterfaceInfo::find(const QString &nameOrAddress)
{
    const QHostAddress asAddress(nameOrAddress);
    const auto cards = list();
    for (const NetworkInterfaceInfo &card : cards) {
        if (card.name == nameOrAddress)
            return card;
        if (!asAddress.isNull() && card.ipv4 == asAddress)
            return card;
    }
    return Error(ErrorCode::InterfaceNotFound,
                 QStringLiteral("no network card named or addressed %1").arg(nameOrAddress));
}
