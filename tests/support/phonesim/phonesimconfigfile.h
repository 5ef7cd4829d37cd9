#pragma once

#include <QByteArray>
#include <QString>

// What the phone reads from SEP<MAC>.cnf.xml or XMLDefault.cnf.xml (docs/phones.md, "Config files"), and from the
// 7940/60 flat SIPDefault.cnf. Tolerant like a phone: unknown elements are ignored, a broken file yields what was
// read before the fault (and `valid` false).
struct PhoneSimConfigFile
{
    bool valid = false;
    QString deviceProtocol;
    QString load; // <loadInformation>, or <loadInformationNNN> for our device type in XMLDefault
    QString userLocale;
    QString networkLocale;
    QString dialTemplate;
    int webAccess = -1; // <webAccess>: 0 turns the web server on, 1 off (inverted, as Cisco defines it); -1 absent

    static PhoneSimConfigFile parseXml(const QByteArray &data, int loadInformationId);
    // `key: "value"` lines; `image_version` becomes `load`.
    static PhoneSimConfigFile parseFlat(const QByteArray &data);
};
