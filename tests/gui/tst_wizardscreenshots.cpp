#include "tests/gui/fakebencheventsource.h"
#include "tests/gui/guitestsetup.h"
#include "tests/gui/reportphones.h"
#include "tests/support/syntheticbundle.h"
#include "ui/bench/benchcontroller.h"
#include "ui/dialogs/logdialog.h"
#include "ui/models/benchphonefiltermodel.h"
#include "ui/models/inventorytablemodel.h"
#include "ui/pages/benchpage.h"
#include "ui/pages/firmwarepage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/pbxpage.h"
#include "ui/pages/reportpage.h"
#include "ui/pages/trustlistpage.h"
#include "ui/wizard/benchwizard.h"

#include <QApplication>
#include <QDir>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTranslator>
#include <QUdpSocket>
#include <functional>

// Renders every page, in English and one translation, into <build>/tests/gui/shots for people to look at.
// Nothing here compares pixels; the checks make sure each picture shows a real, translated page.
class TestWizardScreenshots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void renderEveryPage_data();
    void renderEveryPage();
    void renderReportPage_data() { renderEveryPage_data(); }
    void renderReportPage();

private:
    void renderBench(BenchWizard &wizard, const std::function<void(QWidget *, const QString &)> &shot);

    QString m_downloads;
    QTemporaryDir m_downloadDir;
};

void TestWizardScreenshots::initTestCase()
{
    GuiTestSetup::isolateSettings();
    QVERIFY(QDir().mkpath(QStringLiteral(SCCP2SIP_SHOTS_DIR)));
    QCOMPARE(SyntheticBundle::sip().write(m_downloadDir.filePath(QStringLiteral("sip41.zip")),
                                          SyntheticBundle::Form::FlatZip),
             QString());
    QCOMPARE(SyntheticBundle::sip(QStringLiteral("42"))
                 .withDefect(SyntheticBundle::Defect::MissingImage)
                 .write(m_downloadDir.filePath(QStringLiteral("sip42.zip")), SyntheticBundle::Form::FlatZip),
             QString());
}

// Page 7 after a run with a phone for every way a run ends: the summary, the wrapped causes and their fixes.
void TestWizardScreenshots::renderReportPage()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral("sccp2sip_") + language, QStringLiteral(SCCP2SIP_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    GuiTestSetup env;
    env.setup->setBenchOutcome(
        {ReportPhones::mixed(), QString(), ReportPhones::kStart, ReportPhones::kStart.addSecs(40 * 60 + 12)});
    BenchWizard wizard(env.setup.get(), QString());
    wizard.resize(1000, 760);
    GuiTestSetup::openAt(wizard, BenchWizard::ReportPageId);
    QVERIFY(qobject_cast<ReportPage *>(wizard.currentPage()));
    if (language == QLatin1String("de"))
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Bericht"));
    const QString path = QStringLiteral(SCCP2SIP_SHOTS_DIR "/7-report-%1.png").arg(language);
    QVERIFY(wizard.grab().save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
    QCoreApplication::removeTranslator(&translator);
}

void TestWizardScreenshots::renderEveryPage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
}

