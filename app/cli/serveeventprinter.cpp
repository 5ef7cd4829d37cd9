#include "app/cli/serveeventprinter.h"

#include "app/cli/clierrors.h"
#include "core/bench/benchsession.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QTextStream>

namespace {

QString ipText(const QHostAddress &address)
{
    return address.isNull() ? QString() : address.toString();
}

} // namespace

ServeEventPrinter::ServeEventPrinter(BenchSession *session, const PhoneCatalog &catalog, Format format,
                                     QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_format(format)
    , m_out(out)
{
    connect(session, &BenchSession::phoneChanged, this, &ServeEventPrinter::onPhone);
    connect(session, &BenchSession::transferProgressed, this, &ServeEventPrinter::onProgress);
    connect(session, &BenchSession::transferEnded, this,
            [this](const MacAddress &mac, const QString &file, qint64 bytes, qint64 ms, const Error &result) {
                const QString outcome = !result.isError()                              ? QStringLiteral("ok")
                                        : result.code() == ErrorCode::FileNotFound     ? QStringLiteral("not-found")
                                        : result.code() == ErrorCode::TftpAccessDenied ? QStringLiteral("refused")
                                                                                       : Error::codeName(result.code());
                print(QStringLiteral("transfer"), mac,
                      {{QStringLiteral("file"), file},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("seconds"), double(ms) / 1000.0},
                       {QStringLiteral("result"), outcome}});
            });
    connect(session, &BenchSession::leaseGranted, this, [this](const MacAddress &mac, const QHostAddress &address) {
        print(QStringLiteral("lease"), mac, {{QStringLiteral("ip"), address.toString()}});
    });
    connect(session, &BenchSession::warning, this, [this](const Error &warning, const MacAddress &mac) {
        print(
            QStringLiteral("warning"), mac,
            {{QStringLiteral("code"), Error::codeName(warning.code())}, {QStringLiteral("detail"), warning.detail()}});
    });
    connect(session, &BenchSession::error, this, &ServeEventPrinter::printError);
    connect(session, &BenchSession::reportWritten, this, [this](const QString &path) {
        print(QStringLiteral("report"), MacAddress(), {{QStringLiteral("path"), path}});
    });
}

void ServeEventPrinter::printError(const Error &error)
{
    print(QStringLiteral("error"), MacAddress(),
          {{QStringLiteral("code"), Error::codeName(error.code())},
           {QStringLiteral("detail"), error.detail()},
           {QStringLiteral("message"), cliMessageFor(error)}});
}

void ServeEventPrinter::onPhone(const PhoneRecord &record)
{
    const auto known = m_seen.find(record.mac);
    if (known == m_seen.end()) {
        // History before this run (a reloaded report) was printed by that run.
        m_seen.insert(record.mac, Seen{record.history.size(), record.stage, record.currentFile});
        print(QStringLiteral("phone"), record.mac,
              {{QStringLiteral("model"), record.modelId},
               {QStringLiteral("ip"), ipText(record.ip)},
               {QStringLiteral("vendorClass"), record.vendorClass}});
        if (record.stage != PhoneStage::Detected)
            printStage(record, record.stage);
        return;
    }
    Seen &seen = *known;
    seen.currentFile = record.currentFile;
    // Every stage the phone passed through since the last event, in order: its history says which.
    for (qsizetype i = std::min(seen.historyPrinted, record.history.size()); i < record.history.size(); ++i) {
        const PhoneStage stage = record.history.at(i).stage;
        if (stage != seen.stage) {
            seen.stage = stage;
            printStage(record, stage);
        }
    }
    seen.historyPrinted = record.history.size();
    if (record.stage != seen.stage) { // a stage set without a history entry
        seen.stage = record.stage;
        printStage(record, record.stage);
    }
}

void ServeEventPrinter::printStage(const PhoneRecord &record, PhoneStage stage)
{
    QJsonObject fields{{QStringLiteral("stage"), PhoneStageNames::toString(stage)},
                       {QStringLiteral("model"), record.modelId},
                       {QStringLiteral("ip"), ipText(record.ip)}};
    if (stage == record.stage && record.cause.isError()) {
        fields.insert(QStringLiteral("cause"), Error::codeName(record.cause.code()));
        fields.insert(QStringLiteral("fix"), PhoneStageNames::toString(record.fix));
        if (!record.fixDetail.isEmpty())
            fields.insert(QStringLiteral("fixDetail"), record.fixDetail);
        fields.insert(QStringLiteral("message"), cliMessageFor(record, m_catalog));
    }
    if (stage == PhoneStage::Verified)
        fields.insert(QStringLiteral("load"), record.newLoad);
    print(QStringLiteral("stage"), record.mac, fields);
}

void ServeEventPrinter::onProgress(const MacAddress &mac, qint64 done, qint64 total)
{
    print(QStringLiteral("progress"), mac,
          {{QStringLiteral("file"), m_seen.value(mac).currentFile},
           {QStringLiteral("bytes"), done},
           {QStringLiteral("total"), total}});
}

void ServeEventPrinter::print(const QString &event, const MacAddress &mac, QJsonObject fields)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString macText = mac.isValid() ? mac.toCompact() : QString();
    if (m_format == Format::Json) {
        fields.insert(QStringLiteral("t"), now);
        fields.insert(QStringLiteral("event"), event);
        if (!macText.isEmpty())
            fields.insert(QStringLiteral("mac"), macText);
        m_out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << now << ' ' << event;
        if (!macText.isEmpty())
            m_out << " mac=" << macText;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            m_out << ' ' << it.key() << '=' << it.value().toVariant().toString();
        m_out << '\n';
    }
    m_out.flush();
}
