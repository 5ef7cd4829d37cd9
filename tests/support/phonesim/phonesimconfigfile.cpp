#include "tests/support/phonesim/phonesimconfigfile.h"

#include <QStringList>
#include <QXmlStreamReader>

PhoneSimConfigFile PhoneSimConfigFile::parseXml(const QByteArray &data, int loadInformationId)
{
    PhoneSimConfigFile config;
    QXmlStreamReader reader(data);
    QStringList path;
    const QString ownLoadElement = QStringLiteral("loadInformation%1").arg(loadInformationId);
    while (!reader.atEnd() && path.size() < 64) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = reader.name().toString();
            const QString parent = path.isEmpty() ? QString() : path.last();
            path.append(name);
            if (name == QLatin1String("loadInformation") || name == ownLoadElement) {
                config.load = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
            } else if (name == QLatin1String("deviceProtocol")) {
                config.deviceProtocol = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
            } else if (name == QLatin1String("name") && parent == QLatin1String("userLocale")) {
                config.userLocale = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
            } else if (name == QLatin1String("networkLocale") && parent != QLatin1String("networkLocaleInfo")) {
                config.networkLocale = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
            } else if (name == QLatin1String("webAccess")) {
                bool ok = false;
                const int value = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed().toInt(&ok);
                config.webAccess = ok ? value : -1;
                path.removeLast();
            } else if (name == QLatin1String("dialTemplate")) {
                config.dialTemplate = reader.readElementText(QXmlStreamReader::SkipChildElements).trimmed();
                path.removeLast();
            }
        } else if (token == QXmlStreamReader::EndElement && !path.isEmpty()) {
            path.removeLast();
        }
    }
    config.valid = !reader.hasError();
    return config;
}

PhoneSimConfigFile PhoneSimConfigFile::parseFlat(const QByteArray &data)
{
    PhoneSimConfigFile config;
    config.valid = true;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size() && i < 4096; ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (line.startsWith('#') || colon <= 0)
            continue;
        const QByteArray key = line.left(colon).trimmed();
        QByteArray value = line.mid(colon + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (key == "image_version")
            config.load = QString::fromLatin1(value);
        else if (key == "dial_template")
            config.dialTemplate = QString::fromLatin1(value);
    }
    return config;
}
