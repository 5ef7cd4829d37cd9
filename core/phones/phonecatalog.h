#pragma once

#include "core/common/result.h"
#include "core/phones/phonefamily.h"
#include "core/phones/phoneloadversion.h"
#include "core/phones/phonemodel.h"
#include "core/phones/phoneprotocol.h"

#include <QByteArrayView>
#include <QList>

#include <optional>

// Every 79xx model and firmware family the tool knows, read from resources/phones/catalog.json (or a file a test
// passes) and validated on load. Lookups return pointers into the catalog, valid as long as any copy of it lives.
class PhoneCatalog
{
public:
    // What a load ID ("SIP41.9-4-2SR3-1S", "SCCP42.8-5-2S", "P0S3-8-12-00", "P00308010200") says: its family,
    // protocol and version. The one reader of load IDs: bundles, the tracker and the simulator all ask here.
    struct LoadMatch
    {
        const PhoneFamily *family = nullptr;
        PhoneProtocol protocol = PhoneProtocol::Unknown;
        std::optional<PhoneLoadVersion> version; // nullopt when the family is known but the version is not
    };

    static QString builtInPath(); // ":/phones/catalog.json"
    static Result<PhoneCatalog> load(const QString &path = builtInPath());
    // `origin` names the source in errors ("catalog.json: models[3] (7941).loadInformationId: …").
    static Result<PhoneCatalog> fromJson(const QByteArray &json, const QString &origin);

    const QList<PhoneModel> &models() const { return m_models; }
    const QList<PhoneFamily> &families() const { return m_families; }

    // "7941", "7941G", "CP-7941G", "7941g-ge": any spelling of the model token.
    const PhoneModel *model(QStringView idOrToken) const;
    // Raw DHCP option 60 (PhoneVendorClass's rule). nullptr when it names no known model, including the bare
    // "Cisco Systems, Inc. IP Phone" of very old 7940/7960 images.
    const PhoneModel *modelForVendorClass(QByteArrayView option60) const;
    const PhoneModel *modelForLoadInformationId(int id) const;
    QList<const PhoneModel *> modelsForDefaultLoads(QStringView termFileName) const; // case-insensitive
    QList<const PhoneModel *> modelsInFamily(QStringView familyId) const;
    QList<const PhoneModel *> modelsForLocaleJar(QStringView jarFileName) const; // "mk-sip.jar" or "mk-sccp.jar"

    const PhoneFamily *family(QStringView id) const;
    LoadMatch familyForLoadId(QStringView loadId) const;
    const PhoneFamily *familyForImageDigits(QStringView digits) const; // "41" from jar41sip…
    const PhoneFamily *legacyLoaderFamily() const;                     // the 7940/7960 family (P0S3)

private:
    QList<PhoneModel> m_models;
    QList<PhoneFamily> m_families;

    friend class PhoneCatalogReader;
};
