#include "tests/support/phonesim/phonesimhttpserver.h"

#include <QCryptographicHash>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

PhoneSimHttpServer::PhoneSimHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &PhoneSimHttpServer::onNewConnection);
}

PhoneSimHttpServer::~PhoneSimHttpServer() = default;

bool PhoneSimHttpServer::listen(const QHostAddress &address, quint16 port)
{
    close();
    return m_server->listen(address, port);
}

void PhoneSimHttpServer::close()
{
    m_server->close();
}

bool PhoneSimHttpServer::isListening() const
{
    return m_server->isListening();
}

QString PhoneSimHttpServer::errorString() const
{
    return m_server->errorString();
}

QString PhoneSimHttpServer::serialNumberFor(const QString &mac)
{
    // Real serials look like FCH1234ABCD; a hash keeps ours stable per MAC and distinct between phones.
    const QByteArray digest = QCryptographicHash::hash(mac.toUpper().toLatin1(), QCryptographicHash::Sha1);
    return QStringLiteral("FCH") + QString::fromLatin1(digest.toHex().left(8)).toUpper();
}

QByteArray PhoneSimHttpServer::deviceInformationXml() const
{
    const auto field = [](const char *name, const QString &value) {
        return QStringLiteral("<%1>%2</%1>\n").arg(QLatin1String(name), value.toHtmlEscaped());
    };
    QString xml = QStringLiteral("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<DeviceInformation>\n");
    xml += field("MACAddress", m_device.mac);
    xml += field("HostName", QStringLiteral("SEP") + m_device.mac);
    xml += field("phoneDN", QString());
    xml += field("appLoadID", m_device.load);
    xml += field("bootLoadID", m_device.bootLoad);
    xml += field("versionID", m_device.version.isEmpty() ? m_device.load : m_device.version);
    xml += field("addonModule1", QString());
    xml += field("addonModule2", QString());
    xml += field("hardwareRevision", QStringLiteral("1.0"));
    xml += field("serialNumber", m_device.serialNumber);
    xml += field("modelNumber", m_device.modelNumber);
    xml += field("Codec", QStringLiteral("ADLCodec"));
    xml += field("Amps", QStringLiteral("3"));
    xml += field("C3PORevision", QStringLiteral("1"));
    xml += field("MessageWaiting", QStringLiteral("No"));
    xml += QStringLiteral("</DeviceInformation>\n");
    return xml.toUtf8();
}

QByteArray PhoneSimHttpServer::deviceInformationHtml() const
{
    const auto row = [](const char *label, const QString &value) {
        return QStringLiteral("<TR><TD><B>%1</B></TD><TD width=20></TD><TD><B>%2</B></TD></TR>\n")
            .arg(QLatin1String(label), value.toHtmlEscaped());
    };
    QString html = QStringLiteral("<HTML><HEAD><TITLE>Cisco Systems, Inc.</TITLE></HEAD><BODY>\n"
                                  "<H1>Device Information</H1><TABLE>\n");
    html += row("MAC Address", m_device.mac);
    html += row("Host Name", QStringLiteral("SEP") + m_device.mac);
    html += row("Phone DN", QString());
    html += row("App Load ID", m_device.load);
    html += row("Boot Load ID", m_device.bootLoad);
    html += row("Version", m_device.version.isEmpty() ? m_device.load : m_device.version);
    html += row("Hardware Revision", QStringLiteral("1.0"));
    html += row("Serial Number", m_device.serialNumber);
    html += row("Model Number", m_device.modelNumber);
    html += QStringLiteral("</TABLE></BODY></HTML>\n");
    return html.toUtf8();
}

void PhoneSimHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(kRequestTimeoutMs, socket, [socket] {
            socket->abort();
            socket->deleteLater();
        });
    }
}

void PhoneSimHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("request").toByteArray();
    buffer += socket->read(kMaxRequestBytes + 1 - buffer.size());
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxRequestBytes) {
            socket->write("HTTP/1.0 413 Request Entity Too Large\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
            socket->disconnectFromHost();
            Q_EMIT served(QString(), 413, socket->peerAddress());
        } else {
            socket->setProperty("request", buffer);
        }
        return;
    }
    const QList<QByteArray> requestLine = buffer.left(buffer.indexOf("\r\n")).split(' ');
    const QString path = requestLine.size() >= 2 ? QString::fromLatin1(requestLine.at(1)).left(256) : QString();
    int status = 404;
    QByteArray body = "Not Found\n";
    QByteArray type = "text/plain";
    if (requestLine.size() < 3 || (requestLine.at(0) != "GET" && requestLine.at(0) != "HEAD")) {
        status = 400;
        body = "Bad Request\n";
    } else if (!m_device.htmlOnly && path == QLatin1String("/DeviceInformationX")) {
        status = 200;
        body = deviceInformationXml();
        type = "text/xml";
    } else if (path == QLatin1String("/DeviceInformation")) {
        status = 200;
        body = deviceInformationHtml();
        type = "text/html";
    }
    const QByteArray reason = status == 200 ? "OK" : status == 400 ? "Bad Request" : "Not Found";
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\nContent-Type: " + type +
                          "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n";
    if (requestLine.value(0) != "HEAD")
        response += body;
    socket->write(response);
    socket->disconnectFromHost();
    Q_EMIT served(path, status, socket->peerAddress());
}
