#pragma once

#include "core/bench/phonedeviceinfo.h"
#include "core/common/error.h"
#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QHostAddress>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

// Reads a phone's web page: GET http://<ip>/DeviceInformationX (XML), falling back to the 7940/60 HTML page
// /DeviceInformation on a 404. Each attempt is bounded in time and size; a failed attempt is retried after a pause.
// Exactly one read() or failed() per request().
class PhoneVerifier : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        quint16 port = 80;
        int timeoutMs = 5000;
        int attempts = 3;
        int retryMs = 2000;
    };
    static constexpr qint64 kMaxPageBytes = 64 * 1024;

    explicit PhoneVerifier(QObject *parent = nullptr);
    void setOptions(const Options &options) { m_options = options; }
    const Options &options() const { return m_options; }

    void request(const MacAddress &mac, const QHostAddress &address, int attempts = 0);

    static Result<PhoneDeviceInfo> parseXml(const QByteArray &page);
    static Result<PhoneDeviceInfo> parseHtml(const QByteArray &page);

Q_SIGNALS:
    void read(const MacAddress &mac, const PhoneDeviceInfo &info);
    void failed(const MacAddress &mac, const Error &error);

private:
    void attempt(const MacAddress &mac, const QHostAddress &address, bool html, int left);
    void onFinished(QNetworkReply *reply, const MacAddress &mac, const QHostAddress &address, bool html, int left);

    QNetworkAccessManager *m_network;
    Options m_options;
};
