#pragma once

#include "core/net/netudpsocketset.h"

#include <QByteArray>
#include <QHash>

class QUdpSocket;

// NetUdpSocketSet on Qt's sockets: one QUdpSocket (and its notifier) per socket. Every OS; the fallback where no
// native backend exists, and a second implementation the tests run on Linux too.
class NetQtSocketSet final : public NetUdpSocketSet
{
public:
    explicit NetQtSocketSet(QObject *parent = nullptr);
    ~NetQtSocketSet() override;

    Result<int> open(const NetPlatform::UdpBindRequest &request) override;
    void close(int socket) override;
    quint16 localPort(int socket) const override;
    int count() const override { return int(m_sockets.size()); }
    int send(int socket, std::span<const Packet> packets, quint32 to, quint16 toPort) override;
    void receiveNow(int socket) override;

private:
    int m_nextId = 1;
    QHash<int, QUdpSocket *> m_sockets;
    QByteArray m_sendBuffer;
};
