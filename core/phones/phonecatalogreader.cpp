#include "core/phones/phonecatalogreader.h"

#include "core/phones/phonevendorclass.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace {

// Fields a model may declare UNCONFIRMED: exactly the keys the reader knows.
const QSet<QString> &modelFields()
{
    static const QSet<QString> fields = {
        QStringLiteral("displayName"),       QStringLiteral("option60"),
        QStringLiteral("loadInformationId"), QStringLiteral("family"),
        QStringLiteral("defaultLoads"),      QStringLiteral("localeJar"),
        QStringLiteral("desktopSize"),       QStringLiteral("lineKeys"),
        QStringLiteral("trustListErase"),    QStringLiteral("resetEntry"),
        QStringLiteral("factoryResetKeys"),  QStringLiteral("factoryResetFollowUp"),
        QStringLiteral("formatKeys"),        QStringLiteral("networkPreservingFormatKeys"),
        QStringLiteral("unlockKeys"),        QStringLiteral("restartKeys"),
        QStringLiteral("feedback")};
    return fields;
}

// Keys a model may carry besides the UNCONFIRMED-able fields; anything else is a typo worth failing on.
const QSet<QString> &modelBookkeepingKeys()
{
    static const QSet<QString> keys = {QStringLiteral("id"), QStringLiteral("supported"), QStringLiteral("notes"),
                                       QStringLiteral("unconfirmed"), QStringLiteral("modelPattern")};
    return keys;
}

const QSet<QString> &familyKeys()
{
    static const QSet<QString> keys = {QStringLiteral("id"),         QStringLiteral("sipPrefix"),
                                       QStringLiteral("sccpPrefix"), QStringLiteral("imageDigits"),
                                       QStringLiteral("jumpLoad"),   QStringLiteral("legacyLoader"),
                                       QStringLiteral("unconfirmed")};
    return keys;
}

const QRegularExpression &identifierPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][A-Za-z0-9]*$"));
    return re;
}

const QRegularExpression &keysPattern()
{
    static const QRegularExpression re(QStringLiteral("^[0-9*#]+$"));
    return re;
}

} // namespace

PhoneCatalogReader::PhoneCatalogReader(QString origin)
    : m_origin(std::move(origin))
{}

void PhoneCatalogReader::fail(const QString &path, const QString &why)
{
    if (!failed())
        m_error = Error(ErrorCode::CatalogInvalid, m_origin + QStringLiteral(": ") + path + QStringLiteral(": ") + why);
}

QString PhoneCatalogReader::string(const QJsonObject &object, const QString &key, const QString &path, bool nullable,
                                   const QRegularExpression &pattern)
{
    const QString where = path + QLatin1Char('.') + key;
    const QJsonValue value = object.value(key);
    if (value.isNull() && nullable)
        return {};
    if (!value.isString() || value.toString().isEmpty()) {
        fail(where, nullable ? QStringLiteral("expected a non-empty string or null")
                             : QStringLiteral("expected a non-empty string"));
        return {};
    }
    const QString text = value.toString();
    if (!pattern.pattern().isEmpty() && !pattern.match(text).hasMatch())
        fail(where, QStringLiteral("'%1' does not match %2").arg(text, pattern.pattern()));
    return text;
}

QStringList PhoneCatalogReader::strings(const QJsonObject &object, const QString &key, const QString &path,
                                        const QRegularExpression &pattern)
{
    const QString where = path + QLatin1Char('.') + key;
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        fail(where, QStringLiteral("expected an array of strings"));
        return {};
    }
    QStringList result;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString itemPath = where + QStringLiteral("[%1]").arg(i);
        const QString text = array.at(i).toString();
        if (!array.at(i).isString() || text.isEmpty())
            fail(itemPath, QStringLiteral("expected a non-empty string"));
        else if (!pattern.pattern().isEmpty() && !pattern.match(text).hasMatch())
            fail(itemPath, QStringLiteral("'%1' does not match %2").arg(text, pattern.pattern()));
        result << text;
    }
    return result;
}

