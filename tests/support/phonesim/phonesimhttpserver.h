#pragma once

#include <QHostAddress>
#include <QObject>
#include <QString>

class QTcpServer;
class QTcpSocket;

// The phone's web server (docs/phones.md, "Web pages"): GET /DeviceInformationX answers XML, or for the 7940/60 (which
// have no ...X pages) GET /DeviceInformation answers HTML. Everything else is 404. Requests are bounded in size
// and time; one request per connection.
class PhoneSimHttpServer : public QObject
{
    Q_OBJECT
public:
    struct Device
    {
        QString mac;          // 12 upper-case hex digits
        QString modelNumber;  // "CP-7941G"
        QString serialNumber; // deterministic from the MAC
        QString load;         // running load (appLoadID)
        QString version;      // versionID: the load ID on 79x1, a human version ("8.12(0.0)") on 7940/7960
        QString bootLoad;
        bool htmlOnly = false; // no /DeviceInformationX (7940/7960 on SCCP); the HTML page is always there
    };
    static constexpr int kMaxRequestBytes = 8192;
    static constexpr int kRequestTimeoutMs = 5000;

    explicit PhoneSimHttpServer(QObject *parent = nullptr);
    ~PhoneSimHttpServer() override;

    bool listen(const QHostAddress &address, quint16 port);
    void close();
    bool isListening() const;
    QString errorString() const;
    void setDevice(const Device &device) { m_device = device; }

    static QString serialNumberFor(const QString &mac);
    QByteArray deviceInformationXml() const;
    QByteArray deviceInformationHtml() const;

Q_SIGNALS:
    void served(const QString &path, int status, const QHostAddress &peer);

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);

    QTcpServer *m_server;
    Device m_device;
};
