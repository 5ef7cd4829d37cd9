#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QHostAddress>
#include <QObject>
#include <QSet>

#include <memory>

class QNetworkDatagram;
class QUdpSocket;

// While we serve: listens on the client port of the bench card (shared with any system DHCP client) for
// OFFERs and ACKs from other servers, and reports each other server once.
class DhcpForeignWatcher : public QObject
{
    Q_OBJECT
public:
    // Typed error when the client port cannot be shared on the card.
    static Result<std::unique_ptr<DhcpForeignWatcher>> start(const QString &interfaceName, quint16 clientPort,
                                                             const QHostAddress &ownAddress);
    ~DhcpForeignWatcher() override;

Q_SIGNALS:
    void foreignServerSeen(const QHostAddress &address, const MacAddress &mac);

private:
    DhcpForeignWatcher(std::unique_ptr<QUdpSocket> socket, const QString &interfaceName, quint32 ownAddress);
    void readReplies();
    void handleReply(const QNetworkDatagram &datagram);

    std::unique_ptr<QUdpSocket> m_socket;
    QString m_interface;
    quint32 m_ownAddress = 0;
    QSet<quint32> m_reported;
};
