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

std::optional<PhoneRecord> find(const BenchSession *session, const MacAddress &mac)
{
    for (const PhoneRecord &record : session->phones()) {
        if (record.mac == mac)
            return record;
    }
    return std::nullopt;
}

} // namespace

ServeEventPrinter::ServeEventPrinter(BenchSession *session, Format format, QTextStream &out, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_format(format)
    , m_out(out)
{
    connect(session, &BenchSession::phoneAdded, this, [this](const PhoneRecord &record) {
        print(QStringLiteral("phone"), record.mac.toCompact(),
              {{QStringLiteral("model"), record.modelId},
               {QStringLiteral("ip"), ipText(record.ip)},
               {QStringLiteral("vendorClass"), record.vendorClass}});
    });
    connect(session, &BenchSession::phoneStageChanged, this, &ServeEventPrinter::onStage);
    connect(session, &BenchSession::transferProgressed, this, &ServeEventPrinter::onProgress);
    connect(session, &BenchSession::transferEnded, this,
            [this](const QString &mac, const QString &file, qint64 bytes, qint64 ms, const Error &result) {
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
        print(QStringLiteral("lease"), mac.toCompact(), {{QStringLiteral("ip"), address.toString()}});
    });
    connect(session, &BenchSession::warning, this, [this](const Error &warning, const QString &mac) {
        print(
            QStringLiteral("warning"), mac,
            {{QStringLiteral("code"), Error::codeName(warning.code())}, {QStringLiteral("detail"), warning.detail()}});
    });
    connect(session, &BenchSession::error, this, &ServeEventPrinter::printError);
    connect(session, &BenchSession::reportWritten, this, [this](const QString &path) {
        print(QStringLiteral("report"), QString(), {{QStringLiteral("path"), path}});
    });
}

void ServeEventPrinter::printError(const Error &error)
{
    print(QStringLiteral("error"), QString(),
          {{QStringLiteral("code"), Error::codeName(error.code())},
           {QStringLiteral("detail"), error.detail()},
           {QStringLiteral("message"), cliMessageFor(error)}});
}

void ServeEventPrinter::onStage(const MacAddress &mac, PhoneStage stage)
{
    const std::optional<PhoneRecord> record = find(m_session, mac);
    QJsonObject fields{{QStringLiteral("stage"), PhoneStageNames::toString(stage)}};
    if (record) {
        fields.insert(QStringLiteral("model"), record->modelId);
        fields.insert(QStringLiteral("ip"), ipText(record->ip));
        if (record->cause.isError()) {
            fields.insert(QStringLiteral("cause"), Error::codeName(record->cause.code()));
            fields.insert(QStringLiteral("fix"), PhoneStageNames::toString(record->fix));
            if (!record->fixDetail.isEmpty())
                fields.insert(QStringLiteral("fixDetail"), record->fixDetail);
        }
        if (stage == PhoneStage::Verified)
            fields.insert(QStringLiteral("load"), record->newLoad);
    }
    print(QStringLiteral("stage"), mac.toCompact(), fields);
}

void ServeEventPrinter::onProgress(const MacAddress &mac, qint64 done, qint64 total)
{
    const std::optional<PhoneRecord> record = find(m_session, mac);
    print(QStringLiteral("progress"), mac.toCompact(),
          {{QStringLiteral("file"), record ? record->currentFile : QString()},
           {QStringLiteral("bytes"), done},
           {QStringLiteral("total"), total}});
}

void ServeEventPrinter::print(const QString &event, const QString &mac, QJsonObject fields)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (m_format == Format::Json) {
        fields.insert(QStringLiteral("t"), now);
        fields.insert(QStringLiteral("event"), event);
        if (!mac.isEmpty())
            fields.insert(QStringLiteral("mac"), mac);
        m_out << QJsonDocument(fields).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_out << now << ' ' << event;
        if (!mac.isEmpty())
            m_out << " mac=" << mac;
        for (auto it = fields.constBegin(); it != fields.constEnd(); ++it)
            m_out << ' ' << it.key() << '=' << it.value().toVariant().toString();
        m_out << '\n';
    }
    m_out.flush();
}
