#include "tests/gui/guitestsetup.h"
#include "tests/support/syntheticbundle.h"
#include "ui/models/firmwarelibrarymodel.h"
#include "ui/pages/firmwarepage.h"
#include "ui/widgets/errorpanel.h"
#include "ui/wizard/benchwizard.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QMimeData>
#include <QSignalSpy>
#include <QUrl>

class TestFirmwarePage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void emptyLibraryRefusesNext();
    void importedSipBundleCoversItsModels_data();
    void importedSipBundleCoversItsModels();
    void badDownloadsExplainThemselves_data();
    void badDownloadsExplainThemselves();
    void droppedFilesAreImported();
    void jumpLoadAdvice();

private:
    static FirmwarePage *goToFirmware(BenchWizard &wizard);
    static bool importAndWait(FirmwarePage *page, const QStringList &paths);
};

FirmwarePage *TestFirmwarePage::goToFirmware(BenchWizard &wizard)
{
    GuiTestSetup::openAt(wizard, BenchWizard::FirmwarePageId);
    return qobject_cast<FirmwarePage *>(wizard.currentPage());
}

bool TestFirmwarePage::importAndWait(FirmwarePage *page, const QStringList &paths)
{
    QSignalSpy done(page, &FirmwarePage::importsFinished);
    page->importFiles(paths);
    if (!page->isImporting())
        return false;
    return done.wait(20000) && !page->isImporting();
}

void TestFirmwarePage::emptyLibraryRefusesNext()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    FirmwarePage *page = goToFirmware(wizard);
    QVERIFY(page);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page->model()->rowCount(), 0);
    QVERIFY(page->coveredModels().isEmpty());
    wizard.next();
    QCOMPARE(wizard.currentId(), int(BenchWizard::FirmwarePageId));
    auto *refusal = page->findChild<QLabel *>(QStringLiteral("refusal"));
    QVERIFY(refusal->isVisible());
    QVERIFY(refusal->text().contains(QStringLiteral("SIP firmware")));
}

void TestFirmwarePage::importedSipBundleCoversItsModels_data()
{
    QTest::addColumn<SyntheticBundle::Form>("form");
    QTest::newRow("zip") << SyntheticBundle::Form::FlatZip;
    QTest::newRow("tar.gz") << SyntheticBundle::Form::TarGz;
}

void TestFirmwarePage::importedSipBundleCoversItsModels()
{
    QFETCH(SyntheticBundle::Form, form);
    GuiTestSetup env;
    QTemporaryDir downloads;
    const QString path = downloads.filePath(QStringLiteral("cmterm-7941-sip.%1").arg(SyntheticBundle::formName(form)));
    QCOMPARE(SyntheticBundle::sip().write(path, form), QString());

    BenchWizard wizard(env.setup.get(), QString());
    FirmwarePage *page = goToFirmware(wizard);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(importAndWait(page, {path}));

    QCOMPARE(env.setup->firmwareLibrary().bundles().size(), 1);
    QCOMPARE(page->model()->rowCount(), 1);
    const QModelIndex verdict = page->model()->index(0, int(FirmwareLibraryModel::Column::Verdict));
    QCOMPARE(verdict.data().toString(), QStringLiteral("Ready"));
    QCOMPARE(page->model()->index(0, int(FirmwareLibraryModel::Column::Family)).data().toString(),
             QStringLiteral("SIP41"));
    QCOMPARE(page->model()->index(0, int(FirmwareLibraryModel::Column::Protocol)).data().toString(),
             QStringLiteral("SIP"));
    QVERIFY(page->coveredModels().contains(QStringLiteral("7941")));
    QVERIFY(!page->coveredModels().contains(QStringLiteral("7942")));
    QVERIFY(page->uncoveredModels().contains(QStringLiteral("7942")));
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("coverage"))->text().contains(QStringLiteral("7941")));
    QVERIFY(!page->findChild<ErrorPanel *>()->isVisible());
    const int following = wizard.nextId();
    QVERIFY(following > wizard.currentId());
    wizard.next();
    QCOMPARE(wizard.currentId(), following); // the page accepted its input
}

