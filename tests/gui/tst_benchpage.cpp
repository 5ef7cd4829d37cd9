// The Bench page: driven by a fake event source for its behaviour (buttons, completeness, the outcome for the
// Report page, details pane, trust-list guide, filters, errors), and by the real BenchController running a
// BenchSession on loopback for the thread, keychain and stop paths. No namespaces here (tests/interop has the
// simulated phones).
#include "core/credentials/credentialjob.h"
#include "tests/gui/fakebencheventsource.h"
#include "tests/gui/guitestsetup.h"
#include "tests/support/inmemorycredentialstore.h"
#include "ui/bench/benchcontroller.h"
#include "ui/models/benchphonefiltermodel.h"
#include "ui/pages/benchpage.h"
#include "ui/text/errormessages.h"
#include "ui/widgets/benchphonedetails.h"
#include "ui/widgets/errorpanel.h"
#include "ui/widgets/trustlistguide.h"
#include "ui/wizard/benchwizard.h"

#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QThread>
#include <QToolButton>
#include <QUdpSocket>

namespace {

constexpr int kSessionMs = 20000; // a real session on a busy two-core machine

template<typename T>
T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

// A real session on loopback: no DHCP, any free TFTP port, no web-page checks.
void loopback(BenchConfig &config, const QString &stateDir)
{
    config.interfaceName.clear();
    config.listenAddress = QHostAddress(QHostAddress::LocalHost);
    config.dhcpEnabled = false;
    config.tftpPort = 0;
    config.verify = false;
    config.probeForeignDhcp = false;
    config.stateDirectory = stateDir;
    config.pbx.host = QStringLiteral("10.0.0.1");
}

PhoneInventory oneLineInventory(const MacAddress &mac)
{
    PhoneInventoryEntry entry;
    entry.mac = mac;
    PhoneLine line;
    line.extension = QStringLiteral("201");
    entry.lines.insert(1, line);
    PhoneInventory inventory;
    inventory.insert(entry);
    return inventory;
}

} // namespace

class TestBenchPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void startStopAndOutcome();
    void detailsPaneFollowsSelection();
    void trustListGuideOpensBesideTable();
    void filterControls();
    void restartStopsThenStarts();
    void leavingBackwardsStops();
    void errorsExplained_data();
    void errorsExplained();
    void benchWideWarningShown();
    void isTheWizardsBenchPage();
    void passwordsReadBeforeStart();
    void keychainFailureRefusesUntilChosen();
    void realSessionStopsWithoutFreezing();
    void busyPortRefusesStart();
    void stuckSessionStillStops();
    void closingWhileRunningStopsTheBench();
};

void TestBenchPage::startStopAndOutcome()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    QSignalSpy complete(&page, &QWizardPage::completeChanged);
    auto *start = child<QPushButton>(page, QStringLiteral("startButton"));
    auto *stop = child<QPushButton>(page, QStringLiteral("stopButton"));
    QVERIFY(page.isComplete()); // never started: Next shows the last report
    QVERIFY(start->isEnabled());
    QVERIFY(!stop->isEnabled());

    start->click();
    QCOMPARE(source.startCalls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Running, 5000);
    QVERIFY(!page.isComplete());
    QVERIFY(complete.size() >= 2);
    QVERIFY(!start->isEnabled());
    QVERIFY(stop->isEnabled());
    QVERIFY(env.setup->benchOutcome().startedAt.isValid());
    QVERIFY(env.setup->benchOutcome().stoppedAt.isNull()); // still running

    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(1, PhoneStage::Verified));
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(2, PhoneStage::Failed));
    Q_EMIT source.reportWritten(QStringLiteral("/state/bench-report.json"));
    // The running snapshot follows within a second or so.
    QTRY_COMPARE_WITH_TIMEOUT(env.setup->benchOutcome().phones.size(), 2, 5000);
    QCOMPARE(child<QLabel>(page, QStringLiteral("benchCounters"))->text(),
             QStringLiteral("2 detected · 0 working · 0 need you · 1 verified · 1 failed"));

    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(3, PhoneStage::Sip)); // lands just before the stop
    stop->click();
    QTRY_VERIFY_WITH_TIMEOUT(page.isComplete(), 5000);
    const BenchSetup::BenchOutcome &outcome = env.setup->benchOutcome();
    QCOMPARE(outcome.phones.size(), 3);
    QCOMPARE(outcome.phones.at(2).stage, PhoneStage::Sip);
    QCOMPARE(outcome.reportPath, QStringLiteral("/state/bench-report.json"));
    QVERIFY(outcome.stoppedAt.isValid());
    QVERIFY(outcome.stoppedAt >= outcome.startedAt);
    QVERIFY(start->isEnabled());
    QVERIFY(child<QLabel>(page, QStringLiteral("benchStatus"))->text().contains(QStringLiteral("Next")));
}

