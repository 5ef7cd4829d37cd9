#include "tests/gui/guitestsetup.h"
#include "ui/dialogs/logdialog.h"
#include "ui/errors/errormessages.h"
#include "ui/wizard/benchwizard.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMetaEnum>
#include <QSignalSpy>

// What lives around the pages: remembered window and choices, the log viewer, and the error texts.
class TestWizardState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void geometryAndChoicesRoundTrip();
    void staleChoiceIsDropped();
    void logDialogShowsTheTail();
    void logDialogExplainsAMissingFile();
    void showLogButtonOpensTheDialog();
    void everyErrorCodeHasWhatWhyAndFix();
};

void TestWizardState::geometryAndChoicesRoundTrip()
{
    QSettings().clear();
    {
        GuiTestSetup env;
        BenchWizard wizard(env.setup.get(), QString());
        wizard.show();
        wizard.setGeometry(40, 50, 1010, 720);
        env.setup->setGuideModelId(QStringLiteral("7975"));
        wizard.reject(); // Cancel or closing the window saves, as Finish does
    }
    QCOMPARE(QSettings().value(QStringLiteral("trustList/model")).toString(), QStringLiteral("7975"));
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    QCOMPARE(wizard.size(), QSize(1010, 720));
    QCOMPARE(env.setup->guideModelId(), QStringLiteral("7975"));
    // Passwords never reach QSettings: no key names one.
    for (const QString &key : QSettings().allKeys())
        QVERIFY2(!key.contains(QStringLiteral("password"), Qt::CaseInsensitive), qPrintable(key));
}

void TestWizardState::staleChoiceIsDropped()
{
    QSettings().setValue(QStringLiteral("trustList/model"), QStringLiteral("7999"));
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    QVERIFY(env.setup->guideModelId().isEmpty());
}

void TestWizardState::logDialogShowsTheTail()
{
    QTemporaryDir dir;
    QFile log(dir.filePath(QStringLiteral("sccp2sip.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    for (int i = 0; i < 20000; ++i) // ~600 KiB: more than the dialog reads
        log.write(QStringLiteral("line %1 sccp2sip.tftp: sent\n").arg(i, 6, 10, QLatin1Char('0')).toUtf8());
    log.flush();

    LogDialog dialog(log.fileName());
    QSignalSpy refreshed(&dialog, &LogDialog::refreshed);
    QVERIFY(refreshed.wait(5000));
    const QString text = dialog.text();
    QVERIFY(text.endsWith(QStringLiteral("line 019999 sccp2sip.tftp: sent\n")));
    QVERIFY(!text.contains(QStringLiteral("line 000000")));
    QVERIFY(text.startsWith(QStringLiteral("line "))); // the cut never leaves half a line
    QVERIFY(text.size() <= LogDialog::TailBytes);

    log.write("line 020000 sccp2sip.tftp: new\n");
    log.flush();
    dialog.refresh();
    QVERIFY(refreshed.wait(5000));
    QVERIFY(dialog.text().contains(QStringLiteral("line 020000")));
}

void TestWizardState::logDialogExplainsAMissingFile()
{
    QTemporaryDir dir;
    LogDialog dialog(dir.filePath(QStringLiteral("none.log")));
    QSignalSpy refreshed(&dialog, &LogDialog::refreshed);
    QVERIFY(refreshed.wait(5000));
    QVERIFY(dialog.text().isEmpty());
    bool explained = false;
    for (const QLabel *label : dialog.findChildren<QLabel *>())
        explained |= label->text().contains(QStringLiteral("does not exist yet"));
    QVERIFY(explained);
}

void TestWizardState::showLogButtonOpensTheDialog()
{
    GuiTestSetup env;
    QTemporaryDir dir;
    BenchWizard wizard(env.setup.get(), dir.filePath(QStringLiteral("sccp2sip.log")));
    wizard.show();
    QVERIFY(!wizard.logDialog());
    wizard.button(QWizard::CustomButton1)->click();
    QVERIFY(wizard.logDialog());
    QVERIFY(wizard.logDialog()->isVisible());
    QSignalSpy refreshed(wizard.logDialog(), &LogDialog::refreshed);
    QVERIFY(refreshed.wait(5000));
}

void TestWizardState::everyErrorCodeHasWhatWhyAndFix()
{
    const QMetaEnum codes = QMetaEnum::fromType<ErrorCode>();
    for (int i = 0; i < codes.keyCount(); ++i) {
        const auto code = ErrorCode(codes.value(i));
        const Error error(code, QStringLiteral("detail %1").arg(i));
        const ErrorMessage message = ErrorMessages::forError(error);
        if (code == ErrorCode::None) {
            QVERIFY(message.isEmpty());
            continue;
        }
        QVERIFY2(!message.what.isEmpty() && !message.why.isEmpty() && !message.fix.isEmpty(), codes.key(i));
        QCOMPARE(message.detail, error.toLogString());
        QVERIFY(!message.summary().contains(QStringLiteral("Something went wrong")));
        const ErrorMessage bind = ErrorMessages::forBind(error, 69);
        QVERIFY2(!bind.what.isEmpty() && bind.what.contains(QStringLiteral("69")), codes.key(i));
    }
}

QTEST_MAIN(TestWizardState)
#include "tst_wizardstate.moc"
