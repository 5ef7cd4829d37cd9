#include "tests/gui/guitestsetup.h"
#include "ui/pages/trustlistpage.h"
#include "ui/text/phoneresettexts.h"
#include "ui/widgets/trustlistdrawing.h"
#include "ui/widgets/trustlistguide.h"
#include "ui/wizard/benchwizard.h"

#include <QComboBox>
#include <QSvgRenderer>
#include <QSvgWidget>

class TestTrustListPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void everyModelHasDrawnSteps();
    void stepsFollowTheCatalog_data();
    void stepsFollowTheCatalog();
    void drawingsAreFilledTemplates();
    void unknownCatalogIdsGiveNoText();
    void chosenModelIsRemembered();
};

void TestTrustListPage::everyModelHasDrawnSteps()
{
    GuiTestSetup env;
    TrustListPage page(env.setup.get());
    auto *combo = page.findChild<QComboBox *>(QStringLiteral("modelCombo"));
    QVERIFY(combo->count() >= 16);
    for (int i = 0; i < combo->count(); ++i) {
        combo->setCurrentIndex(i);
        const QString id = combo->itemData(i).toString();
        QCOMPARE(page.currentModelId(), id);
        QVERIFY2(page.steps().size() >= 3, qPrintable(id));
        QVERIFY2(page.drawingCount() >= 2, qPrintable(id));
        const QList<QSvgWidget *> drawings = page.findChildren<QSvgWidget *>();
        QCOMPARE(drawings.size(), page.drawingCount());
        for (QSvgWidget *drawing : drawings) {
            QVERIFY2(drawing->renderer()->isValid(), qPrintable(id));
            QVERIFY(!drawing->accessibleName().isEmpty());
        }
        QVERIFY(page.validatePage());
    }
}

void TestTrustListPage::stepsFollowTheCatalog_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("7941") << QStringLiteral("7941")
                          << QStringList{QStringLiteral("Settings > Security Configuration > Trust List"),
                                         QStringLiteral("Type **#"),
                                         QStringLiteral("Erase softkey and confirm"),
                                         QStringLiteral("line buttons flash amber"),
                                         QStringLiteral("123456789*0#"),
                                         QStringLiteral("3491672850*#"),
                                         QStringLiteral("\"Upgrading\"")};
    QTest::newRow("7911 handset strip") << QStringLiteral("7911")
                                        << QStringList{QStringLiteral("handset flashes red"),
                                                       QStringLiteral("No public source confirms")};
    QTest::newRow("7960 legacy") << QStringLiteral("7960")
                                 << QStringList{QStringLiteral("no trust list that the menu can erase"),
                                                QStringLiteral("Keep network cfg? 1=yes 2=no")};
}

void TestTrustListPage::stepsFollowTheCatalog()
{
    QFETCH(QString, model);
    QFETCH(QStringList, expected);
    GuiTestSetup env;
    TrustListPage page(env.setup.get());
    page.showModel(model);
    QCOMPARE(page.currentModelId(), model);
    const QString all = page.steps().join(QLatin1Char('\n'));
    for (const QString &text : expected)
        QVERIFY2(all.contains(text), qPrintable(text + QStringLiteral(" not in:\n") + all));
}

void TestTrustListPage::drawingsAreFilledTemplates()
{
    const QByteArray menu =
        TrustListDrawing::menuPath({QStringLiteral("Settings"), QStringLiteral("Security Configuration"),
                                    QStringLiteral("Trust List"), QStringLiteral("ITL File")});
    QVERIFY(menu.contains("Security Configuration"));
    QVERIFY(menu.contains("ITL File"));
    QVERIFY(!menu.contains("{{"));
    QVERIFY(QSvgRenderer(menu).isValid());
    const QByteArray keys = TrustListDrawing::keypad(QStringLiteral("**#"));
    QVERIFY(!keys.contains("{{"));
    QCOMPARE(keys.count("#f5a623"), 2); // * and # lit, nothing else
    QVERIFY(QSvgRenderer(keys).isValid());
    const QByteArray soft =
        TrustListDrawing::softkey(QStringLiteral("CTL <File>"), QStringLiteral("Erase"), QStringLiteral("Exit"));
    QVERIFY(soft.contains("CTL &lt;File&gt;")); // catalog text is escaped, never markup
    QVERIFY(QSvgRenderer(soft).isValid());
    QVERIFY(QSvgRenderer(TrustListDrawing::powerUp(QStringLiteral("holdHashUntilHandsetStripFlashesRed"))).isValid());
}

void TestTrustListPage::unknownCatalogIdsGiveNoText()
{
    QVERIFY(PhoneResetTexts::resetEntryText(QStringLiteral("somethingNew")).isEmpty());
    QVERIFY(PhoneResetTexts::feedbackText(QStringLiteral("somethingNew")).isEmpty());
    QVERIFY(PhoneResetTexts::followUpText(QStringLiteral("somethingNew")).isEmpty());
}

void TestTrustListPage::chosenModelIsRemembered()
{
    {
        GuiTestSetup env;
        BenchWizard wizard(env.setup.get(), QString());
        auto *page = qobject_cast<TrustListPage *>(wizard.page(BenchWizard::TrustListPageId));
        page->showModel(QStringLiteral("7962"));
        wizard.saveState();
    }
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    QCOMPARE(env.setup->guideModelId(), QStringLiteral("7962"));
    auto *page = qobject_cast<TrustListPage *>(wizard.page(BenchWizard::TrustListPageId));
    page->initializePage();
    QCOMPARE(page->currentModelId(), QStringLiteral("7962"));
}

QTEST_MAIN(TestTrustListPage)
#include "tst_trustlistpage.moc"
