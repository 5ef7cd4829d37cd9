#include "core/phones/phonecatalog.h"

#include "core/common/logging.h"
#include "core/phones/phonecatalogreader.h"
#include "core/phones/phonevendorclass.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

constexpr qint64 kMaxCatalogBytes = 1024 * 1024;

// One spelling per model token: upper case, no "CP-", no "G" before the end or before "-GE".
QString normalizedToken(QStringView token)
{
    QString t = token.trimmed().toString().toUpper();
    if (t.startsWith(QLatin1String("CP-")))
        t.remove(0, 3);
    if (t.endsWith(QLatin1String("G-GE")))
        t.remove(t.size() - 4, 1);
    else if (t.endsWith(QLatin1Char('G')))
        t.chop(1);
    return t;
}

} // namespace

QString PhoneCatalog::builtInPath()
{
    return QStringLiteral(":/phones/catalog.json");
}

Result<PhoneCatalog> PhoneCatalog::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, path + QStringLiteral(": ") + file.errorString());
    if (file.size() > kMaxCatalogBytes)
        return Error(ErrorCode::FileTooLarge, path);
    Result<PhoneCatalog> catalog = fromJson(file.read(kMaxCatalogBytes), QFileInfo(path).fileName());
    if (catalog)
        qCInfo(lcPhones) << "catalog loaded from" << path << catalog->models().size() << "models";
    return catalog;
}

Result<PhoneCatalog> PhoneCatalog::fromJson(const QByteArray &json, const QString &origin)
{
    return PhoneCatalogReader(origin).read(json);
}

const PhoneModel *PhoneCatalog::model(QStringView idOrToken) const
{
    const QString wanted = normalizedToken(idOrToken);
    if (wanted.isEmpty())
        return nullptr;
    // Exact spelling first, then tolerate a missing or extra "-GE" (the 7971 only exists as G-GE).
    const QString alternatives[] = {wanted, wanted.endsWith(QLatin1String("-GE")) ? wanted.chopped(3)
                                                                                  : wanted + QStringLiteral("-GE")};
    for (const QString &candidate : alternatives) {
        for (const PhoneModel &m : m_models) {
            if (normalizedToken(m.id) == candidate)
                return &m;
        }
    }
    for (const PhoneModel &m : m_models) {
        if (!m.modelPattern.isEmpty() && QRegularExpression(m.modelPattern).match(wanted).hasMatch())
            return &m;
    }
    return nullptr;
}

const PhoneModel *PhoneCatalog::modelForVendorClass(QByteArrayView option60) const
{
    const PhoneVendorClass vendor = PhoneVendorClass::parse(option60);
    for (const PhoneModel &m : m_models) {
        if (m.option60.contains(vendor.text, Qt::CaseInsensitive))
            return &m;
    }
    return vendor.isCiscoPhone ? model(vendor.modelToken) : nullptr;
}

const PhoneModel *PhoneCatalog::modelForLoadInformationId(int id) const
{
    for (const PhoneModel &m : m_models) {
        if (id != 0 && m.loadInformationId == id)
            return &m;
    }
    return nullptr;
}

QList<const PhoneModel *> PhoneCatalog::modelsForDefaultLoads(QStringView termFileName) const
{
    QList<const PhoneModel *> found;
    for (const PhoneModel &m : m_models) {
        for (const QString &term : m.defaultLoads) {
            if (term.compare(termFileName, Qt::CaseInsensitive) == 0)
                found << &m;
        }
    }
    return found;
}

QList<const PhoneModel *> PhoneCatalog::modelsInFamily(QStringView familyId) const
{
    QList<const PhoneModel *> found;
    for (const PhoneModel &m : m_models) {
        if (!m.familyId.isEmpty() && m.familyId.compare(familyId, Qt::CaseInsensitive) == 0)
            found << &m;
    }
    return found;
}

QList<const PhoneModel *> PhoneCatalog::modelsForLocaleJar(QStringView jarFileName) const
{
    QList<const PhoneModel *> found;
    for (const PhoneModel &m : m_models) {
        if ((!m.sipLocaleJar.isEmpty() && m.sipLocaleJar.compare(jarFileName, Qt::CaseInsensitive) == 0) ||
            (!m.sccpLocaleJar.isEmpty() && m.sccpLocaleJar.compare(jarFileName, Qt::CaseInsensitive) == 0))
            found << &m;
    }
    return found;
}

const PhoneFamily *PhoneCatalog::family(QStringView id) const
{
    for (const PhoneFamily &f : m_families) {
        if (f.id.compare(id, Qt::CaseInsensitive) == 0)
            return &f;
    }
    return nullptr;
}

PhoneCatalog::LoadMatch PhoneCatalog::familyForLoadId(QStringView loadId) const
{
    // The prefix must be followed by '.' (SIP41.9-4-2SR3-1S) or '-' (P0S3-8-12-00), so SIP4 never matches SIP41.
    // The 7940/7960 SCCP IDs have no separator at all (P00308010200, P0030801SR02, from real requests): for the
    // legacy family the version may follow the prefix directly, when it reads as one.
    const auto match = [loadId](const QString &prefix, bool compact) -> std::optional<std::optional<PhoneLoadVersion>> {
        if (prefix.isEmpty() || loadId.size() <= prefix.size() || !loadId.startsWith(prefix, Qt::CaseInsensitive))
            return std::nullopt;
        const QChar next = loadId.at(prefix.size());
        if (next == QLatin1Char('.') || next == QLatin1Char('-'))
            return PhoneLoadVersion::parse(loadId.mid(prefix.size() + 1));
        if (compact && next.isDigit()) {
            if (const std::optional<PhoneLoadVersion> version = PhoneLoadVersion::parse(loadId.mid(prefix.size())))
                return version;
        }
        return std::nullopt;
    };
    for (const PhoneFamily &f : m_families) {
        if (const auto version = match(f.sipPrefix, false))
            return {&f, PhoneProtocol::Sip, *version};
        if (const auto version = match(f.sccpPrefix, f.legacyLoader))
            return {&f, PhoneProtocol::Sccp, *version};
    }
    return {};
}

const PhoneFamily *PhoneCatalog::familyForImageDigits(QStringView digits) const
{
    for (const PhoneFamily &f : m_families) {
        if (!f.imageDigits.isEmpty() && f.imageDigits == digits)
            return &f;
    }
    return nullptr;
}

const PhoneFamily *PhoneCatalog::legacyLoaderFamily() const
{
    for (const PhoneFamily &f : m_families) {
        if (f.legacyLoader)
            return &f;
    }
    return nullptr;
}
