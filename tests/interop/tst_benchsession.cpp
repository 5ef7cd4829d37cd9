// End to end: `sccp2sip-cli serve` (DHCP, TFTP, generated files, tracking, verification, report) in the server
// namespace of a bridge, against sccp2sip-phonesim phones in their own namespaces. Real DHCP, real TFTP, real HTTP.
#include "core/common/macaddress.h"
#include "core/phones/phonecatalog.h"
#include "tests/support/benchlibrary.h"
#include "tests/support/netnsfixture.h"
#include "tests/support/phonesimprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

constexpr int kConvertMs = 90000; // generous: two cores shared by several builds

QString compact(const QString &mac)
{
    return MacAddress::parse(mac)->toCompact();
}

QStringList phoneMacs(int count, int block)
{
    QStringList macs;
    for (int i = 0; i < count; ++i)
        macs << QStringLiteral("00:1e:4a:%1:20:%2").arg(block, 2, 10, QLatin1Char('0')).arg(i, 2, 10, QLatin1Char('0'));
    return macs;
}

// One `serve` process and its JSON event lines.
class Serve : public QObject
{
public:
    Serve(NetnsFixture &net, const QStringList &arguments)
    {
        m_process = net.startInServer(QStringList{QStringLiteral(SCCP2SIP_CLI_PATH), QStringLiteral("serve"),
                                                  QStringLiteral("--events"), QStringLiteral("json")} +
                                      arguments);
        connect(m_process, &QProcess::readyReadStandardOutput, this, [this] { read(); });
        connect(m_process, &QProcess::readyReadStandardError, this,
                [this] { m_stderr += m_process->readAllStandardError(); });
    }
    QProcess *process() const { return m_process; }
    const QList<QJsonObject> &events() const { return m_events; }
    int count(const QString &event, const QString &mac = {}, const QString &key = {}, const QString &value = {}) const
    {
        return int(std::count_if(m_events.cbegin(), m_events.cend(), [&](const QJsonObject &e) {
            return e.value(u"event"_qs).toString() == event &&
                   (mac.isEmpty() || e.value(u"mac"_qs).toString() == mac) &&
                   (key.isEmpty() || e.value(key).toString() == value);
        }));
    }
    std::optional<QJsonObject> last(const QString &event, const QString &mac) const
    {
        for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
            if (it->value(u"event"_qs).toString() == event && it->value(u"mac"_qs).toString() == mac)
                return *it;
        }
        return std::nullopt;
    }
    QString describe() const
    {
        QStringList lines;
        for (qsizetype i = std::max<qsizetype>(0, m_events.size() - 25); i < m_events.size(); ++i)
            lines << QString::fromUtf8(QJsonDocument(m_events.at(i)).toJson(QJsonDocument::Compact));
        return lines.join(u'\n') + u"\nstderr: "_qs + QString::fromUtf8(m_stderr.right(2000));
    }

private:
    void read()
    {
        m_pending += m_process->readAllStandardOutput();
        qsizetype newline = 0;
        while ((newline = m_pending.indexOf('\n')) >= 0) {
            const QByteArray line = m_pending.left(newline);
            m_pending.remove(0, newline + 1);
            const QJsonDocument document = QJsonDocument::fromJson(line);
            if (document.isObject())
                m_events.append(document.object());
            else
                m_bad << line;
        }
    }

public:
    QList<QByteArray> m_bad; // lines that were not JSON objects: the contract says there are none

private:
    QProcess *m_process = nullptr;
    QByteArray m_pending;
    QByteArray m_stderr;
    QList<QJsonObject> m_events;
};

} // namespace

class TestBenchSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tenMixedPhonesConverted();
    void trustListStopsThenProceeds();
    void oldPhoneTakesTheJumpLoad_data();
    void oldPhoneTakesTheJumpLoad();
    void factoryResetPhoneConverts();
    void strangerIsRefusedTheConfig();
    void killedAndRestarted();
    void servedFilesAreWhatConfigPrints();
    // Issue #15: phones as they really come.
    void phoneOnSccp942FetchesOnlyMissingImages();
    void pageOnlyOnceTheAppIsUp_data();
    void pageOnlyOnceTheAppIsUp();
    void phone7940OnCompactSccpLoad();
    void phone7960AlreadyOnSipStaysOnSip();
    void jumpLoadImportedDuringTheRun();

private:
    bool setUp(NetnsFixture &net);
    QStringList serveArguments(const NetnsFixture &net, const QString &stateDir) const;
    void expectVerified(const Serve &serve, const QString &mac, const PhoneSimProcess &phone);

    QTemporaryDir m_dir;
    QString m_library;
    QStringList m_sip41Images;
};

void TestBenchSession::initTestCase()
{
    SCCP2SIP_REQUIRE_ROOT();
    QVERIFY(m_dir.isValid());
    m_library = m_dir.filePath(u"library"_qs);
    QList<SyntheticBundle> bundles;
    for (const QString &digits : {u"41"_qs, u"11"_qs, u"42"_qs, u"45"_qs, u"75"_qs, u"70"_qs})
        bundles << SyntheticBundle::sip(digits);
    bundles << SyntheticBundle::legacy7940() << SyntheticBundle::sccp(u"45"_qs, u"8-5-2SR1S"_qs);
    QString failure;
    QVERIFY2(BenchLibrary::build(m_library, bundles, &failure), qPrintable(failure));
    m_sip41Images = SyntheticBundle::sip(u"41"_qs).imageNames();
}

bool TestBenchSession::setUp(NetnsFixture &net)
{
    if (!net.setUp()) {
        qWarning() << net.lastError();
        return false;
    }
    return true;
}

QStringList TestBenchSession::serveArguments(const NetnsFixture &net, const QString &stateDir) const
{
    return {u"--interface"_qs, net.bridgeInterface(),
            u"--pool"_qs,      u"10.231.0.50-10.231.0.150"_qs,
            u"--firmware"_qs,  m_library,
            u"--pbx"_qs,       net.serverAddress(),
            u"--state-dir"_qs, stateDir};
}

void TestBenchSession::expectVerified(const Serve &serve, const QString &mac, const PhoneSimProcess &phone)
{
    QTRY_VERIFY2_WITH_TIMEOUT(serve.count(u"stage"_qs, mac, u"stage"_qs, u"verified"_qs) == 1,
                              qPrintable(serve.describe() + u"\nphone: "_qs + phone.describe()), kConvertMs);
}

