#include "tests/support/phonesim/phonesimeventlog.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>

#include <unistd.h>

PhoneSimEventLog::PhoneSimEventLog(PhoneSimOptions::EventFormat format, QString mac)
    : m_format(format)
    , m_mac(std::move(mac))
    , m_out(new QFile)
{
    // By descriptor, not FILE*: stdio would hold lines back in its buffer when stdout is a pipe.
    m_out->open(STDOUT_FILENO, QIODevice::WriteOnly | QIODevice::Unbuffered);
}

PhoneSimEventLog::~PhoneSimEventLog()
{
    delete m_out;
}

void PhoneSimEventLog::record(const QString &event, const QJsonObject &fields)
{
    if (m_format == PhoneSimOptions::EventFormat::None)
        return;
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QByteArray line;
    if (m_format == PhoneSimOptions::EventFormat::Json) {
        QJsonObject object = fields;
        object.insert(QStringLiteral("t"), time);
        object.insert(QStringLiteral("event"), event);
        object.insert(QStringLiteral("mac"), m_mac);
        line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    } else {
        QString text = time + QLatin1Char(' ') + event;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + it.value().toVariant().toString();
        line = text.toUtf8();
    }
    line += '\n';
    m_out->write(line);
}
