#include "core/bench/phonerecord.h"
#include "tests/gui/guitestsetup.h"
#include "ui/dialogs/logdialog.h"
#include "ui/text/errormessages.h"
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
    void benchCausesFollowThePhone_data();
    void benchCausesFollowThePhone();
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
        // Every code of the enum has its own explanation: the generic one is only for values outside it.
        QVERIFY2(message.what != ErrorMessages::fallback(error).what, codes.key(i));
        QCOMPARE(message.detail, error.toLogString());
        QVERIFY(!message.summary().contains(QStringLiteral("Something went wrong")));
        const ErrorMessage bind = ErrorMessages::forBind(error, 69);
        QVERIFY2(!bind.what.isEmpty() && bind.what.contains(QStringLiteral("69")), codes.key(i));
    }
    const Error unknown(ErrorCode(codes.keyCount() + 1000), QStringLiteral("from a newer core"));
    const ErrorMessage fallback = ErrorMessages::forError(unknown);
    QCOMPARE(fallback.what, ErrorMessages::fallback(unknown).what);
    QVERIFY(!fallback.fix.isEmpty());
}

void TestWizardState::benchCausesFollowThePhone_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<Error>("cause");
    QTest::addColumn<PhoneFix>("fix");
    QTest::addColumn<QString>("fixDetail");
    QTest::addColumn<QStringList>("mentions"); // in what or fix
    QTest::addColumn<QStringList>("absent");
    const Error trust(ErrorCode::PhoneTrustListPresent, QStringLiteral("SEP001E4A000001.cnf.xml.sgn"));
    QTest::newRow("7941 erase") << QStringLiteral("7941") << trust << PhoneFix::EraseTrustList << QString()
                                << QStringList{QStringLiteral("Cisco IP Phone 7941G"),
                                               QStringLiteral("Security Configuration > Trust List"),
                                               QStringLiteral("**#"), QStringLiteral("ITL File"),
                                               QStringLiteral("Erase")}
                                << QStringList{QStringLiteral("123456789*0#")};
    QTest::newRow("7941 erase failed, reset")
        << QStringLiteral("7941") << trust << PhoneFix::FactoryReset << QStringLiteral("123456789*0# 3491672850*#")
        << QStringList{QStringLiteral("line buttons flash amber"), QStringLiteral("123456789*0#"),
                       QStringLiteral("3491672850*#")}
        << QStringList{QStringLiteral("**#")};
    QTest::newRow("7911 reset, handset strip")
        << QStringLiteral("7911") << trust << PhoneFix::FactoryReset << QString()
        << QStringList{QStringLiteral("handset"), QStringLiteral("123456789*0#")} << QStringList{};
    QTest::newRow("7960 has no erase menu, no format")
        << QStringLiteral("7960") << trust << PhoneFix::EraseTrustList << QString()
        << QStringList{QStringLiteral("Headset, Mute and Speaker"), QStringLiteral("123456789*0#"),
                       QStringLiteral("press 2")}
        << QStringList{QStringLiteral("3491672850*#"), QStringLiteral("Trust List")};
    QTest::newRow("unknown model") << QString() << trust << PhoneFix::EraseTrustList << QString()
                                   << QStringList{QStringLiteral("The phone"), QStringLiteral("Trust List"),
                                                  QStringLiteral("123456789*0#")}
                                   << QStringList{};
    QTest::newRow("sip bundle missing") << QStringLiteral("7962")
                                        << Error(ErrorCode::PhoneSipBundleMissing, QStringLiteral("SIP42"))
                                        << PhoneFix::ImportSipBundle << QStringLiteral("SIP42")
                                        << QStringList{QStringLiteral("SIP42"), QStringLiteral("Firmware page")}
                                        << QStringList{};
    QTest::newRow("jump load missing") << QStringLiteral("7962")
                                       << Error(ErrorCode::PhoneJumpLoadMissing, QStringLiteral("SIP42 runs x"))
                                       << PhoneFix::ImportJumpLoad << QStringLiteral("SIP42")
                                       << QStringList{QStringLiteral("SCCP42.8-2-1S"), QStringLiteral("8.3(3)"),
                                                      QStringLiteral("8.5(2)"), QStringLiteral("SIP42")}
                                       << QStringList{};
    QTest::newRow("reboot loop formats") << QStringLiteral("7975")
                                         << Error(ErrorCode::PhoneRebootLoop, QStringLiteral("SIP75.9-4-2SR3-1S"))
                                         << PhoneFix::CheckPhone << QString()
                                         << QStringList{QStringLiteral("3491672850*#")} << QStringList{};
    QTest::newRow("wrong load") << QStringLiteral("7962")
                                << Error(ErrorCode::PhoneWrongLoad, QStringLiteral("runs SIP42.9-3-1S"))
                                << PhoneFix::CheckPhone << QString()
                                << QStringList{QStringLiteral("SIP42.9-3-1S"), QStringLiteral("SIP42.9-4-2SR3-1S"),
                                               QStringLiteral("123456789*0#")}
                                << QStringList{};
    QTest::newRow("idle") << QStringLiteral("7911") << Error(ErrorCode::PhoneIdle, QStringLiteral("firmware"))
                          << PhoneFix::CheckPhone << QString()
                          << QStringList{QStringLiteral("Cisco IP Phone 7911G"), QStringLiteral("silent")}
                          << QStringList{};
    QTest::newRow("verification") << QStringLiteral("7941")
                                  << Error(ErrorCode::VerificationFailed, QStringLiteral("HttpError: timeout"))
                                  << PhoneFix::CheckPhone << QString()
                                  << QStringList{QStringLiteral("Model Information")} << QStringList{};
}