int PhoneCatalogReader::integer(const QJsonObject &object, const QString &key, const QString &path, bool nullable,
                                int min, int max)
{
    const QJsonValue value = object.value(key);
    if (value.isNull() && nullable)
        return 0;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number != static_cast<int>(number) || number < min || number > max) {
        fail(path + QLatin1Char('.') + key, QStringLiteral("expected an integer in %1..%2").arg(min).arg(max));
        return 0;
    }
    return static_cast<int>(number);
}

bool PhoneCatalogReader::boolean(const QJsonObject &object, const QString &key, const QString &path)
{
    const QJsonValue value = object.value(key);
    if (!value.isBool())
        fail(path + QLatin1Char('.') + key, QStringLiteral("expected true or false"));
    return value.toBool();
}

Result<PhoneCatalog> PhoneCatalogReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
            ErrorCode::CatalogInvalid,
            QStringLiteral("%1: offset %2: %3").arg(m_origin).arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject())
        return Error(ErrorCode::CatalogInvalid, m_origin + QStringLiteral(": $: expected an object"));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return Error(ErrorCode::CatalogInvalid, m_origin + QStringLiteral(": formatVersion: expected 1"));

    PhoneCatalog catalog;
    const QJsonArray families = root.value(QStringLiteral("families")).toArray();
    const QJsonArray models = root.value(QStringLiteral("models")).toArray();
    if (families.isEmpty() || models.isEmpty())
        return Error(ErrorCode::CatalogInvalid, m_origin + QStringLiteral(": expected non-empty families and models"));
    for (qsizetype i = 0; i < families.size() && !failed(); ++i)
        readFamily(families.at(i), QStringLiteral("families[%1]").arg(i), catalog);
    for (qsizetype i = 0; i < models.size() && !failed(); ++i)
        readModel(models.at(i), QStringLiteral("models[%1]").arg(i), catalog);
    if (failed())
        return m_error;
    return catalog;
}

void PhoneCatalogReader::readFamily(const QJsonValue &value, const QString &path, PhoneCatalog &catalog)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("expected an object"));
    const QJsonObject object = value.toObject();
    static const QRegularExpression prefix(QStringLiteral("^[A-Z][A-Z0-9]{1,7}$"));
    static const QRegularExpression digits(QStringLiteral("^[0-9]{2}$"));
    PhoneFamily family;
    family.id = string(object, QStringLiteral("id"), path, false, prefix);
    const QString named = path + QStringLiteral(" (") + family.id + QLatin1Char(')');
    for (const QString &key : object.keys()) {
        if (!familyKeys().contains(key))
            fail(named + QLatin1Char('.') + key, QStringLiteral("unknown key"));
    }
    family.sipPrefix = string(object, QStringLiteral("sipPrefix"), named, false, prefix);
    family.sccpPrefix = string(object, QStringLiteral("sccpPrefix"), named, false, prefix);
    family.imageDigits = string(object, QStringLiteral("imageDigits"), named, true, digits);
    readJumpRule(object, named, family);
    family.legacyLoader = boolean(object, QStringLiteral("legacyLoader"), named);
    family.unconfirmed = strings(object, QStringLiteral("unconfirmed"), named);
    if (!failed() && catalog.family(family.id))
        fail(named + QStringLiteral(".id"), QStringLiteral("duplicate family"));
    if (!failed())
        catalog.m_families.append(family);
}

// "jumpLoad": {"below": "8.3(3)", "from": "8.3(3)", "to": "8.5(2)", "source": "…"} or null.
void PhoneCatalogReader::readJumpRule(const QJsonObject &object, const QString &path, PhoneFamily &family)
{
    const QString where = path + QStringLiteral(".jumpLoad");
    const QJsonValue value = object.value(QStringLiteral("jumpLoad"));
    if (value.isNull())
        return;
    if (!value.isObject())
        return fail(where, QStringLiteral("expected an object or null"));
    const QJsonObject rule = value.toObject();
    for (const QString &key : rule.keys()) {
        if (key != QLatin1String("below") && key != QLatin1String("from") && key != QLatin1String("to") &&
            key != QLatin1String("source"))
            return fail(where + QLatin1Char('.') + key, QStringLiteral("unknown key"));
    }
    const auto version = [&](const QString &key) -> PhoneLoadVersion {
        const std::optional<PhoneLoadVersion> parsed = PhoneLoadVersion::parseBare(string(rule, key, where, false));
        if (!parsed && !failed())
            fail(where + QLatin1Char('.') + key, QStringLiteral("expected a version such as 8.3(3)"));
        return parsed.value_or(PhoneLoadVersion{});
    };
    PhoneJumpRule jump{version(QStringLiteral("below")), version(QStringLiteral("from")), version(QStringLiteral("to")),
                       string(rule, QStringLiteral("source"), where, false)};
    if (!failed() && jump.from > jump.to)
        fail(where, QStringLiteral("'from' is newer than 'to'"));
    if (!failed())
        family.jump = jump;
}