void TestFirmwarePage::badDownloadsExplainThemselves_data()
{
    QTest::addColumn<SyntheticBundle::Defect>("defect");
    QTest::addColumn<QString>("expectedWhat");
    QTest::newRow("garbage") << SyntheticBundle::Defect::Garbage << QStringLiteral("not an archive");
    QTest::newRow("truncated archive") << SyntheticBundle::Defect::TruncatedArchive << QStringLiteral("not an archive");
    QTest::newRow("missing image") << SyntheticBundle::Defect::MissingImage << QStringLiteral("missing a file");
    QTest::newRow("truncated image") << SyntheticBundle::Defect::TruncatedImage << QStringLiteral("shorter");
}

void TestFirmwarePage::badDownloadsExplainThemselves()
{
    QFETCH(SyntheticBundle::Defect, defect);
    QFETCH(QString, expectedWhat);
    GuiTestSetup env;
    QTemporaryDir downloads;
    const QString path = downloads.filePath(QStringLiteral("bad.zip"));
    QCOMPARE(SyntheticBundle::sip().withDefect(defect).write(path, SyntheticBundle::Form::FlatZip), QString());

    BenchWizard wizard(env.setup.get(), QString());
    FirmwarePage *page = goToFirmware(wizard);
    QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(importAndWait(page, {path}));

    auto *panel = page->findChild<ErrorPanel *>();
    QVERIFY(panel->isVisible());
    QVERIFY2(panel->message().what.contains(expectedWhat), qPrintable(panel->message().what));
    QVERIFY(!panel->message().fix.isEmpty());
    QVERIFY(!panel->message().detail.isEmpty());
    QVERIFY(env.setup->firmwareLibrary().bundles().isEmpty());
    // A refused bundle stays visible with its reason.
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        const QModelIndex index = page->model()->index(row, int(FirmwareLibraryModel::Column::Verdict));
        QVERIFY(!index.data(FirmwareLibraryModel::ValidRole).toBool());
        QVERIFY(index.data().toString() != QStringLiteral("Ready"));
    }
    QVERIFY(!page->validatePage());
}

void TestFirmwarePage::droppedFilesAreImported()
{
    GuiTestSetup env;
    QTemporaryDir downloads;
    const QString sip = downloads.filePath(QStringLiteral("sip42.zip"));
    const QString sccp = downloads.filePath(QStringLiteral("sccp42.tar"));
    QCOMPARE(SyntheticBundle::sip(QStringLiteral("42")).write(sip, SyntheticBundle::Form::FlatZip), QString());
    QCOMPARE(SyntheticBundle::sccp(QStringLiteral("42")).write(sccp, SyntheticBundle::Form::Tar), QString());

    BenchWizard wizard(env.setup.get(), QString());
    FirmwarePage *page = goToFirmware(wizard);
    QVERIFY(page->acceptDrops());
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(sip), QUrl::fromLocalFile(sccp)});
    QSignalSpy done(page, &FirmwarePage::importsFinished);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(page, &drop);
    QVERIFY(page->isImporting());
    QVERIFY(done.wait(20000));
    QCOMPARE(env.setup->firmwareLibrary().bundles().size(), 2);
    QVERIFY(page->coveredModels().contains(QStringLiteral("7942")));
}

void TestFirmwarePage::jumpLoadAdvice()
{
    GuiTestSetup env;
    QTemporaryDir downloads;
    const QString sip = downloads.filePath(QStringLiteral("sip41.zip"));
    const QString jump = downloads.filePath(QStringLiteral("jump41.zip"));
    QCOMPARE(SyntheticBundle::sip().write(sip, SyntheticBundle::Form::FlatZip), QString());
    QCOMPARE(SyntheticBundle::sip(QStringLiteral("41"), QStringLiteral("8-4-4S"), QStringLiteral("8-4-4TH1-2"))
                 .write(jump, SyntheticBundle::Form::FlatZip),
             QString());

    BenchWizard wizard(env.setup.get(), QString());
    FirmwarePage *page = goToFirmware(wizard);
    auto *advice = page->findChild<QLabel *>(QStringLiteral("jumpLoads"));
    QVERIFY(importAndWait(page, {sip}));
    QVERIFY(advice->isVisible());
    QVERIFY(advice->text().contains(QStringLiteral("SIP41")));
    QVERIFY(importAndWait(page, {jump}));
    QVERIFY(!advice->isVisible());
    bool sawJump = false;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        sawJump |= page->model()->index(row, 0).data(FirmwareLibraryModel::JumpLoadRole).toBool();
    QVERIFY(sawJump);
}

QTEST_MAIN(TestFirmwarePage)
#include "tst_firmwarepage.moc"
