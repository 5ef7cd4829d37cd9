// The session report: CSV and JSON with every phone's timeline, atomic rewrites, and reloading a crashed run.
#include "core/bench/benchreport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

PhoneRecord record(const QString &mac, PhoneStage stage)
{
    PhoneRecord r;
    r.mac = *MacAddress::parse(mac);
    r.modelId = u"7941"_qs;
    r.familyId = u"SIP41"_qs;
    r.serial = u"FCH12345678"_qs;
    r.ip = QHostAddress(u"10.0.0.5"_qs);
    r.oldLoad = u"SCCP41.8-5-2S"_qs;
    r.newLoad = stage == PhoneStage::Verified ? u"SIP41.9-4-2SR3-1S"_qs : QString();
    r.targetLoad = u"SIP41.9-4-2SR3-1S"_qs;
    r.stage = stage;
    const QDateTime start(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC);
    r.firstSeen = start;
    r.lastSeen = start.addSecs(42);
    r.history = {{start, PhoneStage::Detected, QString()},
                 {start.addSecs(5), PhoneStage::Config, u"SEP.cnf.xml"_qs},
                 {start.addSecs(9), stage, u"=cmd|' /C calc'!A0"_qs}};
    if (stage == PhoneStage::Failed) {
        r.cause = Error(ErrorCode::PhoneJumpLoadMissing, u"SIP41"_qs);
        r.fix = PhoneFix::ImportJumpLoad;
        r.fixDetail = u"SIP41"_qs;
    }
    return r;
}

} // namespace

class TestBenchReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stageNamesAreTheContract_data();
    void stageNamesAreTheContract();
    void csvRows_data();
    void csvRows();
    void roundTripKeepsHistory();
    void damagedReportIsRefusedNotTrusted_data();
    void damagedReportIsRefusedNotTrusted();
};

void TestBenchReport::stageNamesAreTheContract_data()
{
    QTest::addColumn<PhoneStage>("stage");
    QTest::addColumn<QString>("name");
    QTest::newRow("detected") << PhoneStage::Detected << u"detected"_qs;
    QTest::newRow("trust-list") << PhoneStage::TrustList << u"trust-list"_qs;
    QTest::newRow("config") << PhoneStage::Config << u"config"_qs;
    QTest::newRow("firmware") << PhoneStage::Firmware << u"firmware"_qs;
    QTest::newRow("rebooting") << PhoneStage::Rebooting << u"rebooting"_qs;
    QTest::newRow("sip") << PhoneStage::Sip << u"sip"_qs;
    QTest::newRow("verified") << PhoneStage::Verified << u"verified"_qs;
    QTest::newRow("failed") << PhoneStage::Failed << u"failed"_qs;
    QTest::newRow("idle") << PhoneStage::Idle << u"idle"_qs;
}

void TestBenchReport::stageNamesAreTheContract()
{
    QFETCH(PhoneStage, stage);
    QFETCH(QString, name);
    QCOMPARE(PhoneStageNames::toString(stage), name);
    QCOMPARE(PhoneStageNames::fromString(name), std::optional<PhoneStage>(stage));
    QCOMPARE(PhoneStageNames::fromString(name.toUpper()), std::nullopt); // exact names only
}

void TestBenchReport::csvRows_data()
{
    QTest::addColumn<PhoneStage>("stage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("converted") << PhoneStage::Verified
                               << u"\"001E4A000001\",\"7941\",\"FCH12345678\",\"10.0.0.5\",\"SCCP41.8-5-2S\","
                                  "\"SIP41.9-4-2SR3-1S\",\"converted\",\"verified\",\"\",\"\","
                                  "\"2026-01-01T12:00:00Z detected; 2026-01-01T12:00:05Z config; "
                                  "2026-01-01T12:00:09Z verified\""_qs;
    QTest::newRow("failed") << PhoneStage::Failed
                            << u"\"001E4A000001\",\"7941\",\"FCH12345678\",\"10.0.0.5\",\"SCCP41.8-5-2S\",\"\","
                               "\"failed\",\"failed\",\"PhoneJumpLoadMissing\",\"import-jump-load\","
                               "\"2026-01-01T12:00:00Z detected; 2026-01-01T12:00:05Z config; "
                               "2026-01-01T12:00:09Z failed\""_qs;
}

void TestBenchReport::csvRows()
{
    QFETCH(PhoneStage, stage);
    QFETCH(QString, expected);
    const QStringList lines = QString::fromUtf8(BenchReport::toCsv({record(u"001E4A000001"_qs, stage)}))
                                  .split(u"\r\n"_qs, Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0), u"mac,model,serial,ip,old_load,new_load,result,stage,cause,fix,timeline"_qs);
    QCOMPARE(lines.at(1), expected);
}

