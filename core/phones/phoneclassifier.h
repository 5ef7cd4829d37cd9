#pragma once

#include "core/phones/phonecatalog.h"
#include "core/phones/phoneobservation.h"

// Reads DHCP and TFTP evidence (docs/phones.md, "Boot sequences"): option 60, hostname SEP<MAC> and requested file
// names → MAC, model or family, and what the phone is doing. Pure functions over a catalog; no state per phone.
class PhoneClassifier
{
public:
    explicit PhoneClassifier(PhoneCatalog catalog);

    PhoneObservation fromVendorClass(QByteArrayView option60) const;
    PhoneObservation fromHostname(QStringView hostname) const;
    // Any spelling a phone or TFTP client sends: case, "/", "./", "\", locale sub-folders.
    PhoneObservation fromRequest(QStringView requestedName) const;

    // "/English_United_States\\mk-sip.jar" → "English_United_States/mk-sip.jar".
    static QString normalizedPath(QStringView requestedName);

private:
    void addModels(PhoneObservation &observation, const QList<const PhoneModel *> &models) const;
    bool classifyLoads(PhoneObservation &observation) const;
    bool classifyImage(PhoneObservation &observation) const;
    QList<const PhoneModel *> legacyModels() const;

    PhoneCatalog m_catalog;
};
