#include "tests/gui/guitestsetup.h"
#include "ui/pages/networkpage.h"
#include "ui/wizard/benchwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QUdpSocket>

namespace {

NetworkInterfaceInfo card(const QString &name, const QString &address, bool wireless, bool running = true)
{
    NetworkInterfaceInfo info;
    info.name = name;
    info.humanReadable = name;
    info.ipv4 = address.isEmpty() ? QHostAddress() : QHostAddress(address);
    info.prefixLength = address.isEmpty() ? -1 : 24;
    info.up = true;
    info.running = running;
    info.wireless = wireless;
    return info;
}

} // namespace

class TestNetworkPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { QSettings().clear(); }
    void wiredCardsComeFirstAndOthersAreFlagged();
    void poolIsValidated_data();
    void poolIsValidated();
    void foreignServerBlocksUntilOverride();
    void changingTheCardScansAgain();
    void existingServerSkipsTheScan();
    void prepareOnlyNeedsNoScan();

private:
    struct Env
    {
        GuiTestSetup base;
        QUdpSocket foreign; // a "DHCP server" on loopback that answers every DISCOVER
        quint16 silentPort = 0;
        Env();
    };
    static NetworkPage *open(BenchWizard &wizard);
    static bool scan(NetworkPage *page);
};

TestNetworkPage::Env::Env()
{
    base.setup->setInterfaceLister([] {
        return QList<NetworkInterfaceInfo>{card(QStringLiteral("wlan0"), QStringLiteral("192.168.1.20"), true),
                                           card(QStringLiteral("usb0"), QString(), false, false),
                                           card(QStringLiteral("eth0"), QStringLiteral("10.231.0.1"), false)};
    });
    // Nobody listens on this port: the scan there finds nothing.
    QUdpSocket probe;
    probe.bind(QHostAddress::LocalHost, 0);
    silentPort = probe.localPort();
    base.setup->setProbeTuner([this](DhcpForeignProbe::Config &config) {
        config.interface.clear();
        config.bindAddress = QHostAddress::LocalHost;
        config.target = QHostAddress::LocalHost;
        config.serverPort = silentPort;
        config.clientPort = 0;
        config.retransmitMs = 100;
        config.listenAfterLastMs = 300;
    });
}

NetworkPage *TestNetworkPage::open(BenchWizard &wizard)
{
    GuiTestSetup::openAt(wizard, BenchWizard::NetworkPageId);
    return qobject_cast<NetworkPage *>(wizard.currentPage());
}

bool TestNetworkPage::scan(NetworkPage *page)
{
    QSignalSpy finished(page, &NetworkPage::scanFinished);
    page->startScan();
    return page->isScanning() && !page->isComplete() && finished.wait(5000) && page->isComplete();
}

void TestNetworkPage::wiredCardsComeFirstAndOthersAreFlagged()
{
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    auto *combo = page->findChild<QComboBox *>(QStringLiteral("cardCombo"));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->itemData(0).toString(), QStringLiteral("eth0"));
    QCOMPARE(combo->itemData(2).toString(), QStringLiteral("wlan0"));
    auto *note = page->findChild<QLabel *>(QStringLiteral("cardNote"));
    QVERIFY(!note->isVisible());

    combo->setCurrentIndex(2);
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Wi-Fi")));

    combo->setCurrentIndex(1); // usb0: no address
    QVERIFY(note->text().contains(QStringLiteral("no IPv4 address")));
    QVERIFY(!page->validatePage());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("refusal"))->text().contains(QStringLiteral("no IPv4")));
}

void TestNetworkPage::poolIsValidated_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<QString>("refusal"); // empty: accepted
    QTest::newRow("automatic") << QString() << QString() << QString();
    QTest::newRow("good range") << QStringLiteral("10.231.0.100") << QStringLiteral("10.231.0.150") << QString();
    QTest::newRow("reversed") << QStringLiteral("10.231.0.150") << QStringLiteral("10.231.0.100")
                              << QStringLiteral("must not come after");
    QTest::newRow("other subnet") << QStringLiteral("10.1.1.1") << QStringLiteral("10.1.1.9")
                                  << QStringLiteral("10.231.0.0/24");
    QTest::newRow("not an address") << QStringLiteral("10.231.0.x") << QStringLiteral("10.231.0.9")
                                    << QStringLiteral("IPv4");
    QTest::newRow("half filled") << QStringLiteral("10.231.0.10") << QString() << QStringLiteral("IPv4");
}