void TestBenchPage::detailsPaneFollowsSelection()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    page.model()->setFlushInterval(10);
    PhoneRecord stuck = FakeBenchEventSource::phone(1, PhoneStage::TrustList, QStringLiteral("7961"));
    stuck.serial = QStringLiteral("FCH1234ABCD");
    stuck.history.last().note = QStringLiteral("CTLSEP001E4A000001.tlv");
    stuck.cause = Error(ErrorCode::PhoneTrustListPresent, QStringLiteral("asked for signed files 3 times"));
    stuck.fix = PhoneFix::EraseTrustList;
    stuck.fixDetail = QStringLiteral("**#");
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(0, PhoneStage::Config));
    Q_EMIT source.phoneChanged(stuck);
    Q_EMIT source.transferEnded(stuck.mac, QStringLiteral("CTLSEP001E4A000001.tlv"), 0, 0,
                                Error(ErrorCode::FileNotFound));
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 5000);
    BenchPhoneDetails *details = page.details();
    QVERIFY(details->summaryText().contains(QStringLiteral("Select a phone")));

    auto *table = child<QTableView>(page, QStringLiteral("phoneTable"));
    table->setCurrentIndex(page.filter()->mapFromSource(page.model()->index(1, 0)));
    QCOMPARE(details->mac(), stuck.mac);
    QVERIFY(details->summaryText().contains(QStringLiteral("00:1e:4a:00:00:01")));
    QVERIFY(details->summaryText().contains(QStringLiteral("FCH1234ABCD")));
    QVERIFY(details->logText().contains(QStringLiteral("trust-list (CTLSEP001E4A000001.tlv)")));
    QVERIFY(details->logText().contains(QStringLiteral("does not serve")));
    QVERIFY(details->explanation()->isVisibleTo(&page));
    // The explanation is the phone's own: its model's name and menu path, not the code's general text.
    QCOMPARE(details->explanation()->message().what, ErrorMessages::forPhone(stuck, &env.setup->catalog()).what);
    QVERIFY2(details->explanation()->message().what.contains(QStringLiteral("7961")),
             qPrintable(details->explanation()->message().what));
    QVERIFY(details->explanation()->message().fix.contains(QStringLiteral("**#")));
    QVERIFY(details->explanation()->message().detail.contains(QStringLiteral("erase-trust-list **#")));

    // New events for the selected phone reach the pane on the next flush; others' do not touch it.
    Q_EMIT source.transferEnded(stuck.mac, QStringLiteral("SEP001E4A000001.cnf.xml"), 4096, 20, Error());
    QTRY_VERIFY_WITH_TIMEOUT(details->logText().contains(QStringLiteral("Sent SEP001E4A000001.cnf.xml")), 5000);
    table->setCurrentIndex(page.filter()->mapFromSource(page.model()->index(0, 0)));
    QVERIFY(!details->explanation()->isVisibleTo(&page));
    QVERIFY(!details->logText().contains(QStringLiteral("cnf.xml")));
}

