#include "core/firmware/firmwarebundlemanifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

const QRegularExpression &safeName()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,254}$"));
    return re;
}

QStringList names(const QJsonValue &value, bool *ok)
{
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!safeName().match(item.toString()).hasMatch())
            *ok = false;
        result << item.toString();
    }
    return result;
}

} // namespace

QByteArray FirmwareBundleManifest::write(const FirmwareBundle &bundle)
{
    QJsonArray images;
    for (const FirmwareImage &image : bundle.images)
        images.append(QJsonObject{{QStringLiteral("name"), image.fileName}, {QStringLiteral("size"), image.size}});
    QJsonObject root{
        {QStringLiteral("formatVersion"), 1},
        {QStringLiteral("loadId"), bundle.loadId},
        {QStringLiteral("loadsFile"), bundle.loadsFileName},
        {QStringLiteral("loadsFileSize"), bundle.loadsFileSize},
        {QStringLiteral("family"), bundle.familyId},
        {QStringLiteral("protocol"), phoneProtocolName(bundle.protocol)},
        {QStringLiteral("images"), images},
        {QStringLiteral("termFiles"), QJsonArray::fromStringList(bundle.termFiles)},
        {QStringLiteral("extraFiles"), QJsonArray::fromStringList(bundle.extraFiles)},
        {QStringLiteral("coveredModels"), QJsonArray::fromStringList(bundle.coveredModels)},
        {QStringLiteral("releaseLine"), bundle.releaseLine},
    };
    if (bundle.hardwareComp)
        root.insert(QStringLiteral("hardwareComp"), *bundle.hardwareComp);
    QJsonArray metadata;
    for (const auto &[key, value] : bundle.metadata)
        metadata.append(QJsonArray{key, value});
    if (!metadata.isEmpty())
        root.insert(QStringLiteral("metadata"), metadata);
    return QJsonDocument(root).toJson();
}

Result<FirmwareBundle> FirmwareBundleManifest::read(const QByteArray &json, const QString &origin)
{
    const auto bad = [&origin](const QString &why) {
        return Error(ErrorCode::FirmwareLibraryError, origin + QStringLiteral(": ") + why);
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError || root.value(QStringLiteral("formatVersion")).toInt() != 1)
        return bad(QStringLiteral("not a bundle manifest"));
    FirmwareBundle bundle;
    bool ok = true;
    bundle.loadId = root.value(QStringLiteral("loadId")).toString();
    bundle.loadsFileName = root.value(QStringLiteral("loadsFile")).toString();
    bundle.loadsFileSize = root.value(QStringLiteral("loadsFileSize")).toInteger();
    bundle.familyId = root.value(QStringLiteral("family")).toString();
    const QString protocol = root.value(QStringLiteral("protocol")).toString();
    bundle.protocol = protocol == QLatin1String("SIP")    ? PhoneProtocol::Sip
                      : protocol == QLatin1String("SCCP") ? PhoneProtocol::Sccp
                                                          : PhoneProtocol::Unknown;
    for (const QJsonValue &item : root.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = item.toObject();
        const QString name = image.value(QStringLiteral("name")).toString();
        const qint64 size = image.value(QStringLiteral("size")).toInteger(-1);
        ok = ok && safeName().match(name).hasMatch() && size >= 0;
        bundle.images << FirmwareImage{name, size};
    }
    bundle.termFiles = names(root.value(QStringLiteral("termFiles")), &ok);
    bundle.extraFiles = names(root.value(QStringLiteral("extraFiles")), &ok);
    bundle.coveredModels = root.value(QStringLiteral("coveredModels")).toVariant().toStringList();
    bundle.releaseLine = root.value(QStringLiteral("releaseLine")).toString();
    if (root.contains(QStringLiteral("hardwareComp")))
        bundle.hardwareComp = root.value(QStringLiteral("hardwareComp")).toInt();
    for (const QJsonValue &item : root.value(QStringLiteral("metadata")).toArray()) {
        const QJsonArray pair = item.toArray();
        if (pair.size() == 2 && bundle.metadata.size() < 32)
            bundle.metadata.append({pair.at(0).toString().left(64), pair.at(1).toString().left(255)});
    }
    if (!ok || !safeName().match(bundle.loadId).hasMatch() ||
        bundle.loadsFileName != bundle.loadId + QStringLiteral(".loads") || bundle.images.isEmpty() ||
        bundle.familyId.isEmpty())
        return bad(QStringLiteral("invalid field"));
    return bundle;
}
