#pragma once

#include <QString>
#include <QStringList>

// A firmware family: the phones that run the same load. `id` is the SIP load prefix ("SIP41", "P0S3"); SCCP
// loads of the same hardware use `sccpPrefix` ("SCCP41", "P003").
struct PhoneFamily
{
    QString id;
    QString sipPrefix;
    QString sccpPrefix;
    QString imageDigits;       // "41" in jar41sip/cnu41/apps41…; empty when images are not named that way
    bool jumpLoadRule = false; // below 8.3(3) the family needs an 8.3(3)..8.5(2) load before 9.x (§4.1)
    bool legacyLoader = false; // 7940/7960: OS79XX.TXT, SIPDefault.cnf, SIP<MAC>.cnf; no termNN files
    QStringList unconfirmed;   // field names no public source confirms

    bool isUnconfirmed(const QString &field) const { return unconfirmed.contains(field); }
};