void TestBenchPage::trustListGuideOpensBesideTable()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    page.show();
    QVERIFY(!page.isGuideShown());
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(4, PhoneStage::Config, QStringLiteral("7961")));
    page.model()->flush();
    QVERIFY(!page.isGuideShown());
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(4, PhoneStage::TrustList, QStringLiteral("7961")));
    page.model()->flush();
    QVERIFY(page.isGuideShown());
    QCOMPARE(page.guide()->currentModelId(), QStringLiteral("7961"));
    QVERIFY(page.guide()->drawingCount() >= 2);
    QVERIFY(page.guide()->steps().join(QLatin1Char('\n')).contains(QStringLiteral("**#")));
    QVERIFY(child<QLabel>(page, QStringLiteral("guideTitle"))->text().contains(QStringLiteral("00:1e:4a:00:00:04")));
    // The guide is page 5's own widget, not a copy.
    QCOMPARE(page.findChildren<TrustListGuide *>().size(), 1);

    child<QToolButton>(page, QStringLiteral("hideGuideButton"))->click();
    QVERIFY(!page.isGuideShown());
    // Another phone getting stuck opens it again, for its model.
    Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(5, PhoneStage::TrustList, QStringLiteral("7942")));
    page.model()->flush();
    QVERIFY(page.isGuideShown());
    QCOMPARE(page.guide()->currentModelId(), QStringLiteral("7942"));
}

void TestBenchPage::filterControls()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    const QList<PhoneStage> stages{PhoneStage::Firmware, PhoneStage::Verified, PhoneStage::Idle, PhoneStage::Failed};
    for (int i = 0; i < stages.size(); ++i)
        Q_EMIT source.phoneChanged(FakeBenchEventSource::phone(i, stages.at(i)));
    page.model()->flush();
    auto *table = child<QTableView>(page, QStringLiteral("phoneTable"));
    auto *group = child<QComboBox>(page, QStringLiteral("groupFilter"));
    auto *search = child<QLineEdit>(page, QStringLiteral("searchFilter"));
    QCOMPARE(table->model()->rowCount(), 4);
    group->setCurrentIndex(group->findData(int(BenchPhoneFilterModel::Group::Attention)));
    QCOMPARE(page.filter()->group(), BenchPhoneFilterModel::Group::Attention);
    QCOMPARE(table->model()->rowCount(), 2);
    search->setText(QStringLiteral("00:00:03"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, int(BenchPhoneModel::Column::Stage)).data().toString(), QStringLiteral("failed"));
    group->setCurrentIndex(group->findData(int(BenchPhoneFilterModel::Group::All)));
    search->clear();
    QCOMPARE(table->model()->rowCount(), 4);
    QVERIFY(!group->accessibleName().isEmpty());
    QVERIFY(!search->accessibleName().isEmpty());
    QVERIFY(!table->accessibleName().isEmpty());
}

void TestBenchPage::restartStopsThenStarts()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    page.startBench();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Running, 5000);
    child<QPushButton>(page, QStringLiteral("restartButton"))->click();
    QCOMPARE(source.stopCalls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(source.startCalls, 2, 5000);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Running, 5000);
}

void TestBenchPage::leavingBackwardsStops()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    page.startBench();
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Running, 5000);
    page.cleanupPage(); // QWizard calls it on Back
    QCOMPARE(source.stopCalls, 1);
    QTRY_COMPARE_WITH_TIMEOUT(source.state(), BenchEventSource::State::Idle, 5000);
}

void TestBenchPage::errorsExplained_data()
{
    QTest::addColumn<Error>("error");
    QTest::addColumn<int>("port"); // 0: not a bind failure
    // The port is a typed field of the error (core/net sets it), never read back from the detail.
    QTest::newRow("TFTP port busy") << Error(ErrorCode::PortInUse,
                                             QStringLiteral("bind 0.0.0.0:69: Address already in use; held by "
                                                            "in.tftpd (pid 4)"))
                                           .withPort(69, QStringLiteral("in.tftpd (pid 4)"))
                                    << 69;
    QTest::newRow("DHCP port needs rights")
        << Error(ErrorCode::PortNeedsPrivileges, QStringLiteral("bind 10.231.0.1:67 on eth0: Permission denied"))
               .withPort(67)
        << 67;
    QTest::newRow("card gone") << Error(ErrorCode::InterfaceNotFound, QStringLiteral("eth9")) << 0;
    QTest::newRow("keychain, from a fake") << Error(ErrorCode::KeychainUnavailable) << 0;
}

