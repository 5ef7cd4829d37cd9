#pragma once

#include "tests/support/phonesim/phonesimoptions.h"

#include <QJsonObject>
#include <QString>

class QFile;

// One line per thing the simulated phone does, on stdout: a JSON object ({"t", "event", "mac", ...fields}) with
// --events json, "event key=value ..." with --events text. Flushed per line so a test can follow it live.
class PhoneSimEventLog
{
public:
    PhoneSimEventLog(PhoneSimOptions::EventFormat format, QString mac);
    ~PhoneSimEventLog();
    PhoneSimEventLog(const PhoneSimEventLog &) = delete;
    PhoneSimEventLog &operator=(const PhoneSimEventLog &) = delete;

    void record(const QString &event, const QJsonObject &fields = {});

private:
    PhoneSimOptions::EventFormat m_format;
    QString m_mac;
    QFile *m_out;
};