void TestBenchSession::tenMixedPhonesConverted()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QStringList models{u"7941"_qs, u"7961"_qs, u"7911"_qs, u"7942"_qs, u"7945"_qs,
                             u"7975"_qs, u"7962"_qs, u"7965"_qs, u"7970"_qs, u"7940"_qs};
    const QStringList loads{u"SCCP41.8-5-2S"_qs, u"SCCP41.8-5-2S"_qs, u"SCCP11.8-5-2S"_qs, u"SCCP42.8-5-2S"_qs,
                            u"SCCP45.8-5-2S"_qs, u"SCCP75.8-5-2S"_qs, u"SCCP42.8-5-2S"_qs, u"SCCP45.8-5-2S"_qs,
                            u"SCCP70.8-5-2S"_qs, u"P003-8-1-2"_qs};
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(int(models.size()), 1);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    std::vector<std::unique_ptr<PhoneSimProcess>> phones;
    for (int i = 0; i < models.size(); ++i) {
        QStringList arguments{u"--model"_qs, models.at(i), u"--load"_qs, loads.at(i)};
        if (i == 2) // a bad cable: the bench still gets it through
            arguments << u"--loss"_qs << u"10"_qs;
        if (i == 5) // a phone that stops ACKing mid-image for a while
            arguments << u"--stall-at"_qs << u"6000"_qs << u"--stall-for"_qs << u"1500"_qs;
        phones.push_back(std::make_unique<PhoneSimProcess>(net, i, arguments));
    }
    for (int i = 0; i < models.size(); ++i) {
        const QString mac = compact(options.phoneMacs.at(i));
        expectVerified(serve, mac, *phones.at(size_t(i)));
        QCOMPARE(serve.count(u"phone"_qs, mac), 1);
        QCOMPARE(serve.last(u"phone"_qs, mac)->value(u"model"_qs).toString(), models.at(i)); // from option 60
        QVERIFY(serve.last(u"phone"_qs, mac)->value(u"vendorClass"_qs).toString().contains(u"IP Phone"_qs));
        const QJsonObject verified = *serve.last(u"stage"_qs, mac);
        QVERIFY2(verified.value(u"load"_qs)
                     .toString()
                     .startsWith(models.at(i) == u"7940"_qs ? u"P0S3"_qs : u"SIP"_qs + loads.at(i).mid(4, 2)),
                 qPrintable(serve.describe()));
        // Progress is bytes of the bundle's image total, and reaches it.
        QVERIFY(serve.count(u"progress"_qs, mac) > 0);
        QVERIFY(serve.count(u"lease"_qs, mac) >= 1);
    }
    QVERIFY2(serve.m_bad.isEmpty(), serve.m_bad.join(QByteArray("\n")).constData());
    // Every line has t and event; mac, when present, is 12 upper-case hex digits.
    for (const QJsonObject &event : serve.events()) {
        QVERIFY(QDateTime::fromString(event.value(u"t"_qs).toString(), Qt::ISODateWithMs).isValid());
        QVERIFY(!event.value(u"event"_qs).toString().isEmpty());
        if (event.contains(u"mac"_qs))
            QVERIFY(QRegularExpression(u"^[0-9A-F]{12}$"_qs).match(event.value(u"mac"_qs).toString()).hasMatch());
    }
    // SIGTERM: clean stop, report written, exit 0.
    serve.process()->terminate(); // SIGTERM
    QTRY_VERIFY_WITH_TIMEOUT(serve.process()->state() == QProcess::NotRunning, 15000);
    QCOMPARE(serve.process()->exitCode(), 0);
    QFile report(QDir(state.path()).filePath(u"bench-report.json"_qs));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(report.readAll()).object().value(u"phones"_qs).toArray();
    QCOMPARE(rows.size(), models.size());
    for (const QJsonValue &row : rows) {
        QCOMPARE(row[u"result"_qs].toString(), u"converted"_qs);
        QVERIFY(row[u"serial"_qs].toString().startsWith(u"FCH"_qs));
    }
}

void TestBenchSession::trustListStopsThenProceeds()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 2);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7961"_qs, u"--trust-list"_qs, u"--retry-ms"_qs, u"300"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    QTRY_VERIFY2_WITH_TIMEOUT(serve.count(u"stage"_qs, mac, u"stage"_qs, u"trust-list"_qs) == 1,
                              qPrintable(serve.describe()), kConvertMs);
    const QJsonObject blocked = *serve.last(u"stage"_qs, mac);
    QCOMPARE(blocked.value(u"cause"_qs).toString(), u"PhoneTrustListPresent"_qs);
    QCOMPARE(blocked.value(u"fix"_qs).toString(), u"erase-trust-list"_qs);
    // It stays there while the phone keeps asking for signed files.
    QTRY_VERIFY_WITH_TIMEOUT(phone.count(u"trust-list"_qs, u"state"_qs, u"blocked"_qs) >= 3, 20000);
    QCOMPARE(serve.count(u"stage"_qs, mac, u"stage"_qs, u"config"_qs), 0);
    phone.send(u"erase-trust-list"_qs);
    expectVerified(serve, mac, phone);
}

