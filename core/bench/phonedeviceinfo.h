#pragma once

#include <QMetaType>
#include <QString>

// What a phone's web page says about it (DeviceInformationX, or the 7940/60 HTML page). Empty fields were absent.
struct PhoneDeviceInfo
{
    QString macAddress;
    QString serialNumber;
    QString modelNumber;
    QString versionId;
    QString appLoadId;
    QString hostName;
};

Q_DECLARE_METATYPE(PhoneDeviceInfo)
