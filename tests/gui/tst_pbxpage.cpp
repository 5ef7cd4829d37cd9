#include "core/credentials/credentialstore.h"
#include "tests/gui/guitestsetup.h"
#include "tests/support/inmemorycredentialstore.h"
#include "ui/models/inventorytablemodel.h"
#include "ui/pages/pbxpage.h"
#include "ui/widgets/errorpanel.h"
#include "ui/wizard/benchwizard.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>

using Column = InventoryTableModel::Column;

class TestPbxPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { QSettings().clear(); }
    void badPbxSettingsAreRefused_data();
    void badPbxSettingsAreRefused();
    void badRowsAreMarkedAndRefused_data();
    void badRowsAreMarkedAndRefused();
    void passwordsGoOnlyToTheKeychain();
    void passwordsComeBackFromTheKeychain();
    void unavailableKeychainExplainsItself();
    void csvImportAndExport();
    void brokenCsvExplainsItself();

private:
    struct Env
    {
        GuiTestSetup base;
        InMemoryCredentialStore store;
        Env() { base.setup->setCredentialStore(&store); }
    };
    static PbxPage *open(BenchWizard &wizard);
    static void fillRow(InventoryTableModel *model, int row, const QStringList &values);
};

PbxPage *TestPbxPage::open(BenchWizard &wizard)
{
    GuiTestSetup::openAt(wizard, BenchWizard::PbxPageId);
    return qobject_cast<PbxPage *>(wizard.currentPage());
}

void TestPbxPage::fillRow(InventoryTableModel *model, int row, const QStringList &values)
{
    for (int column = 0; column < values.size(); ++column) {
        if (!values.at(column).isNull())
            QVERIFY(model->setData(model->index(row, column), values.at(column)));
    }
}

void TestPbxPage::badPbxSettingsAreRefused_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("ntp");
    QTest::addColumn<QString>("router"); // the phones' router and DNS server get the same text
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no host") << QString() << QStringLiteral("10.0.0.1") << QString()
                             << QStringLiteral("PBX address: required") << false;
    QTest::newRow("host with spaces") << QStringLiteral("my pbx") << QStringLiteral("10.0.0.1") << QString()
                                      << QStringLiteral("PBX address") << false;
    // NTP problems only warn: the phones still work, with a wrong clock.
    QTest::newRow("bad ntp") << QStringLiteral("10.0.0.5") << QStringLiteral("ntp server!") << QString()
                             << QStringLiteral("NTP server") << true;
    QTest::newRow("no ntp") << QStringLiteral("10.0.0.5") << QString() << QString()
                            << QStringLiteral("NTP server: not set") << true;
    // DHCP options carry addresses only: a name would never reach the phones.
    QTest::newRow("router by name") << QStringLiteral("10.0.0.5") << QStringLiteral("10.0.0.1")
                                    << QStringLiteral("gateway.lan") << QStringLiteral("Router: not an IPv4 address")
                                    << false;
}

void TestPbxPage::badPbxSettingsAreRefused()
{
    QFETCH(QString, host);
    QFETCH(QString, ntp);
    QFETCH(QString, router);
    QFETCH(QString, expected);
    QFETCH(bool, accepted);
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    QVERIFY(page);
    wizard.setField(QStringLiteral("pbxHost"), host);
    wizard.setField(QStringLiteral("ntpServer"), ntp);
    page->findChild<QLineEdit *>(QStringLiteral("phoneRouter"))->setText(router);
    page->findChild<QLineEdit *>(QStringLiteral("phoneDnsServer"))->setText(router);
    fillRow(page->model(), page->model()->addRow(),
            {QStringLiteral("00:1c:58:d6:44:33"), QString(), QStringLiteral("201")});
    QCOMPARE(page->validatePage(), accepted);
    QVERIFY2(page->findChild<QLabel *>(QStringLiteral("pbxIssues"))->text().contains(expected),
             qPrintable(page->findChild<QLabel *>(QStringLiteral("pbxIssues"))->text()));
    QCOMPARE(page->findChild<QLabel *>(QStringLiteral("refusal"))->isVisible(), !accepted);
}

void TestPbxPage::badRowsAreMarkedAndRefused_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<int>("badColumn");
    QTest::newRow("bad mac") << QStringList{QStringLiteral("00:1c:58:zz"), QString(), QStringLiteral("201")}
                             << int(Column::Mac);
    QTest::newRow("no extension") << QStringList{QStringLiteral("001C58D64433"), QString(), QString()}
                                  << int(Column::Extension);
    QTest::newRow("label too long") << QStringList{QStringLiteral("001C58D64433"),
                                                   QString(),
                                                   QStringLiteral("201"),
                                                   QString(),
                                                   QString(),
                                                   QString(),
                                                   QStringLiteral("a label far longer than any phone shows")}
                                    << int(Column::Label);
}

void TestPbxPage::badRowsAreMarkedAndRefused()
{
    QFETCH(QStringList, row);
    QFETCH(int, badColumn);
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    wizard.setField(QStringLiteral("pbxHost"), QStringLiteral("10.0.0.5"));
    QVERIFY(!page->validatePage()); // no lines yet
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("refusal"))->text().contains(QStringLiteral("at least one")));
    fillRow(page->model(), page->model()->addRow(), row);
    const QModelIndex cell = page->model()->index(0, badColumn);
    QVERIFY(cell.data(InventoryTableModel::HasErrorRole).toBool());
    QVERIFY(!cell.data(Qt::ToolTipRole).toString().isEmpty());
    QVERIFY(cell.data(Qt::BackgroundRole).isValid());
    QVERIFY(!page->validatePage());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("refusal"))->text().contains(QStringLiteral("red")));
}