void PhoneCatalogReader::readModel(const QJsonValue &value, const QString &path, PhoneCatalog &catalog)
{
    if (!value.isObject())
        return fail(path, QStringLiteral("expected an object"));
    const QJsonObject o = value.toObject();
    static const QRegularExpression idPattern(QStringLiteral("^[0-9]{2}[0-9x]{2}(G-GE)?$"));
    static const QRegularExpression term(QStringLiteral("^term[0-9]{2}\\.default\\.loads$"));
    static const QRegularExpression sipJar(QStringLiteral("^[a-z0-9]+-sip\\.jar$"));
    static const QRegularExpression sccpJar(QStringLiteral("^[a-z0-9]+-sccp\\.jar$"));
    static const QRegularExpression desktop(QStringLiteral("^[0-9]{2,4}x[0-9]{2,4}x[0-9]{1,2}$"));

    PhoneModel m;
    m.id = string(o, QStringLiteral("id"), path, false, idPattern);
    const QString p = path + QStringLiteral(" (") + m.id + QLatin1Char(')');
    for (const QString &key : o.keys()) {
        if (!modelFields().contains(key) && !modelBookkeepingKeys().contains(key))
            fail(p + QLatin1Char('.') + key, QStringLiteral("unknown key"));
    }
    m.displayName = string(o, QStringLiteral("displayName"), p, false);
    m.supported = boolean(o, QStringLiteral("supported"), p);
    m.option60 = strings(o, QStringLiteral("option60"), p);
    // Written as the phones send it (NUL dropped), and read by the one option-60 parser.
    for (qsizetype i = 0; i < m.option60.size() && !failed(); ++i) {
        const PhoneVendorClass parsed = PhoneVendorClass::parse(m.option60.at(i).toLatin1());
        if (!parsed.isCiscoPhone || parsed.text != m.option60.at(i))
            fail(p + QStringLiteral(".option60[%1]").arg(i),
                 QStringLiteral("'%1' is not a Cisco phone vendor class").arg(m.option60.at(i)));
    }
    if (o.contains(QStringLiteral("modelPattern"))) {
        m.modelPattern = string(o, QStringLiteral("modelPattern"), p, false);
        if (!QRegularExpression(m.modelPattern).isValid())
            fail(p + QStringLiteral(".modelPattern"), QStringLiteral("invalid regular expression"));
    }
    if (!failed() && m.option60.isEmpty() && m.modelPattern.isEmpty())
        fail(p + QStringLiteral(".option60"), QStringLiteral("a model needs option-60 strings or a modelPattern"));
    m.loadInformationId = integer(o, QStringLiteral("loadInformationId"), p, !m.supported, 1, 65535);
    m.familyId = string(o, QStringLiteral("family"), p, !m.supported);
    if (!failed() && !m.familyId.isEmpty() && !catalog.family(m.familyId))
        fail(p + QStringLiteral(".family"), QStringLiteral("unknown family '%1'").arg(m.familyId));
    m.defaultLoads = strings(o, QStringLiteral("defaultLoads"), p, term);
    const QJsonValue jar = o.value(QStringLiteral("localeJar"));
    if (jar.isObject()) {
        m.sipLocaleJar = string(jar.toObject(), QStringLiteral("sip"), p + QStringLiteral(".localeJar"), false, sipJar);
        m.sccpLocaleJar =
            string(jar.toObject(), QStringLiteral("sccp"), p + QStringLiteral(".localeJar"), false, sccpJar);
    } else if (!jar.isNull()) {
        fail(p + QStringLiteral(".localeJar"), QStringLiteral("expected {sip, sccp} or null"));
    }
    m.desktopSize = string(o, QStringLiteral("desktopSize"), p, true, desktop);
    m.lineKeys = integer(o, QStringLiteral("lineKeys"), p, false, 0, 64);
    const QJsonValue erase = o.value(QStringLiteral("trustListErase"));
    if (erase.isObject())
        readTrustListErase(erase.toObject(), p + QStringLiteral(".trustListErase"), m);
    else if (!erase.isNull())
        fail(p + QStringLiteral(".trustListErase"), QStringLiteral("expected an object or null"));
    m.resetEntry = string(o, QStringLiteral("resetEntry"), p, true, identifierPattern());
    m.factoryResetKeys = string(o, QStringLiteral("factoryResetKeys"), p, true, keysPattern());
    m.factoryResetFollowUp = string(o, QStringLiteral("factoryResetFollowUp"), p, true, identifierPattern());
    m.formatKeys = string(o, QStringLiteral("formatKeys"), p, true, keysPattern());
    m.networkPreservingFormatKeys = string(o, QStringLiteral("networkPreservingFormatKeys"), p, true, keysPattern());
    m.unlockKeys = string(o, QStringLiteral("unlockKeys"), p, true, keysPattern());
    m.restartKeys = string(o, QStringLiteral("restartKeys"), p, true, keysPattern());
    m.feedback = string(o, QStringLiteral("feedback"), p, true, identifierPattern());
    m.notes = strings(o, QStringLiteral("notes"), p);
    m.unconfirmed = strings(o, QStringLiteral("unconfirmed"), p);
    for (qsizetype i = 0; i < m.unconfirmed.size() && !failed(); ++i) {
        if (!modelFields().contains(m.unconfirmed.at(i)))
            fail(p + QStringLiteral(".unconfirmed[%1]").arg(i),
                 QStringLiteral("'%1' is not a model field").arg(m.unconfirmed.at(i)));
    }
    if (m.supported && !failed() && m.factoryResetKeys.isEmpty())
        fail(p + QStringLiteral(".factoryResetKeys"), QStringLiteral("a supported model needs a reset sequence"));
    checkUniqueness(m, p, catalog);
    if (!failed())
        catalog.m_models.append(m);
}