void TestBenchSession::oldPhoneTakesTheJumpLoad_data()
{
    // Every family whose catalog entry has a jump rule (docs/phones.md, "Jump loads"), 7906/7911 included: a phone
    // below 8.3(3) flashes the 9.4(2) target, comes back on its old load, takes the imported 8.5(2) jump load,
    // then the target.
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("digits");
    const Result<PhoneCatalog> catalog = PhoneCatalog::load();
    QVERIFY(catalog.ok());
    int families = 0;
    for (const auto &[model, digits] :
         {std::pair{u"7911"_qs, u"11"_qs}, std::pair{u"7931"_qs, u"31"_qs}, std::pair{u"7961"_qs, u"41"_qs},
          std::pair{u"7962"_qs, u"42"_qs}, std::pair{u"7945"_qs, u"45"_qs}, std::pair{u"7970"_qs, u"70"_qs},
          std::pair{u"7975"_qs, u"75"_qs}}) {
        QTest::newRow(qPrintable(model)) << model << digits;
        ++families;
    }
    int withJumpRule = 0;
    for (const PhoneFamily &family : catalog->families())
        withJumpRule += family.jump ? 1 : 0;
    QCOMPARE(families, withJumpRule); // a family added to the catalog with a jump rule needs a row here
}

void TestBenchSession::oldPhoneTakesTheJumpLoad()
{
    QFETCH(QString, model);
    QFETCH(QString, digits);
    SCCP2SIP_REQUIRE_ROOT();
    QTemporaryDir libraryDir;
    QString failure;
    QVERIFY2(BenchLibrary::build(libraryDir.path(),
                                 {SyntheticBundle::sip(digits), SyntheticBundle::sccp(digits, u"8-5-2SR1S"_qs)},
                                 &failure),
             qPrintable(failure));
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 3);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    QStringList arguments = serveArguments(net, state.path());
    arguments[arguments.indexOf(m_library)] = libraryDir.path();
    Serve serve(net, arguments);
    PhoneSimProcess phone(net, 0, {u"--model"_qs, model, u"--load"_qs, u"SCCP"_qs + digits + u".8-2-1S"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    // The phone's own log: first the jump load stuck, then the target.
    const QList<QJsonObject> loads = phone.eventsNamed(u"load"_qs);
    QVERIFY2(loads.size() == 2, qPrintable(phone.describe()));
    QCOMPARE(loads.at(0).value(u"new"_qs).toString(), u"SCCP"_qs + digits + u".8-5-2SR1S"_qs);
    QCOMPARE(loads.at(1).value(u"new"_qs).toString(), u"SIP"_qs + digits + u".9-4-2SR3-1S"_qs);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"SCCP"_qs + digits + u".8-5-2SR1S.loads"_qs) >= 1);
}

void TestBenchSession::factoryResetPhoneConverts()
{
    // After 123456789*0# a phone asks for termNN.default.loads before anything else (docs/phones.md, "Boot sequences").
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 6);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7942"_qs, u"--factory-reset"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"term42.default.loads"_qs) >= 1);
    QVERIFY(serve.count(u"stage"_qs, mac, u"stage"_qs, u"firmware"_qs) >= 1);
    // The images once (term42); the later SIP42 .loads read finds them in flash and only renames the load.
    const QList<QJsonObject> flashes = phone.eventsNamed(u"flash"_qs);
    QCOMPARE(std::count_if(flashes.cbegin(), flashes.cend(),
                           [](const QJsonObject &flash) { return flash.value(u"downloaded"_qs).toBool(); }),
             1);
}

