#pragma once

#include "core/common/error.h"
#include "core/phones/phonecatalog.h"

#include <QJsonObject>
#include <QRegularExpression>

// Turns catalog.json into a PhoneCatalog, checking every field. The first bad field ends the read with
// ErrorCode::CatalogInvalid and a detail naming the entry: "catalog.json: models[6] (7941G-GE).option60[0]: …".
class PhoneCatalogReader
{
public:
    explicit PhoneCatalogReader(QString origin);
    Result<PhoneCatalog> read(const QByteArray &json);

private:
    void readFamily(const QJsonValue &value, const QString &path, PhoneCatalog &catalog);
    void readJumpRule(const QJsonObject &object, const QString &path, PhoneFamily &family);
    void readModel(const QJsonValue &value, const QString &path, PhoneCatalog &catalog);
    void readTrustListErase(const QJsonObject &object, const QString &path, PhoneModel &model);
    void checkUniqueness(const PhoneModel &model, const QString &path, const PhoneCatalog &catalog);

    QString string(const QJsonObject &object, const QString &key, const QString &path, bool nullable,
                   const QRegularExpression &pattern = {});
    QStringList strings(const QJsonObject &object, const QString &key, const QString &path,
                        const QRegularExpression &pattern = {});
    int integer(const QJsonObject &object, const QString &key, const QString &path, bool nullable, int min, int max);
    bool boolean(const QJsonObject &object, const QString &key, const QString &path);
    void fail(const QString &path, const QString &why);
    bool failed() const { return m_error.isError(); }

    QString m_origin;
    Error m_error;
};