void TestBenchPage::errorsExplained()
{
    QFETCH(Error, error);
    QFETCH(int, port);
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    page.startBench();
    source.failStart(error);
    const auto *panel = page.findChild<ErrorPanel *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(panel);
    QVERIFY(panel->isVisibleTo(&page));
    const ErrorMessage expected = port ? ErrorMessages::forBind(error, quint16(port)) : ErrorMessages::forError(error);
    QCOMPARE(panel->message().what, expected.what);
    QCOMPARE(panel->message().fix, expected.fix);
    QVERIFY(page.isComplete());
    // Only the real controller can start without the keychain's passwords.
    QVERIFY(!child<QPushButton>(page, QStringLiteral("withoutPasswordsButton"))->isVisibleTo(&page));
    page.startBench(); // trying again clears the old message
    QVERIFY(!panel->isVisibleTo(&page));
}

void TestBenchPage::benchWideWarningShown()
{
    GuiTestSetup env;
    BenchPage page(env.setup.get());
    FakeBenchEventSource source;
    page.setEventSource(&source);
    auto *warning = child<QLabel>(page, QStringLiteral("benchWarning"));
    Q_EMIT source.warning(Error(ErrorCode::PhoneConfigRefused), *MacAddress::parse(u"001E4A000001")); // a phone's
    QVERIFY(!warning->isVisibleTo(&page));
    const Error foreign(ErrorCode::DhcpForeignServer, QStringLiteral("10.231.0.254"));
    Q_EMIT source.warning(foreign, MacAddress());
    QVERIFY(warning->isVisibleTo(&page));
    QCOMPARE(warning->text(), ErrorMessages::forError(foreign).what);
}

void TestBenchPage::isTheWizardsBenchPage()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    auto *page = qobject_cast<BenchPage *>(wizard.page(BenchWizard::BenchPageId));
    QVERIFY(page);
    QCOMPARE(page->eventSource(), page->controller());
    PbxSettings pbx = env.setup->pbxSettings();
    pbx.phoneRouter = u"192.168.1.1"_qs;
    pbx.phoneDnsServer = u"192.168.1.53"_qs;
    env.setup->setPbxSettings(pbx);
    const BenchConfig config = page->controller()->config();
    QCOMPARE(config.stateDirectory, env.setup->stateDirectory());
    QCOMPARE(config.firmwareLibrary, env.setup->firmwareLibrary().root());
    // The PBX page's router and DNS server become DHCP options 3 and 6.
    QCOMPARE(config.routers, QList<QHostAddress>{QHostAddress(u"192.168.1.1"_qs)});
    QCOMPARE(config.dnsServers, QList<QHostAddress>{QHostAddress(u"192.168.1.53"_qs)});
}

void TestBenchPage::passwordsReadBeforeStart()
{
    GuiTestSetup env;
    QTemporaryDir state;
    InMemoryCredentialStore store;
    env.setup->setCredentialStore(&store);
    const MacAddress mac = *MacAddress::parse(QStringLiteral("00:1e:4a:00:00:07"));
    PhoneInventory inventory = oneLineInventory(mac);
    PhoneLine second;
    second.extension = QStringLiteral("202"); // no stored password: goes without one
    PhoneInventoryEntry entry = *inventory.find(mac);
    entry.lines.insert(2, second);
    inventory.insert(entry);
    env.setup->setInventory(inventory);
    env.setup->setNetworkChoice(
        {QStringLiteral("eth7"), false, QStringLiteral("10.231.0.50"), QStringLiteral("10.231.0.99"), 30, true});
    CredentialJob *write = store.write(CredentialStore::lineKey(mac, 1), QStringLiteral("s3cret"), this);
    // Line 2 has no stored password: the job says so in the log, and the line goes without one.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SEP001E4A000007/line2 failed")));
    QSignalSpy written(write, &CredentialJob::finished);
    write->start();
    QVERIFY(written.wait(5000));

    BenchPage page(env.setup.get());
    BenchController *controller = page.controller();
    // Without passwords, and the choices of pages 2 and 4.
    const BenchConfig planned = controller->config();
    QCOMPARE(planned.interfaceName, QStringLiteral("eth7"));
    QCOMPARE(planned.poolFirst, QHostAddress(QStringLiteral("10.231.0.50")));
    QCOMPARE(planned.leaseTimeSecs, 30 * 60);
    QVERIFY(planned.allowForeignDhcp);
    QVERIFY(planned.dhcpEnabled);
    QCOMPARE(planned.inventory.find(mac)->lines.value(1).password, QString());

    BenchConfig used;
    controller->setConfigTuner([&](BenchConfig &config) {
        used = config;
        loopback(config, state.path());
    });
    page.startBench();
    QCOMPARE(controller->state(), BenchEventSource::State::Starting);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), BenchEventSource::State::Running, kSessionMs);
    QCOMPARE(used.inventory.find(mac)->lines.value(1).password, QStringLiteral("s3cret"));
    QCOMPARE(used.inventory.find(mac)->lines.value(2).password, QString());
    QCOMPARE(env.setup->inventory().find(mac)->lines.value(1).password, QString()); // the setup keeps none
    page.stopBench();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), BenchEventSource::State::Idle, kSessionMs);
}