void TestBenchSession::strangerIsRefusedTheConfig()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 4);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7941"_qs, u"--load"_qs, u"SCCP41.8-5-2S"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    QTRY_VERIFY2_WITH_TIMEOUT(serve.count(u"lease"_qs, mac) >= 1, qPrintable(serve.describe()), kConvertMs);
    // The classic client (10.231.0.2, on the bridge, no lease of ours) asks for the phone's config.
    QProcess *stranger = net.startInClient({u"tftp"_qs, net.serverAddress(), u"-m"_qs, u"binary"_qs, u"-c"_qs,
                                            u"get"_qs, u"SEP"_qs + mac + u".cnf.xml"_qs, u"/dev/null"_qs});
    QSignalSpy done(stranger, &QProcess::finished);
    QVERIFY(stranger->state() == QProcess::NotRunning || done.wait(20000));
    const QByteArray said = stranger->readAllStandardOutput() + stranger->readAllStandardError();
    QVERIFY2(said.contains("Error code 2") || said.contains("Access violation"), said.constData());
    QTRY_VERIFY2_WITH_TIMEOUT(serve.count(u"warning"_qs, mac, u"code"_qs, u"PhoneConfigRefused"_qs) >= 1,
                              qPrintable(serve.describe()), 10000);
    // The phone itself still gets it.
    expectVerified(serve, mac, phone);
}

void TestBenchSession::killedAndRestarted()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(2, 5);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    const QString stateFile0 = state.filePath(u"phone0.json"_qs);
    auto serve = std::make_unique<Serve>(net, serveArguments(net, state.path()));
    auto phone0 = std::make_unique<PhoneSimProcess>(
        net, 0,
        QStringList{u"--model"_qs, u"7941"_qs, u"--load"_qs, u"SCCP41.8-5-2S"_qs, u"--state-file"_qs, stateFile0});
    PhoneSimProcess phone1(net, 1, {u"--model"_qs, u"7942"_qs, u"--load"_qs, u"SCCP42.8-5-2S"_qs});
    const QString mac0 = compact(options.phoneMacs.at(0));
    const QString mac1 = compact(options.phoneMacs.at(1));
    expectVerified(*serve, mac0, *phone0);
    expectVerified(*serve, mac1, phone1);
    const QString ip0 = serve->last(u"lease"_qs, mac0)->value(u"ip"_qs).toString();
    QTRY_VERIFY_WITH_TIMEOUT(serve->count(u"report"_qs) > 0, 5000);
    QTest::qWait(500); // the report after the last stage change (written within 100 ms)

    serve->process()->kill(); // SIGKILL
    QTRY_VERIFY_WITH_TIMEOUT(serve->process()->state() == QProcess::NotRunning, 10000);
    QFile report(QDir(state.path()).filePath(u"bench-report.json"_qs));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonArray before = QJsonDocument::fromJson(report.readAll()).object().value(u"phones"_qs).toArray();
    report.close();
    QCOMPARE(before.size(), 2);
    for (const QJsonValue &row : before)
        QCOMPARE(row[u"stage"_qs].toString(), u"verified"_qs);

    // Restart the bench, then power-cycle phone 0 (it keeps its SIP load): same address, history continued.
    serve = std::make_unique<Serve>(net, serveArguments(net, state.path()));
    phone0->send(u"quit"_qs);
    QTRY_VERIFY_WITH_TIMEOUT(phone0->process()->state() == QProcess::NotRunning, 10000);
    phone0 = std::make_unique<PhoneSimProcess>(net, 0,
                                               QStringList{u"--model"_qs, u"7941"_qs, u"--state-file"_qs, stateFile0});
    QTRY_VERIFY2_WITH_TIMEOUT(serve->count(u"lease"_qs, mac0) >= 1, qPrintable(serve->describe()), kConvertMs);
    QCOMPARE(serve->last(u"lease"_qs, mac0)->value(u"ip"_qs).toString(), ip0);
    expectVerified(*serve, mac0, *phone0);
    QTest::qWait(500);
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonArray after = QJsonDocument::fromJson(report.readAll()).object().value(u"phones"_qs).toArray();
    QCOMPARE(after.size(), 2); // phone 1, not seen again, keeps its row
    bool found = false;
    for (const QJsonValue &row : after) {
        if (row[u"mac"_qs].toString() != mac0)
            continue;
        found = true;
        const QJsonArray history = row[u"history"_qs].toArray();
        int verifiedSteps = 0;
        for (const QJsonValue &step : history)
            verifiedSteps += step[u"stage"_qs].toString() == u"verified"_qs ? 1 : 0;
        QVERIFY2(verifiedSteps == 2, QJsonDocument(row.toObject()).toJson().constData()); // one per run
        QCOMPARE(row[u"serial"_qs].toString().isEmpty(), false);
    }
    QVERIFY(found);
}

