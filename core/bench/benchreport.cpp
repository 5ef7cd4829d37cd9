#include "core/bench/benchreport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaEnum>
#include <QSaveFile>

namespace {

constexpr qint64 kMaxReportBytes = 16 * 1024 * 1024;

QString result(const PhoneRecord &record)
{
    switch (record.stage) {
    case PhoneStage::Verified:
        return QStringLiteral("converted");
    case PhoneStage::Failed:
        return QStringLiteral("failed");
    default:
        return QStringLiteral("unfinished");
    }
}

QString csvField(QString text)
{
    // Quote always; a leading formula character is neutralised so a spreadsheet never runs a phone's text.
    if (text.startsWith(QLatin1Char('=')) || text.startsWith(QLatin1Char('+')) || text.startsWith(QLatin1Char('-')) ||
        text.startsWith(QLatin1Char('@')))
        text.prepend(QLatin1Char('\''));
    return QLatin1Char('"') + text.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString timeline(const PhoneRecord &record)
{
    QStringList steps;
    for (const PhoneHistoryEntry &entry : record.history)
        steps << entry.at.toString(Qt::ISODate) + QLatin1Char(' ') + PhoneStageNames::toString(entry.stage);
    return steps.join(QStringLiteral("; "));
}

// Why it stopped and when it was seen: a report reloaded after a crash must still explain every phone.
void readOutcome(const QJsonObject &phone, PhoneRecord &record)
{
    bool known = false;
    const QByteArray cause = phone.value(QStringLiteral("cause")).toString().left(64).toLatin1();
    const int code = QMetaEnum::fromType<ErrorCode>().keyToValue(cause.constData(), &known);
    if (known && code != int(ErrorCode::None))
        record.cause = Error(ErrorCode(code));
    record.fix = PhoneStageNames::fixFromString(phone.value(QStringLiteral("fix")).toString()).value_or(PhoneFix::None);
    record.fixDetail = phone.value(QStringLiteral("fixDetail")).toString().left(128);
    record.firstSeen =
        QDateTime::fromString(phone.value(QStringLiteral("firstSeen")).toString(), Qt::ISODateWithMs).toUTC();
    record.lastSeen =
        QDateTime::fromString(phone.value(QStringLiteral("lastSeen")).toString(), Qt::ISODateWithMs).toUTC();
    // Reports from before these fields: the timeline brackets the visit.
    if (!record.firstSeen.isValid() && !record.history.isEmpty())
        record.firstSeen = record.history.constFirst().at;
    if (!record.lastSeen.isValid() && !record.history.isEmpty())
        record.lastSeen = record.history.constLast().at;
}

Result<void> save(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error(ErrorCode::FileUnwritable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

BenchReport::BenchReport(QString directory)
    : m_directory(std::move(directory))
{}

QString BenchReport::jsonPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("bench-report.json"));
}

QString BenchReport::csvPath() const
{
    return QDir(m_directory).filePath(QStringLiteral("bench-report.csv"));
}

QByteArray BenchReport::toJson(const QList<PhoneRecord> &records)
{
    QJsonArray phones;
    for (const PhoneRecord &record : records) {
        QJsonArray history;
        for (const PhoneHistoryEntry &entry : record.history) {
            history.append(QJsonObject{{QStringLiteral("t"), entry.at.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("stage"), PhoneStageNames::toString(entry.stage)},
                                       {QStringLiteral("note"), entry.note}});
        }
        QJsonObject phone{{QStringLiteral("mac"), record.mac.toCompact()},
                          {QStringLiteral("model"), record.modelId},
                          {QStringLiteral("family"), record.familyId},
                          {QStringLiteral("serial"), record.serial},
                          {QStringLiteral("ip"), record.ip.isNull() ? QString() : record.ip.toString()},
                          {QStringLiteral("stage"), PhoneStageNames::toString(record.stage)},
                          {QStringLiteral("oldLoad"), record.oldLoad},
                          {QStringLiteral("newLoad"), record.newLoad},
                          {QStringLiteral("targetLoad"), record.targetLoad},
                          {QStringLiteral("result"), result(record)},
                          {QStringLiteral("retries"), record.retries},
                          {QStringLiteral("firstSeen"), record.firstSeen.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("lastSeen"), record.lastSeen.toString(Qt::ISODateWithMs)},
                          {QStringLiteral("errors"), record.errors},
                          {QStringLiteral("history"), history}};
        if (record.cause.isError())
            phone.insert(QStringLiteral("cause"), Error::codeName(record.cause.code()));
        if (record.fix != PhoneFix::None)
            phone.insert(QStringLiteral("fix"), PhoneStageNames::toString(record.fix));
        if (!record.fixDetail.isEmpty())
            phone.insert(QStringLiteral("fixDetail"), record.fixDetail);
        phones.append(phone);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("phones"), phones}}).toJson();
}