void TestBenchPage::keychainFailureRefusesUntilChosen()
{
    GuiTestSetup env;
    QTemporaryDir state;
    InMemoryCredentialStore store;
    store.setUnavailable(true);
    env.setup->setCredentialStore(&store);
    const MacAddress mac = *MacAddress::parse(QStringLiteral("00:1e:4a:00:00:08"));
    env.setup->setInventory(oneLineInventory(mac));
    BenchPage page(env.setup.get());
    BenchController *controller = page.controller();
    int launches = 0;
    controller->setConfigTuner([&](BenchConfig &config) {
        ++launches;
        loopback(config, state.path());
    });
    QSignalSpy errors(controller, &BenchEventSource::error);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SEP001E4A000008/line1 failed")));
    child<QPushButton>(page, QStringLiteral("startButton"))->click();
    QVERIFY(errors.wait(5000));
    QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(launches, 0); // refused: no session was built
    QCOMPARE(controller->state(), BenchEventSource::State::Idle);
    const auto *panel = page.findChild<ErrorPanel *>(QString(), Qt::FindDirectChildrenOnly);
    QCOMPARE(panel->message().what, ErrorMessages::forError(Error(ErrorCode::KeychainUnavailable)).what);
    auto *without = child<QPushButton>(page, QStringLiteral("withoutPasswordsButton"));
    QVERIFY(without->isVisibleTo(&page));

    // The technician chooses to go on without the passwords.
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("SEP001E4A000008/line1 failed")));
    without->click();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), BenchEventSource::State::Running, kSessionMs);
    QCOMPARE(launches, 1);
    QVERIFY(!without->isVisibleTo(&page));
    QVERIFY(!panel->isVisibleTo(&page));
    page.stopBench();
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), BenchEventSource::State::Idle, kSessionMs);
    // The choice holds for this visit of the page only.
    page.initializePage();
    QVERIFY(!controller->runsWithoutPasswords());
}

void TestBenchPage::realSessionStopsWithoutFreezing()
{
    GuiTestSetup env;
    QTemporaryDir state;
    BenchPage page(env.setup.get());
    BenchController *controller = page.controller();
    controller->setConfigTuner([&](BenchConfig &config) { loopback(config, state.path()); });
    QSignalSpy started(controller, &BenchEventSource::started);
    QSignalSpy stopped(controller, &BenchEventSource::stopped);
    QSignalSpy reports(controller, &BenchEventSource::reportWritten);
    page.startBench();
    QVERIFY(started.wait(kSessionMs));
    QCOMPARE(controller->findChildren<QThread *>().size(), 1);
    QVERIFY(!page.isComplete());

    // stop() only asks: the session stops on its own thread and the answer comes through the event loop.
    page.stopBench();
    QCOMPARE(controller->state(), BenchEventSource::State::Stopping);
    QCOMPARE(stopped.size(), 0);
    QCOMPARE(controller->findChildren<QThread *>().size(), 1);
    QVERIFY(stopped.wait(kSessionMs));
    QCOMPARE(controller->state(), BenchEventSource::State::Idle);
    QVERIFY(page.isComplete());
    QTRY_COMPARE_WITH_TIMEOUT(controller->findChildren<QThread *>().size(), 0, 5000); // the thread is gone
    QCOMPARE(reports.size(), 1); // the session wrote its report on stop
    QCOMPARE(env.setup->benchOutcome().reportPath, reports.at(0).at(0).toString());
    QVERIFY(QFile::exists(env.setup->benchOutcome().reportPath));

    // And it starts again.
    page.startBench();
    QVERIFY(started.wait(kSessionMs));
    page.stopBench();
    QVERIFY(stopped.wait(kSessionMs));
}

