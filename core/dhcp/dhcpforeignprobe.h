#pragma once

#include "core/common/error.h"
#include "core/common/macaddress.h"

#include <QElapsedTimer>
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
//
// Timing: a DISCOVER may be lost, and real office routers answer slowly. dnsmasq, which most of them run, pings an
// address before offering it and waits 3 s for an echo (PING_WAIT in its source, dnsmasq/config.h). So the probe
// sends `attempts` DISCOVERs `retransmitMs` apart and listens `listenAfterLastMs` after the last one, longer than
// that ping. The first answer ends the wait early.
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
        int attempts = 3;
        int retransmitMs = 1000;
        int listenAfterLastMs = 4000;
        int totalMs() const { return std::max(0, attempts - 1) * retransmitMs + listenAfterLastMs; }
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
    // While it listens, a few times a second: for a progress bar.
    void progressed(int elapsedMs, int totalMs);
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
    QTimer m_progress;
    QElapsedTimer m_elapsed;
    quint32 m_xid = 0;
    int m_sent = 0;
    bool m_done = false;
    QList<Finding> m_findings;
};

Q_DECLARE_METATYPE(DhcpForeignProbe::Finding)
