// The Bench page fed by a real BenchSession (BenchController, its worker thread, our DHCP and TFTP servers, the
// phones' web pages) in the server namespace of a bridge, against sccp2sip-phonesim phones in their own
// namespaces: the rows move to `verified`, the stuck one opens the trust-list guide and goes on once its trust
// list is erased, and Stop leaves the outcome for the Report page.
#include "tests/gui/guitestsetup.h"
#include "tests/support/benchlibrary.h"
#include "tests/support/netnsfixture.h"
#include "tests/support/phonesimprocess.h"
#include "ui/bench/benchcontroller.h"
#include "ui/models/benchphonemodel.h"
#include "ui/pages/benchpage.h"
#include "ui/widgets/trustlistguide.h"
#include "ui/wizard/benchwizard.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

constexpr int kConvertMs = 150000; // generous: two cores shared by several builds

QString stageOf(const BenchPage &page, const QString &mac)
{
    const int row = page.model()->rowOf(*MacAddress::parse(mac));
    if (row < 0)
        return {};
    return page.model()->index(row, int(BenchPhoneModel::Column::Stage)).data().toString();
}

} // namespace

class TestBenchPageLive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void phonesReachVerified();
};

void TestBenchPageLive::phonesReachVerified()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture::Options options;
    options.phoneMacs = QStringList{QStringLiteral("00:1e:4a:71:00:01"), QStringLiteral("00:1e:4a:71:00:02"),
                                    QStringLiteral("00:1e:4a:71:00:03")};
    NetnsFixture net(options);
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    // Servers created from here on (the controller's thread too) bind inside the server namespace.
    QVERIFY2(net.enterServerNamespace(), qPrintable(net.lastError()));

    GuiTestSetup env;
    QString failure;
    QVERIFY2(BenchLibrary::build(
                 env.setup->firmwareLibrary().root(),
                 {SyntheticBundle::sip(QStringLiteral("41")), SyntheticBundle::sip(QStringLiteral("42"))}, &failure),
             qPrintable(failure));
    QVERIFY(env.setup->reloadFirmware().ok());
    BenchWizard wizard(env.setup.get(), QString());
    // After the wizard: it restores the remembered (here: no) choices when it is built.
    BenchSetup::NetworkChoice network;
    network.interfaceName = net.bridgeInterface();
    network.poolFirst = QStringLiteral("10.231.0.50");
    network.poolLast = QStringLiteral("10.231.0.150");
    env.setup->setNetworkChoice(network);
    PbxSettings pbx = env.setup->pbxSettings();
    pbx.host = net.serverAddress();
    env.setup->setPbxSettings(pbx);

    GuiTestSetup::openAt(wizard, BenchWizard::BenchPageId);
    auto *page = qobject_cast<BenchPage *>(wizard.currentPage());
    QVERIFY(page);
    QSignalSpy errors(page->controller(), &BenchEventSource::error);
    page->startBench();
    QTRY_VERIFY_WITH_TIMEOUT(page->controller()->state() == BenchEventSource::State::Running || !errors.isEmpty(),
                             30000);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).value<Error>().toLogString()));

    PhoneSimProcess phone0(
        net, 0,
        {QStringLiteral("--model"), QStringLiteral("7941"), QStringLiteral("--load"), QStringLiteral("SCCP41.8-5-2S")});
    PhoneSimProcess phone1(
        net, 1,
        {QStringLiteral("--model"), QStringLiteral("7942"), QStringLiteral("--load"), QStringLiteral("SCCP42.8-5-2S")});
    PhoneSimProcess stuck(net, 2,
                          {QStringLiteral("--model"), QStringLiteral("7961"), QStringLiteral("--trust-list"),
                           QStringLiteral("--retry-ms"), QStringLiteral("300")});
    const auto describe = [&]() -> QString { // not auto: a QStringBuilder would outlive its parts
        QStringList lines;
        for (int i = 0; i < 3; ++i)
            lines << options.phoneMacs.at(i) + QLatin1Char(' ') + stageOf(*page, options.phoneMacs.at(i));
        return lines.join(QLatin1Char('\n')) + QStringLiteral("\nstuck phone: ") + stuck.describe();
    };

    // The stuck phone opens the guide for its model beside the table, and goes on once its list is erased.
    QTRY_VERIFY2_WITH_TIMEOUT(stageOf(*page, options.phoneMacs.at(2)) == QLatin1String("trust-list"),
                              qPrintable(describe()), kConvertMs);
    QTRY_VERIFY_WITH_TIMEOUT(page->isGuideShown(), 5000); // on the model's next flush
    QCOMPARE(page->guide()->currentModelId(), QStringLiteral("7961"));
    stuck.send(QStringLiteral("erase-trust-list"));

    for (const QString &mac : options.phoneMacs)
        QTRY_VERIFY2_WITH_TIMEOUT(stageOf(*page, mac) == QLatin1String("verified"), qPrintable(describe()), kConvertMs);
    QCOMPARE(page->model()->rowCount(), 3);
    // The counters follow on the next flush.
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->counters().verified, 3, 5000);
    QCOMPARE(page->model()->counters().detected, 3);
    const int row = page->model()->rowOf(*MacAddress::parse(options.phoneMacs.at(1)));
    QCOMPARE(page->model()->index(row, int(BenchPhoneModel::Column::Model)).data().toString(), QStringLiteral("7942"));
    QVERIFY(page->model()
                ->index(row, int(BenchPhoneModel::Column::Address))
                .data()
                .toString()
                .startsWith(QStringLiteral("10.231.0.")));
    QCOMPARE(page->model()->index(row, int(BenchPhoneModel::Column::Progress), {}).data(BenchPhoneModel::ProgressRole),
             QVariant(1000));
    QVERIFY(!page->model()->events(row).isEmpty()); // the files it was sent

    QSignalSpy stopped(page->controller(), &BenchEventSource::stopped);
    page->stopBench();
    QVERIFY(stopped.wait(30000));
    QVERIFY(page->isComplete());
    const BenchSetup::BenchOutcome &outcome = env.setup->benchOutcome();
    QCOMPARE(outcome.phones.size(), 3);
    for (const PhoneRecord &record : outcome.phones) {
        QCOMPARE(record.stage, PhoneStage::Verified);
        QVERIFY(record.newLoad.startsWith(QStringLiteral("SIP4")));
    }
    QVERIFY(outcome.stoppedAt.isValid());
    QVERIFY2(QFile::exists(outcome.reportPath), qPrintable(outcome.reportPath));
    QVERIFY(errors.isEmpty());
}

QTEST_MAIN(TestBenchPageLive)
#include "tst_benchpagelive.moc"
