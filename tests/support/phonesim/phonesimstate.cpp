#include "tests/support/phonesim/phonesimstate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

Result<PhoneSimState> PhoneSimState::read(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<PhoneSimState>(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > 64 * 1024)
        return Result<PhoneSimState>(ErrorCode::FileUnreadable, path);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject object = document.object();
    if (parseError.error != QJsonParseError::NoError || !object.value(QLatin1String("load")).isString())
        return Result<PhoneSimState>(ErrorCode::FileUnreadable, path + QStringLiteral(": ") + parseError.errorString());
    PhoneSimState state;
    state.load = object.value(QLatin1String("load")).toString();
    for (const QJsonValue &image : object.value(QLatin1String("images")).toArray())
        state.images.append(image.toString());
    state.trustList = object.value(QLatin1String("trustList")).toBool();
    state.factoryReset = object.value(QLatin1String("factoryReset")).toBool();
    state.pageOff = object.value(QLatin1String("pageOff")).toBool();
    return state;
}

Result<void> PhoneSimState::write(const QString &path) const
{
    QJsonObject object;
    object.insert(QStringLiteral("load"), load);
    object.insert(QStringLiteral("images"), QJsonArray::fromStringList(images));
    object.insert(QStringLiteral("trustList"), trustList);
    object.insert(QStringLiteral("factoryReset"), factoryReset);
    object.insert(QStringLiteral("pageOff"), pageOff);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<void>(ErrorCode::FileUnwritable, path);
    file.write(QJsonDocument(object).toJson());
    if (!file.commit())
        return Result<void>(ErrorCode::FileUnwritable, path);
    return {};
}