QByteArray BenchReport::toCsv(const QList<PhoneRecord> &records)
{
    QString csv = QStringLiteral("mac,model,serial,ip,old_load,new_load,result,stage,cause,fix,timeline\r\n");
    for (const PhoneRecord &record : records) {
        const QStringList fields{record.mac.toCompact(),
                                 record.modelId,
                                 record.serial,
                                 record.ip.isNull() ? QString() : record.ip.toString(),
                                 record.oldLoad,
                                 record.newLoad,
                                 result(record),
                                 PhoneStageNames::toString(record.stage),
                                 record.cause.isError() ? Error::codeName(record.cause.code()) : QString(),
                                 PhoneStageNames::toString(record.fix),
                                 timeline(record)};
        QStringList quoted;
        for (const QString &field : fields)
            quoted << csvField(field);
        csv += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return csv.toUtf8();
}

Result<void> BenchReport::write(const QList<PhoneRecord> &records) const
{
    if (!QDir().mkpath(m_directory))
        return Error(ErrorCode::DirectoryUnwritable, m_directory);
    if (Result<void> json = save(jsonPath(), toJson(records)); !json)
        return json;
    return save(csvPath(), toCsv(records));
}

Result<QList<PhoneRecord>> BenchReport::load() const
{
    QFile file(jsonPath());
    if (!file.exists())
        return QList<PhoneRecord>();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::FileUnreadable, jsonPath());
    if (file.size() > kMaxReportBytes)
        return Error(ErrorCode::FileTooLarge, jsonPath());
    return fromJson(file.readAll());
}

Result<QList<PhoneRecord>> BenchReport::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error(ErrorCode::FileUnreadable, QStringLiteral("report: %1").arg(parseError.errorString()));
    QList<PhoneRecord> records;
    for (const QJsonValue &value : document.object().value(QStringLiteral("phones")).toArray()) {
        const QJsonObject phone = value.toObject();
        const std::optional<MacAddress> mac = MacAddress::parse(phone.value(QStringLiteral("mac")).toString());
        if (!mac)
            continue; // a damaged row costs its history, not the whole report
        PhoneRecord record;
        record.mac = *mac;
        record.modelId = phone.value(QStringLiteral("model")).toString().left(32);
        record.familyId = phone.value(QStringLiteral("family")).toString().left(32);
        record.serial = phone.value(QStringLiteral("serial")).toString().left(64);
        record.ip = QHostAddress(phone.value(QStringLiteral("ip")).toString());
        record.oldLoad = phone.value(QStringLiteral("oldLoad")).toString().left(64);
        record.newLoad = phone.value(QStringLiteral("newLoad")).toString().left(64);
        record.stage =
            PhoneStageNames::fromString(phone.value(QStringLiteral("stage")).toString()).value_or(PhoneStage::Idle);
        record.targetLoad = phone.value(QStringLiteral("targetLoad")).toString().left(64);
        record.retries = phone.value(QStringLiteral("retries")).toInt();
        record.errors = phone.value(QStringLiteral("errors")).toInt();
        for (const QJsonValue &step : phone.value(QStringLiteral("history")).toArray()) {
            const QJsonObject entry = step.toObject();
            const std::optional<PhoneStage> stage =
                PhoneStageNames::fromString(entry.value(QStringLiteral("stage")).toString());
            const QDateTime at = QDateTime::fromString(entry.value(QStringLiteral("t")).toString(), Qt::ISODateWithMs);
            if (stage && at.isValid())
                record.history.append({at.toUTC(), *stage, entry.value(QStringLiteral("note")).toString().left(256)});
        }
        readOutcome(phone, record);
        records.append(record);
    }
    return records;
}
