#pragma once

#include "core/bench/phonerecord.h"
#include "core/common/result.h"

#include <QList>
#include <QString>

// The session's report: bench-report.json and bench-report.csv in the state folder, one row per phone (MAC, model,
// serial, IP, stage timeline, old → new load, result, cause and fix). Each write replaces both files atomically,
// so a crash leaves the last complete picture. PhoneRecord holds no secret, so neither can the report.
class BenchReport
{
public:
    explicit BenchReport(QString directory);

    QString jsonPath() const;
    QString csvPath() const;

    Result<void> write(const QList<PhoneRecord> &records) const;
    // The previous run's phones (history, loads, serial), for a restarted session. Missing file: empty list.
    Result<QList<PhoneRecord>> load() const;

    static QByteArray toJson(const QList<PhoneRecord> &records);
    static QByteArray toCsv(const QList<PhoneRecord> &records);
    static Result<QList<PhoneRecord>> fromJson(const QByteArray &json);

private:
    QString m_directory;
};
