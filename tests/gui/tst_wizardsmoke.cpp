#include "tests/gui/guitestsetup.h"
#include "ui/pages/preflightpage.h"
#include "ui/wizard/benchwizard.h"

#include <QApplication>
#include <QFontMetrics>
#include <QLabel>
#include <QTest>

class TestWizardSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void fontsAreAvailable();
    void firstPageIsPreflight();
    void rendersWithoutDisplay();
};

void TestWizardSmoke::fontsAreAvailable()
{
    // Without fonts, text renders as boxes that any pixel check would accept.
    QVERIFY(QFontMetrics(QApplication::font()).inFont(QLatin1Char('A')));
}

void TestWizardSmoke::firstPageIsPreflight()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    wizard.show();
    QCOMPARE(wizard.startId(), int(BenchWizard::PreflightPageId));
    QCOMPARE(wizard.currentId(), int(BenchWizard::PreflightPageId));
    auto *page = qobject_cast<PreflightPage *>(wizard.currentPage());
    QVERIFY(page);
    QCOMPARE(page->title(), QStringLiteral("Before you start"));
    const QStringList requirements = page->requirements();
    QCOMPARE(requirements.size(), 5);
    QVERIFY(requirements.join(QLatin1Char(' ')).contains(QStringLiteral("voice VLAN")));
    auto *list = page->findChild<QLabel *>(QStringLiteral("requirementsList"));
    QVERIFY(list);
    for (const QString &item : requirements)
        QVERIFY2(list->text().contains(item.toHtmlEscaped()), qPrintable(item));
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!wizard.windowIcon().isNull());
}

void TestWizardSmoke::rendersWithoutDisplay()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    wizard.show();
    const QPixmap shot = wizard.grab();
    QVERIFY(!shot.isNull());
    QVERIFY(shot.width() >= 600);
}

QTEST_MAIN(TestWizardSmoke)
#include "tst_wizardsmoke.moc"