void TestWizardScreenshots::renderEveryPage()
{
    QFETCH(QString, language);
    QTranslator translator;
    if (language != QLatin1String("en")) {
        QVERIFY(translator.load(QStringLiteral("sccp2sip_") + language, QStringLiteral(SCCP2SIP_QM_DIR)));
        QVERIFY(QCoreApplication::installTranslator(&translator));
    }
    const auto shot = [&](QWidget *widget, const QString &name) {
        const QString path = QStringLiteral(SCCP2SIP_SHOTS_DIR "/%1-%2.png").arg(name, language);
        QVERIFY(widget->grab().save(path));
        QVERIFY(QFileInfo(path).size() > 10000); // a real picture, not an empty window
    };

    GuiTestSetup env;
    env.setup->setInterfaceLister([] {
        NetworkInterfaceInfo eth;
        eth.name = QStringLiteral("enp0s31f6");
        eth.ipv4 = QHostAddress(QStringLiteral("10.231.0.1"));
        eth.prefixLength = 24;
        eth.up = eth.running = true;
        NetworkInterfaceInfo wifi;
        wifi.name = QStringLiteral("wlp2s0");
        wifi.ipv4 = QHostAddress(QStringLiteral("192.168.1.20"));
        wifi.prefixLength = 24;
        wifi.up = wifi.running = wifi.wireless = true;
        return QList<NetworkInterfaceInfo>{wifi, eth};
    });
    QUdpSocket foreign; // answers nothing: the scan ends with "no other server"
    QVERIFY(foreign.bind(QHostAddress::LocalHost, 0));
    env.setup->setProbeTuner([port = foreign.localPort()](DhcpForeignProbe::Config &config) {
        config.interface.clear();
        config.bindAddress = config.target = QHostAddress::LocalHost;
        config.serverPort = port;
        config.clientPort = 0;
        config.retransmitMs = 100;
        config.listenAfterLastMs = 200;
    });
    env.portAnswers.insert(67, Error(ErrorCode::PortNeedsPrivileges, QStringLiteral("bind 0.0.0.0:67: EACCES")));
    env.portAnswers.insert(
        69, Error(ErrorCode::PortInUse, QStringLiteral("bind 0.0.0.0:69: in use; held by pid 1200 (in.tftpd)"))
                .withPort(69, QStringLiteral("pid 1200 (in.tftpd)")));
    BenchWizard wizard(env.setup.get(), QString());
    wizard.resize(1000, 760);
    wizard.show();
    if (language == QLatin1String("de"))
        QCOMPARE(wizard.currentPage()->title(), QStringLiteral("Bevor Sie beginnen"));
    shot(&wizard, QStringLiteral("1-preflight"));

    wizard.setField(QStringLiteral("prepareOnly"), true);
    GuiTestSetup::openAt(wizard, BenchWizard::NetworkPageId);
    auto *network = qobject_cast<NetworkPage *>(wizard.currentPage());
    QVERIFY(network);
    if (network->isScanning()) {
        QSignalSpy scanned(network, &NetworkPage::scanFinished);
        QVERIFY(scanned.wait(5000));
    }
    shot(&wizard, QStringLiteral("2-network"));
    GuiTestSetup::openAt(wizard, BenchWizard::FirmwarePageId);
    auto *firmware = qobject_cast<FirmwarePage *>(wizard.currentPage());
    QVERIFY(firmware);
    QSignalSpy done(firmware, &FirmwarePage::importsFinished);
    firmware->importFiles(
        {m_downloadDir.filePath(QStringLiteral("sip41.zip")), m_downloadDir.filePath(QStringLiteral("sip42.zip"))});
    QVERIFY(done.wait(20000));
    shot(&wizard, QStringLiteral("3-firmware"));

    GuiTestSetup::openAt(wizard, BenchWizard::PbxPageId);
    auto *pbx = qobject_cast<PbxPage *>(wizard.currentPage());
    QVERIFY(pbx);
    wizard.setField(QStringLiteral("pbxHost"), QStringLiteral("pbx example"));
    const int row = pbx->model()->addRow();
    pbx->model()->setData(pbx->model()->index(row, 0), QStringLiteral("00:1c:58:d6:44:33"));
    pbx->model()->setData(pbx->model()->index(row, 2), QStringLiteral("201"));
    pbx->model()->setData(pbx->model()->index(row, 5), QStringLiteral("Front desk"));
    pbx->model()->setData(pbx->model()->index(row, 6), QStringLiteral("Reception"));
    const int bad = pbx->model()->addRow();
    pbx->model()->setData(pbx->model()->index(bad, 0), QStringLiteral("00:1c:58:zz"));
    pbx->model()->setData(pbx->model()->index(bad, 2), QStringLiteral("202"));
    QVERIFY(!pbx->validatePage());
    shot(&wizard, QStringLiteral("4-pbx"));
    GuiTestSetup::openAt(wizard, BenchWizard::TrustListPageId);
    auto *trust = qobject_cast<TrustListPage *>(wizard.currentPage());
    QVERIFY(trust);
    trust->showModel(QStringLiteral("7941"));
    shot(&wizard, QStringLiteral("5-trustlist-7941"));
    auto *scroll = trust->findChild<QScrollArea *>();
    QVERIFY(scroll);
    scroll->widget()->adjustSize();
    scroll->verticalScrollBar()->setValue(scroll->verticalScrollBar()->maximum());
    shot(&wizard, QStringLiteral("5-trustlist-7941-resets"));
    trust->showModel(QStringLiteral("7911"));
    shot(&wizard, QStringLiteral("5-trustlist-7911"));

    renderBench(wizard, shot);

    QTemporaryDir logs;
    QFile log(logs.filePath(QStringLiteral("sccp2sip.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write("2026-11-24T02:30:00.000 info sccp2sip.app: sccp2sip 0.1.0 starting\n");
    log.close();
    LogDialog dialog(log.fileName());
    QSignalSpy refreshed(&dialog, &LogDialog::refreshed);
    dialog.show();
    QVERIFY(refreshed.wait(5000));
    shot(&dialog, QStringLiteral("log"));
    QCoreApplication::removeTranslator(&translator);
}

// The live page mid-run, from a fake source: a phone in every stage, one stuck in trust-list (its guide open
// beside the table) and selected, so the details pane shows its log and fix.
void TestWizardScreenshots::renderBench(BenchWizard &wizard,
                                        const std::function<void(QWidget *, const QString &)> &shot)
{
    GuiTestSetup::openAt(wizard, BenchWizard::BenchPageId);
    auto *bench = qobject_cast<BenchPage *>(wizard.currentPage());
    QVERIFY(bench);
    FakeBenchEventSource source;
    bench->setEventSource(&source);
    bench->startBench();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Running, 5000);
    const auto phone = [](int index, PhoneStage stage, const QString &model) {
        PhoneRecord record = FakeBenchEventSource::phone(index, stage, model);
        record.currentFile = QStringLiteral("SEP%1.cnf.xml").arg(record.mac.toCompact());
        return record;
    };
    PhoneRecord verified = phone(0, PhoneStage::Verified, QStringLiteral("7941"));
    verified.oldLoad = QStringLiteral("SCCP41.8-5-2S");
    verified.newLoad = QStringLiteral("SIP41.9-4-2SR3-1S");
    verified.currentFile.clear();
    PhoneRecord fetching = phone(1, PhoneStage::Firmware, QStringLiteral("7942"));
    fetching.currentFile = QStringLiteral("apps42.9-4-2ES26.sbn");
    PhoneRecord stuck = phone(2, PhoneStage::TrustList, QStringLiteral("7961"));
    stuck.currentFile = QStringLiteral("CTLSEP%1.tlv").arg(stuck.mac.toCompact());
    stuck.cause = Error(ErrorCode::PhoneTrustListPresent, QStringLiteral("signed config asked 3 times"));
    stuck.fix = PhoneFix::EraseTrustList;
    stuck.fixDetail = QStringLiteral("**#");
    stuck.history.last().note = stuck.currentFile;
    PhoneRecord failed = phone(4, PhoneStage::Failed, QStringLiteral("7945"));
    failed.cause = Error(ErrorCode::PhoneSipBundleMissing, QStringLiteral("SIP45"));
    failed.fix = PhoneFix::ImportSipBundle;
    failed.fixDetail = QStringLiteral("SIP45");
    PhoneRecord detected = phone(7, PhoneStage::Detected, QString());
    detected.familyId.clear();
    detected.ip = QHostAddress();
    detected.currentFile.clear();
    for (const PhoneRecord &record :
         {verified, fetching, stuck, phone(3, PhoneStage::Config, QStringLiteral("7911")), failed,
          phone(5, PhoneStage::Rebooting, QStringLiteral("7965")), phone(6, PhoneStage::Idle, QStringLiteral("7970")),
          detected, phone(8, PhoneStage::Sip, QStringLiteral("7962"))})
        Q_EMIT source.phoneChanged(record);
    const MacAddress stuckMac = stuck.mac;
    Q_EMIT source.transferEnded(stuckMac, QStringLiteral("XMLDefault.cnf.xml"), 3310, 40, Error());
    Q_EMIT source.transferEnded(stuckMac, stuck.currentFile, 0, 0, Error(ErrorCode::FileNotFound));
    Q_EMIT source.warning(Error(ErrorCode::PhoneConfigRefused, QStringLiteral("asked by 10.231.0.9")), stuckMac);
    // Two progress samples a second apart give the fetching phone a speed and a time left.
    Q_EMIT source.progressed(fetching.mac, 1200000, 5400000);
    QTest::qWait(1100);
    Q_EMIT source.progressed(fetching.mac, 3350000, 5400000);
    bench->model()->flush();
    auto *table = bench->findChild<QTableView *>(QStringLiteral("phoneTable"));
    QVERIFY(table);
    table->setCurrentIndex(bench->filter()->mapFromSource(bench->model()->index(2, 0)));
    QVERIFY(bench->isGuideShown());
    shot(&wizard, QStringLiteral("6-bench"));
    source.stop();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Idle, 5000);
    bench->setEventSource(bench->controller());
}

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"