void TestBenchPage::busyPortRefusesStart()
{
    GuiTestSetup env;
    QTemporaryDir state;
    QUdpSocket holder;
    QVERIFY(holder.bind(QHostAddress::LocalHost, 0));
    BenchPage page(env.setup.get());
    BenchController *controller = page.controller();
    controller->setConfigTuner([&](BenchConfig &config) {
        loopback(config, state.path());
        config.tftpPort = holder.localPort();
    });
    QSignalSpy errors(controller, &BenchEventSource::error);
    QSignalSpy stopped(controller, &BenchEventSource::stopped);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("bench stopped: .*PortInUse")));
    page.startBench();
    QVERIFY(errors.wait(kSessionMs));
    QCOMPARE(errors.at(0).at(0).value<Error>().code(), ErrorCode::PortInUse);
    QTRY_COMPARE_WITH_TIMEOUT(controller->state(), BenchEventSource::State::Idle, kSessionMs);
    QTRY_COMPARE_WITH_TIMEOUT(controller->findChildren<QThread *>().size(), 0, 5000);
    QCOMPARE(stopped.size(), 0); // it never ran
    const auto *panel = page.findChild<ErrorPanel *>(QString(), Qt::FindDirectChildrenOnly);
    QVERIFY(panel->message().what.contains(QString::number(holder.localPort())));
    QVERIFY(page.isComplete());
}

void TestBenchPage::stuckSessionStillStops()
{
    GuiTestSetup env;
    QTemporaryDir state;
    BenchPage page(env.setup.get());
    BenchController *controller = page.controller();
    controller->setConfigTuner([&](BenchConfig &config) { loopback(config, state.path()); });
    controller->setStopTimeoutMs(300);
    QSignalSpy started(controller, &BenchEventSource::started);
    QSignalSpy stopped(controller, &BenchEventSource::stopped);
    page.startBench();
    QVERIFY(started.wait(kSessionMs));
    const QPointer<QThread> worker = controller->findChild<QThread *>();
    QVERIFY(worker);
    // Something on the bench thread hangs: the session cannot answer the stop for two seconds.
    auto *hang = new QObject;
    hang->moveToThread(worker);
    connect(worker, &QThread::finished, hang, &QObject::deleteLater);
    QMetaObject::invokeMethod(
        hang, [] { QThread::msleep(2000); }, Qt::QueuedConnection);

    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("did not confirm its stop in time")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("does not end; leaving it behind")));
    QElapsedTimer elapsed;
    elapsed.start();
    page.stopBench();
    QVERIFY(stopped.wait(kSessionMs));
    QVERIFY2(elapsed.elapsed() < 1900, qPrintable(QString::number(elapsed.elapsed()))); // did not wait for it
    QCOMPARE(controller->state(), BenchEventSource::State::Idle);
    QVERIFY(page.isComplete());
    // Once the hang is over, the abandoned thread ends and deletes itself.
    QTRY_VERIFY_WITH_TIMEOUT(worker.isNull(), kSessionMs);
}

void TestBenchPage::closingWhileRunningStopsTheBench()
{
    GuiTestSetup env;
    QTemporaryDir state;
    auto page = std::make_unique<BenchPage>(env.setup.get());
    page->controller()->setConfigTuner([&](BenchConfig &config) { loopback(config, state.path()); });
    QSignalSpy started(page->controller(), &BenchEventSource::started);
    page->startBench();
    QVERIFY(started.wait(kSessionMs));
    const QString report = QDir(state.path()).filePath(QStringLiteral("bench-report.json"));
    QFile::remove(report);
    page.reset(); // the window closes with the bench running: the session still stops and writes its report
    QVERIFY(QFile::exists(report));
}

QTEST_MAIN(TestBenchPage)
#include "tst_benchpage.moc"
