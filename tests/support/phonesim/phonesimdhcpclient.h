#pragma once

#include "core/common/error.h"
#include "core/common/macaddress.h"

#include <QByteArray>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class DhcpMessage;
class QUdpSocket;

// The DHCP side of a booting 79xx (docs/phones.md, "Boot sequences"): DISCOVER and REQUEST broadcast from 0.0.0.0:68 on
// one card with the model's option 60, option 12 SEP<MAC>, option 61 and the phone's parameter request list. It sets
// the broadcast flag, so replies reach it before the card has an address. Bounded retries; one lease per start(), no
// renewal (a bench session is shorter than any lease).
class PhoneSimDhcpClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString interfaceName;
        MacAddress mac;
        QByteArray vendorClass; // option 60 exactly as sent (trailing NUL included when the model sends one)
        int timeoutMs = 1000;
        int maxAttempts = 10;
        quint16 clientPort = 68;
        quint16 serverPort = 67;
    };
    struct Lease
    {
        QHostAddress address;
        int prefixLength = 24;
        QHostAddress server;
        QHostAddress tftpServer;
        QString tftpSource; // "150" or "66"
    };
    static const QByteArray kParameterRequestList; // 1, 66, 6, 3, 15, 150, 35

    explicit PhoneSimDhcpClient(Config config, QObject *parent = nullptr);
    ~PhoneSimDhcpClient() override;

    void start();
    void stop();

Q_SIGNALS:
    void sent(const QString &type, int attempt);
    void received(const QString &type, const QHostAddress &from);
    void leased(const PhoneSimDhcpClient::Lease &lease);
    void failed(const Error &error);

private:
    enum class Phase { Idle, Selecting, Requesting };
    void onReadyRead();
    void onTimeout();
    void send();
    void handle(const DhcpMessage &message, const QHostAddress &from);
    DhcpMessage baseMessage() const;

    Config m_config;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    quint32 m_xid = 0;
    int m_attempt = 0;
    quint32 m_offered = 0;
    quint32 m_serverId = 0;
};