void TestNetworkPage::poolIsValidated()
{
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(QString, refusal);
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    wizard.setField(QStringLiteral("poolFirst"), first);
    wizard.setField(QStringLiteral("poolLast"), last);
    wizard.setField(QStringLiteral("leaseMinutes"), 30);
    auto *refusalLabel = page->findChild<QLabel *>(QStringLiteral("refusal"));
    QVERIFY(!page->validatePage()); // not scanned yet
    QVERIFY(refusalLabel->text().contains(QStringLiteral("Scan")) || !refusal.isEmpty());
    QVERIFY(scan(page));
    QCOMPARE(page->validatePage(), refusal.isEmpty());
    if (!refusal.isEmpty()) {
        QVERIFY2(refusalLabel->text().contains(refusal), qPrintable(refusalLabel->text()));
        return;
    }
    const DhcpServerConfig config = env.base.setup->dhcpServerConfig();
    QCOMPARE(config.interface, QStringLiteral("eth0"));
    QCOMPARE(config.leaseTimeSecs, 30 * 60);
    QCOMPARE(config.poolFirst, first.isEmpty() ? QHostAddress() : QHostAddress(first));
    QVERIFY(!config.allowForeignServer);
}

void TestNetworkPage::foreignServerBlocksUntilOverride()
{
    Env env;
    // Answer each DISCOVER with an OFFER-shaped reply: BOOTREPLY, same xid, option 53 = 2, server id.
    QVERIFY(env.foreign.bind(QHostAddress::LocalHost, 0));
    env.silentPort = env.foreign.localPort();
    connect(&env.foreign, &QUdpSocket::readyRead, &env.foreign, [&env] {
        while (env.foreign.hasPendingDatagrams()) {
            QHostAddress from;
            quint16 port = 0;
            QByteArray request(int(env.foreign.pendingDatagramSize()), 0);
            env.foreign.readDatagram(request.data(), request.size(), &from, &port);
            if (request.size() < 240)
                continue;
            QByteArray reply = request.left(240);
            reply[0] = 2;                                          // BOOTREPLY
            reply.replace(16, 4, QByteArray::fromHex("0ae70064")); // yiaddr 10.231.0.100
            reply.replace(20, 4, QByteArray::fromHex("0ae700fe")); // siaddr
            reply += QByteArray::fromHex("350102"
                                         "36040ae700fe"
                                         "ff");
            env.foreign.writeDatagram(reply, from, port);
        }
    });
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    QVERIFY(scan(page));
    QCOMPARE(page->foreignServers().size(), 1);
    auto *result = page->findChild<QLabel *>(QStringLiteral("scanResult"));
    QVERIFY(result->text().contains(QStringLiteral("10.231.0.254")));
    QVERIFY(!page->validatePage());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("refusal"))->text().contains(QStringLiteral("Serve anyway")));
    auto *override = page->findChild<QCheckBox *>(QStringLiteral("overrideForeign"));
    QVERIFY(override->isVisible());
    wizard.setField(QStringLiteral("overrideForeignDhcp"), true);
    QVERIFY(page->validatePage());
    QVERIFY(env.base.setup->dhcpServerConfig().allowForeignServer);
}

void TestNetworkPage::changingTheCardScansAgain()
{
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    QSignalSpy finished(page, &NetworkPage::scanFinished);
    QVERIFY(page->isScanning()); // the page scans its first card on its own
    QVERIFY(finished.wait(5000));
    auto *progress = page->findChild<QProgressBar *>(QStringLiteral("scanProgress"));
    QVERIFY(progress);
    QSignalSpy advanced(progress, &QProgressBar::valueChanged);
    // Another card with an address is another network: asked again, with progress while it listens.
    page->findChild<QComboBox *>(QStringLiteral("cardCombo"))->setCurrentIndex(2);
    QVERIFY(page->isScanning());
    QVERIFY(!page->isComplete());
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), env.base.setup->foreignProbeConfig(NetworkInterfaceInfo()).totalMs());
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 2);
    QVERIFY(!advanced.isEmpty());
    QVERIFY(!progress->isVisible());
    QVERIFY(page->isComplete());
}

void TestNetworkPage::existingServerSkipsTheScan()
{
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    wizard.setField(QStringLiteral("useExistingDhcp"), true);
    QVERIFY(page->validatePage());
    QVERIFY(env.base.setup->networkChoice().useExistingDhcp);
    wizard.saveState();
    GuiTestSetup again;
    BenchWizard restored(again.setup.get(), QString());
    QVERIFY(again.setup->networkChoice().useExistingDhcp);
    QCOMPARE(again.setup->networkChoice().interfaceName, QStringLiteral("eth0"));
}

void TestNetworkPage::prepareOnlyNeedsNoScan()
{
    Env env;
    // Without privileges the scan cannot bind its port; preparing firmware and lines must still be possible.
    env.base.setup->setProbeTuner([](DhcpForeignProbe::Config &config) {
        config.interface = QStringLiteral("no-such-card0");
        config.retransmitMs = 100;
        config.listenAfterLastMs = 200;
    });
    BenchWizard wizard(env.base.setup.get(), QString());
    NetworkPage *page = open(wizard);
    if (page->isScanning()) {
        QSignalSpy finished(page, &NetworkPage::scanFinished);
        QVERIFY(finished.wait(5000));
    }
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("scanResult"))->text().contains(QStringLiteral("could not run")));
    QVERIFY(!page->validatePage());
    wizard.setField(QStringLiteral("prepareOnly"), true);
    QVERIFY(page->validatePage());
}

QTEST_MAIN(TestNetworkPage)
#include "tst_networkpage.moc"
