#include "core/bench/phoneverifier.h"

#include "core/common/logging.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>

PhoneVerifier::PhoneVerifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Phones on the bench are reached directly, never through a proxy from the technician's environment.
    m_network->setProxy(QNetworkProxy::NoProxy);
}

void PhoneVerifier::request(const MacAddress &mac, const QHostAddress &address, int attempts)
{
    attempt(mac, address, false, attempts > 0 ? attempts : std::max(1, m_options.attempts));
}

void PhoneVerifier::attempt(const MacAddress &mac, const QHostAddress &address, bool html, int left)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(m_options.port);
    url.setPath(html ? QStringLiteral("/DeviceInformation") : QStringLiteral("/DeviceInformationX"));
    QNetworkRequest request(url);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxPageBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, mac, address, html, left] { onFinished(reply, mac, address, html, left); });
}

void PhoneVerifier::onFinished(QNetworkReply *reply, const MacAddress &mac, const QHostAddress &address, bool html,
                               int left)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray page = reply->read(kMaxPageBytes + 1);
    if (status == 404 && !html) {
        attempt(mac, address, true, left); // a 7940/60: its HTML page
        return;
    }
    Error error;
    if (reply->error() == QNetworkReply::NoError && status == 200 && page.size() <= kMaxPageBytes) {
        const Result<PhoneDeviceInfo> info = html ? parseHtml(page) : parseXml(page);
        if (info) {
            Q_EMIT read(mac, *info);
            return;
        }
        error = info.error();
    } else {
        error =
            Error(reply->error() == QNetworkReply::OperationCanceledError ? ErrorCode::TimedOut : ErrorCode::HttpError,
                  QStringLiteral("%1: HTTP %2 %3").arg(reply->url().toString()).arg(status).arg(reply->errorString()));
    }
    qCInfo(lcBench) << mac.toColon() << "web page:" << error.toLogString() << "attempts left" << left - 1;
    if (left <= 1) {
        Q_EMIT failed(mac, error);
        return;
    }
    QTimer::singleShot(m_options.retryMs, this, [this, mac, address, left] { attempt(mac, address, false, left - 1); });
}

Result<PhoneDeviceInfo> PhoneVerifier::parseXml(const QByteArray &page)
{
    PhoneDeviceInfo info;
    QXmlStreamReader xml(page);
    bool root = false;
    while (xml.readNextStartElement()) {
        if (!root) {
            if (xml.name() != QLatin1String("DeviceInformation"))
                return Error(ErrorCode::VerificationFailed, QStringLiteral("not a DeviceInformation page"));
            root = true;
            continue;
        }
        const QString name = xml.name().toString();
        const QString value = xml.readElementText(QXmlStreamReader::SkipChildElements).trimmed().left(128);
        if (name == QLatin1String("MACAddress"))
            info.macAddress = value;
        else if (name == QLatin1String("serialNumber"))
            info.serialNumber = value;
        else if (name == QLatin1String("modelNumber"))
            info.modelNumber = value;
        else if (name == QLatin1String("versionID"))
            info.versionId = value;
        else if (name == QLatin1String("appLoadID"))
            info.appLoadId = value;
        else if (name == QLatin1String("HostName"))
            info.hostName = value;
    }
    if (xml.hasError() || !root)
        return Error(ErrorCode::VerificationFailed, QStringLiteral("DeviceInformationX: %1").arg(xml.errorString()));
    return info;
}

Result<PhoneDeviceInfo> PhoneVerifier::parseHtml(const QByteArray &page)
{
    // The 7940/60 page is a table of label / value rows; tags and spacing vary between loads.
    static const QRegularExpression row(QStringLiteral("<tr[^>]*>\\s*<td[^>]*>(.*?)</td>.*?<td[^>]*>(?:\\s*<b>)?([^<]*)"
                                                       "(?:</b>\\s*)?</td>\\s*</tr>"),
                                        QRegularExpression::CaseInsensitiveOption |
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    PhoneDeviceInfo info;
    bool any = false;
    QRegularExpressionMatchIterator it = row.globalMatch(QString::fromLatin1(page));
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        const QString label = match.captured(1).remove(tags).simplified().toLower();
        const QString value = match.captured(2).simplified().left(128);
        any = true;
        if (label == QLatin1String("mac address"))
            info.macAddress = value;
        else if (label == QLatin1String("serial number"))
            info.serialNumber = value;
        else if (label == QLatin1String("model number"))
            info.modelNumber = value;
        else if (label == QLatin1String("version"))
            info.versionId = value;
        else if (label == QLatin1String("app load id"))
            info.appLoadId = value;
        else if (label == QLatin1String("host name"))
            info.hostName = value;
    }
    if (!any)
        return Error(ErrorCode::VerificationFailed, QStringLiteral("no device table on the page"));
    return info;
}
