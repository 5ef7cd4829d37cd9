#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

class QUdpSocket;

// A blocking TFTP client for tests. It must run on its own thread (std::async) while the test's thread spins
// the server's event loop; it never touches the server's objects. Everything is bounded by timeouts.
class TftpTestClient
{
public:
    struct Datagram
    {
        QByteArray bytes;
        QHostAddress from;
        quint16 fromPort = 0;
    };
    struct Download
    {
        bool ok = false;
        QString error; // why it failed, for QVERIFY2
        QByteArray data;
        QList<std::pair<QString, QString>> oack;
        bool sawOack = false;
        quint16 serverPort = 0; // the transfer's TID
        int dataPackets = 0;
        int unexpectedPackets = 0; // DATA that was not the next block (duplicates, out of order)
        int errorCode = -1;        // ERROR received instead of data
    };

    // The socket is created on the calling thread: construct it on the thread that will use it.
    explicit TftpTestClient(const QHostAddress &bindAddress = QHostAddress::LocalHost);
    ~TftpTestClient();

    quint16 port() const;
    bool send(const QByteArray &datagram, const QHostAddress &to, quint16 port);
    std::optional<Datagram> receive(int timeoutMs);

    // RRQ and read to the end. ACKs every `ackEvery` blocks (the negotiated windowsize) and the last one.
    Download download(const QHostAddress &server, quint16 port, const QString &name,
                      const QList<std::pair<QString, QString>> &options = {}, int ackEvery = 1, int timeoutMs = 5000,
                      const QString &mode = QStringLiteral("octet"));

private:
    std::unique_ptr<QUdpSocket> m_socket;
};
