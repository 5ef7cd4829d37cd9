#include "tests/gui/guitestsetup.h"
#include "ui/pages/preflightpage.h"
#include "ui/widgets/errorpanel.h"
#include "ui/wizard/benchwizard.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

class TestPreflightPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void portProblemsRefuseNext_data();
    void portProblemsRefuseNext();
    void prepareOnlyLetsTheTechnicianContinue();
    void checkAgainPicksUpAFix();
    void relaunchKeepsDisplayAndArguments();
};

void TestPreflightPage::portProblemsRefuseNext_data()
{
    QTest::addColumn<quint16>("port");
    QTest::addColumn<Error>("error");
    QTest::addColumn<QString>("expectedText");
    QTest::addColumn<bool>("showsSetcap");

    QTest::newRow("dhcp busy, holder known")
        << quint16(67)
        << Error(ErrorCode::PortInUse, QStringLiteral("bind 0.0.0.0:67: in use; held by pid 812 (dnsmasq)"))
               .withPort(67, QStringLiteral("pid 812 (dnsmasq)"))
        << QStringLiteral("pid 812 (dnsmasq)") << false;
    QTest::newRow("dhcp busy, holder unknown")
        << quint16(67) << Error(ErrorCode::PortInUse, QStringLiteral("bind 0.0.0.0:67: in use"))
        << QStringLiteral("Internet Connection Sharing") << false;
#if defined(Q_OS_LINUX)
    QTest::newRow("tftp needs privileges")
        << quint16(69) << Error(ErrorCode::PortNeedsPrivileges, QStringLiteral("bind 0.0.0.0:69: EACCES"))
        << QStringLiteral("administrator rights") << true;
#endif
    QTest::newRow("address gone") << quint16(69)
                                  << Error(ErrorCode::AddressNotAvailable, QStringLiteral("EADDRNOTAVAIL"))
                                  << QStringLiteral("unplugged") << false;
    QTest::newRow("other socket error") << quint16(67) << Error(ErrorCode::SocketError, QStringLiteral("ENOBUFS"))
                                        << QStringLiteral("Details") << false;
}

void TestPreflightPage::portProblemsRefuseNext()
{
    QFETCH(quint16, port);
    QFETCH(Error, error);
    QFETCH(QString, expectedText);
    QFETCH(bool, showsSetcap);

    GuiTestSetup env;
    env.portAnswers.insert(port, error);
    BenchWizard wizard(env.setup.get(), QString());
    wizard.show();
    auto *page = qobject_cast<PreflightPage *>(wizard.currentPage());
    QVERIFY(page);
    QVERIFY(!page->isComplete()); // Next waits for the check, which runs off the GUI thread
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 5000);
    QCOMPARE(env.probesOnGuiThread.load(), 0);
    QVERIFY(page->isComplete());
    QVERIFY(!page->portsReady());
    QCOMPARE(env.setup->dhcpPortCheck().code(), port == 67 ? error.code() : ErrorCode::None);

    auto *panel = page->findChild<ErrorPanel *>(port == 67 ? QStringLiteral("dhcpError") : QStringLiteral("tftpError"));
    QVERIFY(panel && panel->isVisible());
    QVERIFY2(panel->message().summary().contains(expectedText), qPrintable(panel->message().summary()));
    QVERIFY(panel->message().summary().contains(QString::number(port)));
    QCOMPARE(panel->message().detail, error.toLogString());
    QVERIFY(!panel->detailsExpanded()); // technical detail stays collapsed

    auto *setcap = page->findChild<QLineEdit *>(QStringLiteral("setcapCommand"));
    QVERIFY(setcap);
    QCOMPARE(setcap->isVisible(), showsSetcap);
    if (showsSetcap) {
        QCOMPARE(setcap->text(), QStringLiteral("sudo setcap cap_net_bind_service,cap_net_raw+ep \"%1\"")
                                     .arg(QCoreApplication::applicationFilePath()));
        QVERIFY(page->findChild<QPushButton *>(QStringLiteral("relaunchButton"))->isVisible());
    }

    wizard.next();
    QCOMPARE(wizard.currentId(), int(BenchWizard::PreflightPageId));
    auto *refusal = page->findChild<QLabel *>(QStringLiteral("refusal"));
    QVERIFY(refusal->isVisible());
    QVERIFY(refusal->text().contains(QStringLiteral("Prepare only")));
}

void TestPreflightPage::prepareOnlyLetsTheTechnicianContinue()
{
    GuiTestSetup env;
    env.portAnswers.insert(67, Error(ErrorCode::PortInUse, QStringLiteral("busy")));
    BenchWizard wizard(env.setup.get(), QString());
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.currentPage()->isComplete(), 5000);
    QVERIFY(!wizard.currentPage()->validatePage());
    wizard.setField(QStringLiteral("prepareOnly"), true);
    const int following = wizard.nextId();
    QVERIFY(following > wizard.currentId());
    wizard.next();
    QCOMPARE(wizard.currentId(), following); // the page accepted its input
}

void TestPreflightPage::checkAgainPicksUpAFix()
{
    GuiTestSetup env;
    env.portAnswers.insert(69, Error(ErrorCode::PortInUse, QStringLiteral("busy")));
    BenchWizard wizard(env.setup.get(), QString());
    wizard.show();
    auto *page = qobject_cast<PreflightPage *>(wizard.currentPage());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 5000);
    QVERIFY(!page->validatePage());
    env.portAnswers.clear(); // the technician stopped the other TFTP server
    page->findChild<QPushButton *>(QStringLiteral("checkAgainButton"))->click();
    QVERIFY(page->isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isChecking(), 5000);
    QVERIFY(page->portsReady());
    QVERIFY(!page->findChild<ErrorPanel *>(QStringLiteral("tftpError"))->isVisible());
    QVERIFY(page->findChild<QLabel *>(QStringLiteral("tftpStatus"))->text().contains(QStringLiteral("ready")));
    const int following = wizard.nextId();
    QVERIFY(following > wizard.currentId());
    wizard.next();
    QCOMPARE(wizard.currentId(), following); // the page accepted its input
}

void TestPreflightPage::relaunchKeepsDisplayAndArguments()
{
    qputenv("DISPLAY", ":7");
    const QStringList command = PreflightPage::elevatedRelaunchCommand(
        QStringLiteral("/opt/s2s/sccp2sip"), {QStringLiteral("--language"), QStringLiteral("de")});
    QCOMPARE(command.first(), QStringLiteral("pkexec"));
    QVERIFY(command.contains(QStringLiteral("DISPLAY=:7")));
    QCOMPARE(command.mid(command.size() - 3),
             (QStringList{QStringLiteral("/opt/s2s/sccp2sip"), QStringLiteral("--language"), QStringLiteral("de")}));
}

QTEST_MAIN(TestPreflightPage)
#include "tst_preflightpage.moc"
