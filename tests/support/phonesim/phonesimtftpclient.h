#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

#include <memory>

class QUdpSocket;

// The phone's TFTP client: one read at a time, RFC 1350 lock-step with 512-byte blocks unless a block size is
// configured (then an RFC 2348 blksize option). Re-sends its last packet after a silent timeout, a bounded
// number of times. Faults on demand: drops a share of received packets, and once stops ACKing for a while
// after a number of bytes, as a busy phone would.
class PhoneSimTftpClient : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QHostAddress server;
        quint16 port = 69;
        int timeoutMs = 1000;
        int maxRetries = 5;
        int blockSize = 0; // 0: no option
        int lossPercent = 0;
        qint64 stallAtBytes = -1;
        int stallForMs = 0;
        qint64 maxBytes = qint64(64) * 1024 * 1024;
    };
    struct Outcome
    {
        enum class Kind { Ok, NotFound, Error, TimedOut, TooLarge };
        Kind kind = Kind::Error;
        QByteArray data;
        int errorCode = -1;
        QString errorMessage;
        int retransmits = 0;
        int dropped = 0;
        bool stalled = false;
        qint64 elapsedMs = 0;

        QString kindName() const;
    };

    explicit PhoneSimTftpClient(Config config, QObject *parent = nullptr);
    ~PhoneSimTftpClient() override;

    void setServer(const QHostAddress &server) { m_config.server = server; }
    // One read at a time; fetched() follows exactly once, never from inside fetch().
    void fetch(const QString &name);
    void cancel();

Q_SIGNALS:
    void fetched(const QString &name, const PhoneSimTftpClient::Outcome &outcome);

private:
    void onReadyRead();
    void onTimeout();
    void onStallOver();
    void handle(const QByteArray &datagram, const QHostAddress &from, quint16 fromPort);
    void sendLast();
    void finish(Outcome::Kind kind);

    Config m_config;
    std::unique_ptr<QUdpSocket> m_socket;
    QTimer m_timer;
    QTimer m_stallTimer;
    QElapsedTimer m_elapsed;
    QString m_name;
    QByteArray m_last; // RRQ or the last ACK
    quint16 m_peerPort = 0;
    quint16 m_expected = 1;
    int m_blockSize = 512;
    int m_retries = 0;
    bool m_active = false;
    bool m_stalling = false;
    bool m_stallDone = false; // the stall happens once per process
    Outcome m_outcome;
};