void TestBenchReport::roundTripKeepsHistory()
{
    QTemporaryDir dir;
    BenchReport report(dir.filePath(u"state"_qs));
    QCOMPARE(report.load().value().size(), 0); // no report yet: nothing, not an error
    const QList<PhoneRecord> written{record(u"001E4A000001"_qs, PhoneStage::Verified),
                                     record(u"001E4A000002"_qs, PhoneStage::Failed)};
    QVERIFY(report.write(written).ok());
    const Result<QList<PhoneRecord>> read = report.load();
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const PhoneRecord &a = written.at(i);
        const PhoneRecord &b = read->at(i);
        QCOMPARE(b.mac, a.mac);
        QCOMPARE(b.stage, a.stage);
        QCOMPARE(b.serial, a.serial);
        QCOMPARE(b.oldLoad, a.oldLoad);
        QCOMPARE(b.newLoad, a.newLoad);
        QCOMPARE(b.targetLoad, a.targetLoad);
        // The Report page explains a reloaded phone: cause, fix and when it was seen come back.
        QCOMPARE(b.cause.code(), a.cause.code());
        QCOMPARE(b.fix, a.fix);
        QCOMPARE(b.fixDetail, a.fixDetail);
        QCOMPARE(b.firstSeen, a.firstSeen);
        QCOMPARE(b.lastSeen, a.lastSeen);
        QCOMPARE(b.history.size(), a.history.size());
        QCOMPARE(b.history.constLast().at, a.history.constLast().at);
        QCOMPARE(b.history.constLast().stage, a.history.constLast().stage);
    }
    QFile json(report.jsonPath());
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonObject failed =
        QJsonDocument::fromJson(json.readAll()).object()[u"phones"_qs].toArray().at(1).toObject();
    QCOMPARE(failed[u"cause"_qs].toString(), u"PhoneJumpLoadMissing"_qs);
    QCOMPARE(failed[u"fix"_qs].toString(), u"import-jump-load"_qs);
    QCOMPARE(failed[u"result"_qs].toString(), u"failed"_qs);
    // A formula in a note cannot run in a spreadsheet: the CSV neutralises it.
    QVERIFY(!BenchReport::toCsv(written).contains("\"=cmd"));
}

void TestBenchReport::damagedReportIsRefusedNotTrusted_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("phones");
    QTest::newRow("truncated") << QByteArray("{\"phones\":[{\"mac\":\"001E4A") << false << 0;
    QTest::newRow("not an object") << QByteArray("[1,2]") << false << 0;
    QTest::newRow("bad MAC row skipped")
        << QByteArray("{\"phones\":[{\"mac\":\"nope\"},{\"mac\":\"001E4A000001\",\"stage\":\"sip\"}]}") << true << 1;
    QTest::newRow("unknown cause and fix are dropped")
        << QByteArray("{\"phones\":[{\"mac\":\"001E4A000001\",\"cause\":\"Boom\",\"fix\":\"pray\"}]}") << true << 1;
    QTest::newRow("unknown stage becomes idle")
        << QByteArray("{\"phones\":[{\"mac\":\"001E4A000001\",\"stage\":\"exploded\"}]}") << true << 1;
}

void TestBenchReport::damagedReportIsRefusedNotTrusted()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, ok);
    QFETCH(int, phones);
    const Result<QList<PhoneRecord>> read = BenchReport::fromJson(json);
    QCOMPARE(read.ok(), ok);
    if (!ok)
        return;
    QCOMPARE(read->size(), phones);
    // Nothing here names a real cause or fix: a made-up one must not become one.
    for (const PhoneRecord &phone : *read) {
        QVERIFY(!phone.cause.isError());
        QCOMPARE(phone.fix, PhoneFix::None);
    }
}

QTEST_GUILESS_MAIN(TestBenchReport)
#include "tst_benchreport.moc"