void TestBenchSession::servedFilesAreWhatConfigPrints()
{
    // One answer per question: every generated file a phone fetches from a running bench, byte for byte, is what
    // `sccp2sip-cli config` prints for the same phone, inventory, PBX and library (a 79x1, a 7911 and a 7940).
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(3, 7);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    const QString inventory = state.filePath(u"inventory.csv"_qs);
    {
        QFile csv(inventory);
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("mac,line,extension,auth_user,password,display_name,label\n");
        csv.write(QStringLiteral("%1,1,201,201,Kq3vZ8wp,Front desk,Front\n%1,2,202,sip-202,Lm4xY7vo,,\n"
                                 "%2,1,203,,Pz5wX6un,Back office,Back\n%3,1,204,auth204,Rt6yU7io,Lobby,Lobby\n")
                      .arg(options.phoneMacs.at(0), options.phoneMacs.at(1), options.phoneMacs.at(2))
                      .toUtf8());
    }
    Serve serve(net, serveArguments(net, state.path()) + QStringList{u"--inventory"_qs, inventory});
    const QStringList models{u"7941"_qs, u"7911"_qs, u"7940"_qs};
    const QStringList loads{u"SCCP41.8-5-2S"_qs, u"SCCP11.8-5-2S"_qs, u"P003-8-1-2"_qs};
    std::vector<std::unique_ptr<PhoneSimProcess>> phones;
    for (int i = 0; i < models.size(); ++i)
        phones.push_back(std::make_unique<PhoneSimProcess>(
            net, i, QStringList{u"--model"_qs, models.at(i), u"--load"_qs, loads.at(i)}));
    for (int i = 0; i < models.size(); ++i)
        expectVerified(serve, compact(options.phoneMacs.at(i)), *phones.at(size_t(i)));

    for (int i = 0; i < models.size(); ++i) {
        const QString mac = compact(options.phoneMacs.at(i));
        const bool legacy = models.at(i) == u"7940"_qs;
        // --file name for `config` → the name the phone asks for.
        QList<std::pair<QString, QString>> files{{u"XMLDefault"_qs, u"XMLDefault.cnf.xml"_qs},
                                                 {u"dialplan"_qs, u"dialplan.xml"_qs}};
        if (legacy)
            files << std::pair{u"SIP"_qs, u"SIP"_qs + mac + u".cnf"_qs}
                  << std::pair{u"SIPDefault"_qs, u"SIPDefault.cnf"_qs} << std::pair{u"OS79XX"_qs, u"OS79XX.TXT"_qs};
        else
            files << std::pair{u"SEP"_qs, u"SEP"_qs + mac + u".cnf.xml"_qs};
        for (const auto &[kind, name] : files) {
            const QString fetched = state.filePath(u"fetched-"_qs + name);
            const NetnsFixture::RunResult got = net.runInPhone(
                i, {u"tftp"_qs, net.serverAddress(), u"-m"_qs, u"binary"_qs, u"-c"_qs, u"get"_qs, name, fetched},
                20000);
            QVERIFY2(got.succeeded() && QFileInfo(fetched).size() > 0, qPrintable(name + u": "_qs + got.describe()));
            QFile served(fetched);
            QVERIFY(served.open(QIODevice::ReadOnly));
            QProcess config;
            config.start(QStringLiteral(SCCP2SIP_CLI_PATH),
                         {u"config"_qs, u"--mac"_qs, mac, u"--model"_qs, models.at(i), u"--file"_qs, kind,
                          u"--library"_qs, m_library, u"--pbx"_qs, net.serverAddress(), u"--inventory"_qs, inventory});
            QVERIFY(config.waitForFinished(20000));
            QVERIFY2(config.exitCode() == 0, config.readAllStandardError().constData());
            const QByteArray printed = config.readAllStandardOutput();
            const QByteArray bytes = served.readAll();
            QVERIFY2(bytes == printed, qPrintable(models.at(i) + u' ' + name + u" differs from config"_qs));
            // Lines whose auth user differs from the extension register with the auth user, on both config forms.
            if (name == u"SEP"_qs + mac + u".cnf.xml"_qs && i == 0)
                QVERIFY2(bytes.contains("<authName>sip-202</authName>"), bytes.constData());
            if (name == u"SIP"_qs + mac + u".cnf"_qs)
                QVERIFY2(bytes.contains("line1_authname: \"auth204\""), bytes.constData());
        }
    }
}

