#pragma once

#include "core/common/error.h"
#include "core/common/macaddress.h"

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkDatagram;
class QUdpSocket;

// Asks the bench card "is there already a DHCP server here?": broadcasts DISCOVERs from the client port and
// collects every OFFER/ACK answering them within a bounded wait. A found server is named by address and,
// where the neighbour table tells, by MAC. finished() fires exactly once, never inside start().
class DhcpForeignProbe : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString interface; // card name; empty only for loopback tests
        QHostAddress bindAddress = QHostAddress(QHostAddress::AnyIPv4);
        QHostAddress target = QHostAddress(QHostAddress::Broadcast);
        quint16 serverPort = 67;
        quint16 clientPort = 68;
        MacAddress ownMac;       // chaddr of the DISCOVERs
        QHostAddress ownAddress; // our own server's replies are not foreign
        int timeoutMs = 3000;
        int attempts = 2; // DISCOVERs sent, spread over the wait
    };
    struct Finding
    {
        QHostAddress address;
        MacAddress mac; // invalid when unknown
    };

    explicit DhcpForeignProbe(Config config, QObject *parent = nullptr);
    ~DhcpForeignProbe() override;

    void start();
    static QString describe(const QList<Finding> &findings); // "10.0.0.1 (00:11:22:33:44:55), …" for details

Q_SIGNALS:
    void finished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error);

private:
    void sendDiscover();
    void readReplies();
    void handleReply(const QNetworkDatagram &datagram);
    void finish();

    Config m_config;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_deadline;
    QTimer m_resend;
    quint32 m_xid = 0;
    int m_sent = 0;
    bool m_done = false;
    QList<Finding> m_findings;
};

Q_DECLARE_METATYPE(DhcpForeignProbe::Finding)
