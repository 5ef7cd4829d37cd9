#include "core/phones/phoneclassifier.h"

#include "core/phones/phonevendorclass.h"

#include <QRegularExpression>

namespace {

using Activity = PhoneObservation::Activity;

QRegularExpression caseless(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

std::optional<MacAddress> macFrom(const QRegularExpressionMatch &match)
{
    return MacAddress::parse(match.captured(QStringLiteral("mac")));
}

} // namespace

PhoneClassifier::PhoneClassifier(PhoneCatalog catalog)
    : m_catalog(std::move(catalog))
{}

QString PhoneClassifier::normalizedPath(QStringView requestedName)
{
    QString path = requestedName.toString();
    path.replace(QLatin1Char('\\'), QLatin1Char('/'));
    for (;;) {
        if (path.startsWith(QLatin1Char('/')))
            path.remove(0, 1);
        else if (path.startsWith(QLatin1String("./")))
            path.remove(0, 2);
        else
            break;
    }
    return path;
}

void PhoneClassifier::addModels(PhoneObservation &observation, const QList<const PhoneModel *> &models) const
{
    for (const PhoneModel *model : models) {
        if (!observation.modelCandidates.contains(model->id))
            observation.modelCandidates << model->id;
    }
    if (observation.modelCandidates.size() == 1)
        observation.modelId = observation.modelCandidates.constFirst();
    // A family is derivable when every candidate shares it.
    QString family;
    for (const PhoneModel *model : models) {
        if (family.isEmpty())
            family = model->familyId;
        else if (family != model->familyId)
            return;
    }
    if (observation.familyId.isEmpty())
        observation.familyId = family;
}

QList<const PhoneModel *> PhoneClassifier::legacyModels() const
{
    const PhoneFamily *legacy = m_catalog.legacyLoaderFamily();
    return legacy ? m_catalog.modelsInFamily(legacy->id) : QList<const PhoneModel *>{};
}

PhoneObservation PhoneClassifier::fromVendorClass(QByteArrayView option60) const
{
    PhoneObservation observation;
    if (!PhoneVendorClass::parse(option60).isCiscoPhone)
        return observation;
    observation.activity = Activity::VendorClass;
    if (const PhoneModel *model = m_catalog.modelForVendorClass(option60))
        addModels(observation, {model});
    return observation;
}

PhoneObservation PhoneClassifier::fromHostname(QStringView hostname) const
{
    static const QRegularExpression sep = caseless(QStringLiteral("^SEP(?<mac>[0-9A-F]{12})$"));
    PhoneObservation observation;
    const auto match = sep.match(hostname.trimmed());
    if (match.hasMatch()) {
        observation.activity = Activity::Hostname;
        observation.mac = macFrom(match);
    }
    return observation;
}

bool PhoneClassifier::classifyLoads(PhoneObservation &observation) const
{
    static const QRegularExpression term = caseless(QStringLiteral("^term[0-9]{2}\\.default\\.loads$"));
    static const QRegularExpression loads = caseless(QStringLiteral("^(?<id>[A-Z0-9][A-Z0-9.\\-_]*)\\.loads$"));
    const QString &name = observation.fileName;
    if (term.match(name).hasMatch()) {
        observation.activity = Activity::DefaultLoadsRequest;
        addModels(observation, m_catalog.modelsForDefaultLoads(name));
        return true;
    }
    const auto match = loads.match(name);
    if (!match.hasMatch())
        return false;
    observation.activity = Activity::LoadsRequest;
    observation.loadId = match.captured(QStringLiteral("id"));
    const PhoneCatalog::LoadMatch load = m_catalog.familyForLoadId(observation.loadId);
    if (load.family) {
        observation.protocol = load.protocol;
        addModels(observation, m_catalog.modelsInFamily(load.family->id));
        observation.familyId = load.family->id;
    }
    return true;
}

bool PhoneClassifier::classifyImage(PhoneObservation &observation) const
{
    static const QRegularExpression image = caseless(QStringLiteral("\\.(sbn|sb2|bin|zup|sbin)$"));
    static const QRegularExpression stem =
        caseless(QStringLiteral("^(jar|cnu|apps|dsp|cvm)(?<digits>[0-9]{2})(?<proto>sip|sccp)?\\."));
    const QString &name = observation.fileName;
    if (!image.match(name).hasMatch())
        return false;
    observation.activity = Activity::ImageRequest;
    const PhoneFamily *family = nullptr;
    if (const auto m = stem.match(name); m.hasMatch()) {
        family = m_catalog.familyForImageDigits(m.captured(QStringLiteral("digits")));
        const QString proto = m.captured(QStringLiteral("proto")).toLower();
        if (!proto.isEmpty())
            observation.protocol = proto == QLatin1String("sip") ? PhoneProtocol::Sip : PhoneProtocol::Sccp;
    } else if (const PhoneCatalog::LoadMatch load = m_catalog.familyForLoadId(name); load.family) {
        // 7940/7960 images carry the load prefix (P0S3-8-12-00.sb2). The SIP bundle also ships P003 images, so
        // only the SIP prefix says which protocol is coming.
        family = load.family;
        if (load.protocol == PhoneProtocol::Sip)
            observation.protocol = PhoneProtocol::Sip;
    }
    if (family) {
        addModels(observation, m_catalog.modelsInFamily(family->id));
        observation.familyId = family->id;
    }
    return true;
}

PhoneObservation PhoneClassifier::fromRequest(QStringView requestedName) const
{
    static const QRegularExpression trust = caseless(QStringLiteral("^(CTL|ITL)SEP(?<mac>[0-9A-F]{12})\\.tlv$"));
    static const QRegularExpression itlFile = caseless(QStringLiteral("^ITLFile\\.tlv$"));
    static const QRegularExpression sepAny = caseless(QStringLiteral("^SEP(?<mac>[0-9A-F]{12})\\."));
    static const QRegularExpression sepConfig = caseless(QStringLiteral("^SEP[0-9A-F]{12}\\.cnf\\.xml$"));
    static const QRegularExpression sipConfig = caseless(QStringLiteral("^SIP(?<mac>[0-9A-F]{12})\\.cnf$"));
    static const QRegularExpression jar = caseless(QStringLiteral("^[a-z0-9]+-(?<proto>sip|sccp)\\.jar$"));

    PhoneObservation observation;
    const QString path = normalizedPath(requestedName);
    observation.fileName = path.mid(path.lastIndexOf(QLatin1Char('/')) + 1);
    const QString &name = observation.fileName;
    if (name.isEmpty())
        return observation;

    if (const auto sep = sepAny.match(name); sep.hasMatch())
        observation.mac = macFrom(sep);
    if (name.endsWith(QLatin1String(".sgn"), Qt::CaseInsensitive)) {
        observation.activity = Activity::TrustListPresent;
    } else if (const auto m = trust.match(name); m.hasMatch()) {
        observation.activity = Activity::TrustListProbe;
        observation.mac = macFrom(m);
    } else if (itlFile.match(name).hasMatch()) {
        observation.activity = Activity::TrustListProbe;
    } else if (sepConfig.match(name).hasMatch()) {
        observation.activity = Activity::ConfigRequest;
    } else if (name.compare(QLatin1String("XMLDefault.cnf.xml"), Qt::CaseInsensitive) == 0) {
        observation.activity = Activity::DefaultConfigRequest;
    } else if (classifyLoads(observation) || classifyImage(observation)) {
        // classified above
    } else if (const auto j = jar.match(name); j.hasMatch()) {
        const bool sip = j.captured(QStringLiteral("proto")).compare(QLatin1String("sip"), Qt::CaseInsensitive) == 0;
        observation.activity = sip ? Activity::SipRunning : Activity::SccpRunning;
        observation.protocol = sip ? PhoneProtocol::Sip : PhoneProtocol::Sccp;
        addModels(observation, m_catalog.modelsForLocaleJar(name));
    } else if (name.compare(QLatin1String("OS79XX.TXT"), Qt::CaseInsensitive) == 0) {
        observation.activity = Activity::LegacyLoaderProbe;
    } else if (const auto legacy = sipConfig.match(name); legacy.hasMatch()) {
        observation.activity = Activity::LegacySipConfig;
        observation.mac = macFrom(legacy);
        observation.protocol = PhoneProtocol::Sip;
        addModels(observation, legacyModels());
    } else if (name.compare(QLatin1String("SIPDefault.cnf"), Qt::CaseInsensitive) == 0) {
        observation.activity = Activity::LegacySipConfig;
        observation.protocol = PhoneProtocol::Sip;
        addModels(observation, legacyModels());
    } else {
        observation.activity = Activity::OtherFile;
    }
    return observation;
}