void TestBenchSession::phoneOnSccp942FetchesOnlyMissingImages()
{
    // docs/phones.md, "Images already in flash": SCCP and SIP 9.4(2) share apps/cnu/dsp images by name; a phone on
    // SCCP 9.4(2) fetches only the SIP jar and cvm, then reboots. The bench must take that reboot as the end of the
    // flash.
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 7);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    QStringList shared;
    for (const QString &image : m_sip41Images) {
        if (!image.contains(u"sip."_qs))
            shared << image;
    }
    QCOMPARE(shared.size(), 3);
    PhoneSimProcess phone(net, 0,
                          {u"--model"_qs, u"7941"_qs, u"--load"_qs, u"SCCP41.9-4-2SR3-1S"_qs, u"--images-in-flash"_qs,
                           shared.join(u',')});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    const QList<QJsonObject> fetched = phone.eventsNamed(u"tftp"_qs);
    const qsizetype images = std::count_if(fetched.cbegin(), fetched.cend(), [](const QJsonObject &e) {
        return e.value(u"file"_qs).toString().endsWith(u".sbn"_qs) && e.value(u"result"_qs).toString() == u"ok"_qs;
    });
    QCOMPARE(images, 2);
    // The bench says why the bar jumped: its report's history names the images the phone already had.
    serve.process()->terminate();
    QTRY_VERIFY_WITH_TIMEOUT(serve.process()->state() == QProcess::NotRunning, 15000);
    QFile report(QDir(state.path()).filePath(u"bench-report.json"_qs));
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(report.readAll()).object().value(u"phones"_qs).toArray();
    QCOMPARE(rows.size(), 1);
    const QJsonArray history = rows.at(0)[u"history"_qs].toArray();
    QVERIFY2(std::any_of(history.cbegin(), history.cend(),
                         [](const QJsonValue &entry) {
                             return entry[u"note"_qs].toString() == u"3 of 5 images already on the phone"_qs;
                         }),
             QJsonDocument(history).toJson().constData());
}

void TestBenchSession::pageOnlyOnceTheAppIsUp_data()
{
    QTest::addColumn<QString>("pageFlag");
    QTest::newRow("up with the app") << u"--page-at-ready"_qs;
    // A phone from a call manager with "Security by Default": off until our config's <webAccess>0.
    QTest::newRow("off until the config") << u"--page-off"_qs;
}

void TestBenchSession::pageOnlyOnceTheAppIsUp()
{
    // docs/phones.md, "Knowing the running load": the page belongs to the phone's app. Unread pages are "not verified
    // yet" and asked again; the phone ends verified, never failed.
    QFETCH(QString, pageFlag);
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 8);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7962"_qs, u"--load"_qs, u"SCCP42.8-5-2S"_qs, pageFlag});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    QCOMPARE(serve.count(u"stage"_qs, mac, u"stage"_qs, u"failed"_qs), 0);
    if (pageFlag == u"--page-off"_qs)
        QCOMPARE(phone.count(u"web-access"_qs, u"state"_qs, u"on"_qs), 1);
}

