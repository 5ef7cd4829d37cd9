// What the bench serves for each name, per phone: generated configs, the library's files, and the termNN choice
// between a jump load and the target. Real library folder of synthetic bundles (hence the integration label).
#include "core/bench/benchfilesource.h"
#include "core/bench/benchreport.h"
#include "tests/support/benchlibrary.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kMac = QStringLiteral("001E4A000001");
const QString kPassword = QStringLiteral("Kn0wnS3cret");
const QString kTarget = QStringLiteral("SIP41.9-4-2SR3-1S");
const QString kJump = QStringLiteral("SCCP41.8-5-2SR1S");
const QString kLegacy = QStringLiteral("P0S3-8-12-00");

QStringList s_log;

void captureLog(QtMsgType, const QMessageLogContext &, const QString &message)
{
    s_log << message;
}

} // namespace

class TestBenchFileSource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void serves_data();
    void serves();
    void termFileFollowsThePhonesStage_data();
    void termFileFollowsThePhonesStage();
    void configOwner_data();
    void configOwner();
    void passwordNeverInLogOrReport();
    void familyStandsInForAnUnknownModel();

private:
    BenchFileSource source(const QString &model, const QString &load, const QString &family = {}) const;

    QTemporaryDir m_dir;
    QString m_library;
    PhoneInventory m_inventory;
};

void TestBenchFileSource::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library"_qs);
    QString failure;
    QVERIFY2(
        BenchLibrary::build(m_library, BenchLibrary::sip41WithJump() + QList{SyntheticBundle::legacy7940()}, &failure),
        qPrintable(failure));
    PhoneInventoryEntry entry;
    entry.mac = *MacAddress::parse(kMac);
    entry.lines.insert(1, PhoneLine{u"201"_qs, QString(), kPassword, u"Front desk"_qs, QString()});
    m_inventory.insert(entry);
}

BenchFileSource TestBenchFileSource::source(const QString &model, const QString &load, const QString &family) const
{
    FirmwareLibrary library(m_library, PhoneCatalog::load().value());
    library.reload();
    PbxSettings pbx;
    pbx.host = u"10.0.0.1"_qs;
    return BenchFileSource(ProvisioningFiles(PhoneCatalog::load().value(), library, pbx, m_inventory),
                           [model, load, family](const QHostAddress &, const std::optional<MacAddress> &) {
                               return ProvisioningFiles::Asker{std::nullopt, model, family, load};
                           });
}

void TestBenchFileSource::serves_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("load");
    QTest::addColumn<bool>("found");
    QTest::addColumn<QString>("contains");

    const QString sep = u"SEP"_qs + kMac + u".cnf.xml"_qs;
    QTest::newRow("SEP, target") << sep << u"7941"_qs << kTarget << true << kTarget;
    QTest::newRow("SEP, any case") << sep.toLower() << u"7941"_qs << kTarget << true << u"<name>201</name>"_qs;
    QTest::newRow("SEP, jump load") << sep << u"7941"_qs << kJump << true << kJump;
    QTest::newRow("SEP, newest when not told") << sep << u"7961"_qs << QString() << true << kTarget;
    QTest::newRow("SEP, unknown phone") << sep << QString() << QString() << false << QString();
    QTest::newRow("SEP, family without bundle") << sep << u"7942"_qs << QString() << false << QString();
    QTest::newRow("signed SEP") << sep + u".sgn"_qs << u"7941"_qs << kTarget << false << QString();
    QTest::newRow("trust list probe") << u"CTLSEP"_qs + kMac + u".tlv"_qs << u"7941"_qs << kTarget << false
                                      << QString();
    QTest::newRow("XMLDefault") << u"XMLDefault.cnf.xml"_qs << QString() << QString() << true
                                << u"<loadInformation115 model=\"Cisco IP Phone 7941G\">SIP41.9-4-2SR3-1S"_qs;
    QTest::newRow("dial plan") << u"dialplan.xml"_qs << QString() << QString() << true << u"DIALTEMPLATE"_qs;
    QTest::newRow("loads file") << kTarget.toLower() + u".loads"_qs << QString() << QString() << true << QString();
    QTest::newRow("7940 SIPDefault") << u"SIPDefault.cnf"_qs << u"7940"_qs << QString() << true << kLegacy;
    QTest::newRow("7940 SIP<MAC>.cnf") << u"SIP"_qs + kMac + u".cnf"_qs << u"7940"_qs << QString() << true
                                       << u"line1_name: \"201\""_qs;
    QTest::newRow("7940 OS79XX.TXT") << u"OS79XX.TXT"_qs << u"7940"_qs << QString() << true << QString();
    QTest::newRow("outside the library") << u"etc/passwd"_qs << QString() << QString() << false << QString();
    QTest::newRow("a bundle's manifest") << kTarget + u"/bundle.json"_qs << QString() << QString() << false
                                         << QString();
}

void TestBenchFileSource::serves()
{
    QFETCH(QString, name);
    QFETCH(QString, model);
    QFETCH(QString, load);
    QFETCH(bool, found);
    QFETCH(QString, contains);
    BenchFileSource files = source(model, load);
    const Result<TftpFile> file = files.open(name, QHostAddress(u"10.0.0.5"_qs));
    QCOMPARE(file.ok(), found);
    if (!found) {
        QCOMPARE(file.error().code(), ErrorCode::FileNotFound);
        return;
    }
    QVERIFY(file->size() > 0);
    const QByteArray bytes(file->data(), file->size());
    QVERIFY2(bytes.contains(contains.toUtf8()), bytes.left(600).constData());
}

