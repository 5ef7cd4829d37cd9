#pragma once

#include "core/bench/phonerecord.h"

#include <QJsonObject>
#include <QObject>

class BenchSession;
class QTextStream;

// `serve`'s event stream (docs/cli.md, "Events"): with json, one compact object per line with `t` (ISO-8601 UTC),
// `event` and, when known, `mac` (12 upper-case hex digits); with text, `<t> <event> key=value …`.
class ServeEventPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Text, Json };
    ServeEventPrinter(BenchSession *session, Format format, QTextStream &out, QObject *parent = nullptr);

    void print(const QString &event, const QString &mac, QJsonObject fields);
    void printError(const Error &error);

private:
    void onStage(const MacAddress &mac, PhoneStage stage);
    void onProgress(const MacAddress &mac, qint64 done, qint64 total);

    BenchSession *m_session;
    Format m_format;
    QTextStream &m_out;
};
