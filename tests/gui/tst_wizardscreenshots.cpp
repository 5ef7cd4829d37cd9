#include "tests/gui/guitestsetup.h"
#include "tests/gui/reportphones.h"
#include "tests/support/syntheticbundle.h"
#include "ui/dialogs/logdialog.h"
#include "ui/models/inventorytablemodel.h"
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
#include <QTranslator>
#include <QUdpSocket>

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
        config.timeoutMs = 200;
    });
    env.portAnswers.insert(67, Error(ErrorCode::PortNeedsPrivileges, QStringLiteral("bind 0.0.0.0:67: EACCES")));
    env.portAnswers.insert(
        69, Error(ErrorCode::PortInUse, QStringLiteral("bind 0.0.0.0:69: in use; held by pid 1200 (in.tftpd)")));
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

QTEST_MAIN(TestWizardScreenshots)
#include "tst_wizardscreenshots.moc"