void PhoneCatalogReader::readTrustListErase(const QJsonObject &object, const QString &path, PhoneModel &model)
{
    const QJsonArray paths = object.value(QStringLiteral("menuPaths")).toArray();
    if (paths.isEmpty())
        return fail(path + QStringLiteral(".menuPaths"), QStringLiteral("expected at least one menu path"));
    for (qsizetype i = 0; i < paths.size(); ++i) {
        QJsonObject holder;
        holder.insert(QStringLiteral("menuPaths[%1]").arg(i), paths.at(i));
        const QStringList steps = strings(holder, QStringLiteral("menuPaths[%1]").arg(i), path);
        if (!failed() && steps.isEmpty())
            fail(path + QStringLiteral(".menuPaths[%1]").arg(i), QStringLiteral("empty menu path"));
        model.trustListErase.menuPaths.append(steps);
    }
    model.trustListErase.unlockKeys = string(object, QStringLiteral("unlockKeys"), path, false, keysPattern());
    model.trustListErase.softkey = string(object, QStringLiteral("softkey"), path, false);
    model.trustListErase.confirm = boolean(object, QStringLiteral("confirm"), path);
    model.hasTrustListErase = true;
}

void PhoneCatalogReader::checkUniqueness(const PhoneModel &model, const QString &path, const PhoneCatalog &catalog)
{
    for (const PhoneModel &other : catalog.m_models) {
        if (failed())
            return;
        if (other.id.compare(model.id, Qt::CaseInsensitive) == 0)
            fail(path + QStringLiteral(".id"), QStringLiteral("duplicate model"));
        else if (model.loadInformationId != 0 && other.loadInformationId == model.loadInformationId)
            fail(path + QStringLiteral(".loadInformationId"),
                 QStringLiteral("%1 is also used by %2").arg(model.loadInformationId).arg(other.id));
        for (const QString &vendorClass : model.option60) {
            if (!failed() && other.option60.contains(vendorClass))
                fail(path + QStringLiteral(".option60"),
                     QStringLiteral("'%1' is also used by %2").arg(vendorClass, other.id));
        }
    }
}