void TestWizardState::benchCausesFollowThePhone()
{
    QFETCH(QString, model);
    QFETCH(Error, cause);
    QFETCH(PhoneFix, fix);
    QFETCH(QString, fixDetail);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, absent);
    GuiTestSetup env;
    PhoneRecord phone;
    phone.mac = *MacAddress::parse(QStringLiteral("001e4a000001"));
    phone.modelId = model;
    phone.familyId = QStringLiteral("SIP42");
    phone.oldLoad = QStringLiteral("SCCP42.8-2-1S");
    phone.newLoad = QStringLiteral("SIP42.9-3-1S");
    phone.targetLoad = QStringLiteral("SIP42.9-4-2SR3-1S");
    phone.cause = cause;
    phone.fix = fix;
    phone.fixDetail = fixDetail;
    const ErrorMessage message = ErrorMessages::forPhone(phone, &env.setup->catalog());
    QVERIFY(!message.what.isEmpty() && !message.why.isEmpty() && !message.fix.isEmpty());
    QCOMPARE(message.detail, cause.toLogString());
    const QString text = message.what + QLatin1Char(' ') + message.fix;
    for (const QString &expected : mentions)
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    for (const QString &unexpected : absent)
        QVERIFY2(!text.contains(unexpected), qPrintable(unexpected + QStringLiteral(" in: ") + text));
    // Without its record the code still explains itself, in general words.
    const ErrorMessage general = ErrorMessages::forError(cause);
    QVERIFY(general.what != ErrorMessages::fallback(cause).what);
    QVERIFY(!general.fix.isEmpty());
    // The technical detail stays in Details, except a bare family id, which is what to import.
    if (cause.code() != ErrorCode::PhoneSipBundleMissing)
        QVERIFY2(!general.summary().contains(cause.detail()), qPrintable(general.summary()));
    else
        QVERIFY(general.fix.contains(cause.detail()));
    // A verified phone has nothing to explain.
    phone.cause = Error();
    QVERIFY(ErrorMessages::forPhone(phone, &env.setup->catalog()).isEmpty());
}

QTEST_MAIN(TestWizardState)
#include "tst_wizardstate.moc"