void TestBenchFileSource::termFileFollowsThePhonesStage_data()
{
    QTest::addColumn<QString>("load");
    QTest::addColumn<QString>("servedFrom");
    QTest::newRow("needs the jump load") << kJump << kJump;
    QTest::newRow("jump done: target") << kTarget << kTarget;
    QTest::newRow("unknown phone: target, never the jump load") << QString() << kTarget;
}

void TestBenchFileSource::termFileFollowsThePhonesStage()
{
    QFETCH(QString, load);
    QFETCH(QString, servedFrom);
    FirmwareLibrary library(m_library, PhoneCatalog::load().value());
    QVERIFY(library.reload().ok());
    QCOMPARE(library.bundlesOfferingTermFile(u"term41.default.loads").size(), 2); // the collision under test
    QFile expected(library.filePath(u"term41.default.loads", servedFrom));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    BenchFileSource files = source(u"7941"_qs, load);
    const Result<TftpFile> file = files.open(u"term41.default.loads"_qs, QHostAddress(u"10.0.0.5"_qs));
    QVERIFY(file.ok());
    QCOMPARE(QByteArray(file->data(), file->size()), expected.readAll());
}

void TestBenchFileSource::configOwner_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("owner");
    QTest::newRow("SEP") << u"SEP001E4A000001.cnf.xml"_qs << kMac;
    QTest::newRow("lower case") << u"sep001e4a000001.cnf.xml"_qs << kMac;
    QTest::newRow("7940 SIP<MAC>.cnf") << u"SIP001E4A000001.cnf"_qs << kMac;
    QTest::newRow("in a folder") << u"sub/SEP001E4A000001.cnf.xml"_qs << kMac;
    QTest::newRow("XMLDefault") << u"XMLDefault.cnf.xml"_qs << QString();
    QTest::newRow("SIPDefault") << u"SIPDefault.cnf"_qs << QString();
    QTest::newRow("signed") << u"SEP001E4A000001.cnf.xml.sgn"_qs << QString();
    QTest::newRow("short MAC") << u"SEP001E4A00000.cnf.xml"_qs << QString();
}

void TestBenchFileSource::configOwner()
{
    QFETCH(QString, name);
    QFETCH(QString, owner);
    const std::optional<MacAddress> mac = ProvisioningFiles::configOwner(name);
    QCOMPARE(mac ? mac->toCompact() : QString(), owner);
}

void TestBenchFileSource::passwordNeverInLogOrReport()
{
    s_log.clear();
    QLoggingCategory::setFilterRules(u"sccp2sip.*.debug=true"_qs);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    BenchFileSource files = source(u"7941"_qs, kTarget);
    const Result<TftpFile> sep = files.open(u"SEP"_qs + kMac + u".cnf.xml"_qs, QHostAddress(u"10.0.0.5"_qs));
    BenchFileSource legacy = source(u"7940"_qs, QString());
    const Result<TftpFile> sip = legacy.open(u"SIP"_qs + kMac + u".cnf"_qs, QHostAddress(u"10.0.0.5"_qs));
    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    // The password is really in what the phone gets (or this test proves nothing)...
    QVERIFY(QByteArray(sep->data(), sep->size()).contains(kPassword.toUtf8()));
    QVERIFY(QByteArray(sip->data(), sip->size()).contains(kPassword.toUtf8()));
    QVERIFY(!s_log.isEmpty());
    // ...and nowhere in the log or the report of that phone.
    for (const QString &line : std::as_const(s_log))
        QVERIFY2(!line.contains(kPassword), qPrintable(line));
    PhoneRecord record;
    record.mac = *MacAddress::parse(kMac);
    record.modelId = u"7941"_qs;
    record.stage = PhoneStage::Verified;
    record.history.append({QDateTime::currentDateTimeUtc(), PhoneStage::Config, u"SEP"_qs + kMac + u".cnf.xml"_qs});
    BenchReport report(m_dir.filePath(u"state"_qs));
    QVERIFY(report.write({record}).ok());
    for (const QString &path : {report.jsonPath(), report.csvPath()}) {
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        QVERIFY(bytes.contains(kMac.toUtf8()));
        QVERIFY(!bytes.contains(kPassword.toUtf8()));
    }
}

void TestBenchFileSource::familyStandsInForAnUnknownModel()
{
    // External DHCP: no option 60, but the phone's .loads request told its family.
    const QString sep = u"SEP"_qs + kMac + u".cnf.xml"_qs;
    BenchFileSource known = source(QString(), kTarget, u"SIP41"_qs);
    const Result<TftpFile> file = known.open(sep, QHostAddress(u"10.0.0.5"_qs));
    QVERIFY(file.ok());
    QVERIFY(QByteArray(file->data(), file->size()).contains(kTarget.toUtf8()));
    BenchFileSource unknown = source(QString(), QString(), QString());
    QCOMPARE(unknown.open(sep, QHostAddress(u"10.0.0.5"_qs)).error().code(), ErrorCode::FileNotFound);
}

QTEST_GUILESS_MAIN(TestBenchFileSource)
#include "tst_benchfilesource.moc"