void TestPbxPage::passwordsGoOnlyToTheKeychain()
{
    Env env;
    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    wizard.setField(QStringLiteral("pbxHost"), QStringLiteral("pbx.example.com"));
    QSignalSpy idle(page, &PbxPage::keychainIdle);
    fillRow(page->model(), page->model()->addRow(),
            {QStringLiteral("00-1c-58-d6-44-33"), QStringLiteral("1"), QStringLiteral("201"), QString(),
             QStringLiteral("s3cretPw")});
    QVERIFY(!page->isComplete()); // Next waits for the keychain
    QVERIFY(idle.wait(5000));
    QVERIFY(page->isComplete());
    QCOMPARE(env.store.secrets().value(QStringLiteral("SEP001C58D64433/line1")), QStringLiteral("s3cretPw"));
    QCOMPARE(page->model()->index(0, int(Column::Password)).data().toString(), QString(8, QChar(0x2022)));

    const int following = wizard.nextId();
    wizard.next();
    QCOMPARE(wizard.currentId(), following);
    QCOMPARE(env.base.setup->pbxSettings().host, QStringLiteral("pbx.example.com"));
    QCOMPARE(env.base.setup->inventory().size(), 1);
    wizard.saveState();
    for (const QString &key : QSettings().allKeys())
        QVERIFY(!QSettings().value(key).toString().contains(QStringLiteral("s3cretPw")));
    QFile saved(env.base.setup->inventoryPath());
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray csv = saved.readAll();
    QVERIFY(csv.contains("201"));
    QVERIFY(!csv.contains("s3cretPw"));
}

void TestPbxPage::passwordsComeBackFromTheKeychain()
{
    Env env;
    PhoneInventory inventory;
    PhoneInventoryEntry entry;
    entry.mac = *MacAddress::parse(QStringLiteral("001C58D64433"));
    PhoneLine line;
    line.extension = QStringLiteral("202");
    entry.lines.insert(2, line);
    inventory.insert(entry);
    env.base.setup->setInventory(inventory);
    env.store.write(CredentialStore::lineKey(entry.mac, 2), QStringLiteral("fromKeychain"), &env.store)->start();
    QTRY_COMPARE_WITH_TIMEOUT(env.store.secrets().size(), 1, 5000);

    BenchWizard wizard(env.base.setup.get(), QString());
    QSignalSpy idle(qobject_cast<PbxPage *>(wizard.page(BenchWizard::PbxPageId)), &PbxPage::keychainIdle);
    PbxPage *page = open(wizard);
    QVERIFY(idle.wait(5000));
    QCOMPARE(page->model()->index(0, int(Column::Password)).data(Qt::EditRole).toString(),
             QStringLiteral("fromKeychain"));
}

void TestPbxPage::unavailableKeychainExplainsItself()
{
    Env env;
    env.store.setUnavailable(true);
    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    QSignalSpy idle(page, &PbxPage::keychainIdle);
    fillRow(page->model(), page->model()->addRow(),
            {QStringLiteral("001C58D64433"), QString(), QStringLiteral("201"), QString(), QStringLiteral("pw")});
    QVERIFY(idle.wait(5000));
    auto *panel = page->findChild<ErrorPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->message().what.contains(QStringLiteral("keychain")));
    QVERIFY(env.store.secrets().isEmpty());
}

void TestPbxPage::csvImportAndExport()
{
    Env env;
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("phones.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("mac,extension,password,label,room\n"
              "001C58D64433,201,pw201,Front,12\n"
              "001C58D64434,202,pw202,Back,14\n"
              "not-a-mac,203,pw203,Side,15\n");
    csv.close();

    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy imported(page, &PbxPage::csvImported);
    QSignalSpy idle(page, &PbxPage::keychainIdle);
    page->importCsv(csv.fileName());
    QVERIFY(imported.wait(5000));
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("status"))->text().contains(QStringLiteral("File line 4")));
    QVERIFY(idle.count() > 0 || idle.wait(5000));
    QCOMPARE(env.store.secrets().value(QStringLiteral("SEP001C58D64434/line1")), QStringLiteral("pw202"));

    QSignalSpy exported(page, &PbxPage::csvExported);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    page->exportCsv(out);
    QVERIFY(exported.wait(5000));
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QByteArray text = written.readAll();
    QVERIFY(text.contains("201") && text.contains("Back"));
    QVERIFY(text.contains("room")); // unknown columns survive the round trip
    QVERIFY(!text.contains("pw20"));
}

void TestPbxPage::brokenCsvExplainsItself()
{
    Env env;
    QTemporaryDir dir;
    QFile csv(dir.filePath(QStringLiteral("broken.csv")));
    QVERIFY(csv.open(QIODevice::WriteOnly));
    csv.write("just,some,columns\n1,2,3\n");
    csv.close();
    BenchWizard wizard(env.base.setup.get(), QString());
    PbxPage *page = open(wizard);
    QSignalSpy imported(page, &PbxPage::csvImported);
    page->importCsv(csv.fileName());
    QVERIFY(imported.wait(5000));
    auto *panel = page->findChild<ErrorPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY(panel->message().why.contains(QStringLiteral("mac and extension")));
    QCOMPARE(page->model()->rowCount(), 0);
}

QTEST_MAIN(TestPbxPage)
#include "tst_pbxpage.moc"
