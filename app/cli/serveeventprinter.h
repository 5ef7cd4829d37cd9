#pragma once

#include "core/bench/phonerecord.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

class BenchSession;
class PhoneCatalog;
class QTextStream;

// `serve`'s event stream (docs/cli.md, "Events"): with json, one compact object per line with `t` (ISO-8601 UTC),
// `event` and, when known, `mac` (12 upper-case hex digits); with text, `<t> <event> key=value …`.
class ServeEventPrinter : public QObject
{
    Q_OBJECT
public:
    enum class Format { Text, Json };
    // `catalog` names a stuck phone's keys and menus in its `message`; it must outlive the printer.
    ServeEventPrinter(BenchSession *session, const PhoneCatalog &catalog, Format format, QTextStream &out,
                      QObject *parent = nullptr);

    void print(const QString &event, const MacAddress &mac, QJsonObject fields);
    void printError(const Error &error);

private:
    // What this printer has already said about a phone: the stage events follow its history from there.
    struct Seen
    {
        qsizetype historyPrinted = 0;
        PhoneStage stage = PhoneStage::Detected;
        QString currentFile;
    };
    void onPhone(const PhoneRecord &record);
    void printStage(const PhoneRecord &record, PhoneStage stage);
    void onProgress(const MacAddress &mac, qint64 done, qint64 total);

    const PhoneCatalog &m_catalog;
    Format m_format;
    QTextStream &m_out;
    QHash<MacAddress, Seen> m_seen;
};