void TestBenchSession::phone7940OnCompactSccpLoad()
{
    // docs/phones.md ("Firmware bundles", "Knowing the running load"): an SCCP ID without separators, OS79XX.TXT naming
    // the universal loader, the SIP 8.12 files, and a page with a human version in versionID and the load ID in
    // appLoadID.
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 9);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7960"_qs, u"--load"_qs, u"P0030801SR02"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    QCOMPARE(serve.last(u"stage"_qs, mac)->value(u"load"_qs).toString(), u"P0S3-8-12-00"_qs);
    const QList<QJsonObject> os79xx = phone.eventsNamed(u"os79xx"_qs);
    QVERIFY2(!os79xx.isEmpty(), qPrintable(phone.describe()));
    QCOMPARE(os79xx.constFirst().value(u"image"_qs).toString(), u"P003-8-12-00"_qs);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"SIPDefault.cnf"_qs) >= 1);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"SIP"_qs + mac + u".cnf"_qs) >= 1);
}

void TestBenchSession::phone7960AlreadyOnSipStaysOnSip()
{
    // Issue #15: a 7940/7960 already on SIP 8.12 still asks for SEP<MAC>.cnf.xml; what we serve there must not send
    // it back to SCCP (the simulator follows any other load that file names).
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 11);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    Serve serve(net, serveArguments(net, state.path()));
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7960"_qs, u"--load"_qs, u"P0S3-8-12-00"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    expectVerified(serve, mac, phone);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"SEP"_qs + mac + u".cnf.xml"_qs) >= 1);
    QCOMPARE(phone.count(u"upgrade"_qs), 0);
    QCOMPARE(phone.count(u"load"_qs), 0);
    QCOMPARE(phone.last(u"ready"_qs)->value(u"load"_qs).toString(), u"P0S3-8-12-00"_qs);
    QVERIFY(serve.count(u"transfer"_qs, mac, u"file"_qs, u"SIP"_qs + mac + u".cnf"_qs) >= 1);
}

void TestBenchSession::jumpLoadImportedDuringTheRun()
{
    // Issue #15: with no jump load the phone stops, naming what to import; imported while the bench runs, the
    // phone continues by itself.
    SCCP2SIP_REQUIRE_ROOT();
    QTemporaryDir libraryDir;
    QString failure;
    QVERIFY2(BenchLibrary::build(libraryDir.path(), {SyntheticBundle::sip(u"45"_qs)}, &failure), qPrintable(failure));
    NetnsFixture::Options options;
    options.phoneMacs = phoneMacs(1, 10);
    NetnsFixture net(options);
    QVERIFY(setUp(net));
    QTemporaryDir state;
    QStringList arguments = serveArguments(net, state.path());
    arguments[arguments.indexOf(m_library)] = libraryDir.path();
    Serve serve(net, arguments);
    PhoneSimProcess phone(net, 0, {u"--model"_qs, u"7945"_qs, u"--load"_qs, u"SCCP45.8-2-1S"_qs});
    const QString mac = compact(options.phoneMacs.at(0));
    QTRY_VERIFY2_WITH_TIMEOUT(serve.count(u"stage"_qs, mac, u"cause"_qs, u"PhoneJumpLoadMissing"_qs) >= 1,
                              qPrintable(serve.describe()), kConvertMs);
    QCOMPARE(serve.last(u"stage"_qs, mac)->value(u"fix"_qs).toString(), u"import-jump-load"_qs);
    QVERIFY2(BenchLibrary::build(libraryDir.path(), {SyntheticBundle::sccp(u"45"_qs, u"8-5-2SR1S"_qs)}, &failure),
             qPrintable(failure));
    expectVerified(serve, mac, phone);
    const QList<QJsonObject> loads = phone.eventsNamed(u"load"_qs);
    QVERIFY2(!loads.isEmpty(), qPrintable(phone.describe()));
    QCOMPARE(loads.constFirst().value(u"new"_qs).toString(), u"SCCP45.8-5-2SR1S"_qs);
}

QTEST_GUILESS_MAIN(TestBenchSession)
#include "tst_benchsession.moc"
