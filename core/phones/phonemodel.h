#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Steps to erase a CUCM trust list from the phone's menu. Menu names, not numbers: numbers change between loads.
struct PhoneTrustListErase
{
    QList<QStringList> menuPaths; // alternatives, most likely first
    QString unlockKeys;           // "**#"
    QString softkey;              // "Erase"
    bool confirm = false;
};

// One phone model as the catalog describes it. Key sequences are literal keypad input; `resetEntry`,
// `factoryResetFollowUp` and `feedback` are stable identifiers that the UI maps to translated text.
struct PhoneModel
{
    QString id;          // "7941", "7941G-GE"
    QString displayName; // "Cisco IP Phone 7941G"
    bool supported = true;
    QStringList option60;      // DHCP vendor-class strings, without the trailing NUL
    QString modelPattern;      // regular expression over the option-60 model token, for guidance-only series
    int loadInformationId = 0; // <loadInformationNNN> and the CUCM device type; 0 when there is none
    QString familyId;          // "SIP41"; empty for unsupported architectures
    QStringList defaultLoads;  // "term41.default.loads"
    QString sipLocaleJar;      // "mk-sip.jar"
    QString sccpLocaleJar;     // "mk-sccp.jar"
    QString desktopSize;       // "320x196x4"
    int lineKeys = 0;
    bool hasTrustListErase = false;
    PhoneTrustListErase trustListErase;
    QString resetEntry;
    QString factoryResetKeys;
    QString factoryResetFollowUp;
    QString formatKeys;
    QString networkPreservingFormatKeys;
    QString unlockKeys;
    QString restartKeys;
    QString feedback;
    QStringList notes;
    QStringList unconfirmed; // field names (as in catalog.json) no public source confirms

    bool isUnconfirmed(const QString &field) const { return unconfirmed.contains(field); }
};
