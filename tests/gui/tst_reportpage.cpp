// The Report page: summary, table, HTML/CSV/JSON export and the screenshots of each language. Its rows share one
// synthetic bench outcome, so they stay in one suite; hence the length.
#include "core/bench/benchreport.h"
#include "tests/gui/guitestsetup.h"
#include "tests/gui/reportphones.h"
#include "ui/models/reportphonemodel.h"
#include "ui/pages/reportpage.h"
#include "ui/report/reporthtml.h"
#include "ui/text/errormessages.h"
#include "ui/wizard/benchwizard.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFileDialog>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTextDocument>
#include <QUrl>

using Outcome = ReportSummary::Outcome;
using Column = ReportPhoneModel::Column;
using ModelCounts = QMap<QString, int>;

// Page 7: the summary and the table read the same phones the session wrote, exports are the session's own bytes
// (and an escaped, password-free printable page), a saved report comes back after a crash.
class TestReportPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { GuiTestSetup::isolateSettings(); }
    void init() { GuiTestSetup::failOnStrayWarnings(); }
    void summaryCounts_data();
    void summaryCounts();
    void durationFromRunOrPhones();
    void tableModelIsClean();
    void pageFollowsTheBenchOutcome();
    void exportsAreTheSessionsBytes_data();
    void exportsAreTheSessionsBytes();
    void htmlEscapesHostileFields();
    void exportFailureIsExplained();
    void loadsTheLastReportFromTheStateFolder();
    void damagedReportIsExplained();
    void openFolderGoesToTheStateFolder();
    void finishEndsTheWizard();
    void saveDialogWritesTheChosenFile();
    void keyboardAndAccessibleNames();
    void printableReportPicture();
};

namespace {

QList<PhoneRecord> phonesIn(const QList<PhoneStage> &stages)
{
    QList<PhoneRecord> phones;
    for (int i = 0; i < stages.size(); ++i) {
        PhoneRecord phone =
            ReportPhones::phone(QStringLiteral("001e4a1000%1").arg(i, 2, 10, QLatin1Char('0')),
                                i % 2 ? QStringLiteral("7962") : QStringLiteral("7941"), stages.at(i), i + 1);
        if (stages.at(i) == PhoneStage::Verified) {
            phone.oldLoad = i % 2 ? QStringLiteral("SCCP42.8-5-2S") : QStringLiteral("SCCP41.8-5-2S");
            phone.newLoad = i % 2 ? QStringLiteral("SIP42.9-4-2SR3-1S") : QStringLiteral("SIP41.9-4-2SR3-1S");
        }
        phones << phone;
    }
    return phones;
}

} // namespace

void TestReportPage::summaryCounts_data()
{
    QTest::addColumn<QList<PhoneStage>>("stages");
    QTest::addColumn<QList<int>>("counts"); // verified, failed, needs attention, unfinished
    QTest::addColumn<ModelCounts>("models");
    QTest::addColumn<int>("loadPairs");
    using S = PhoneStage;
    QTest::newRow("none") << QList<S>{} << QList<int>{0, 0, 0, 0} << ModelCounts{} << 0;
    QTest::newRow("all verified") << QList<S>{S::Verified, S::Verified, S::Verified} << QList<int>{3, 0, 0, 0}
                                  << ModelCounts{{QStringLiteral("7941"), 2}, {QStringLiteral("7962"), 1}} << 2;
    QTest::newRow("every ending") << QList<S>{S::Verified, S::Failed,   S::TrustList, S::Idle,     S::Firmware,
                                              S::Sip,      S::Detected, S::Config,    S::Rebooting}
                                  << QList<int>{1, 1, 2, 5} << ModelCounts{{QStringLiteral("7941"), 1}} << 1;
    QTest::newRow("failures only") << QList<S>{S::Failed, S::Failed} << QList<int>{0, 2, 0, 0} << ModelCounts{} << 0;
}

void TestReportPage::summaryCounts()
{
    QFETCH(QList<PhoneStage>, stages);
    QFETCH(QList<int>, counts);
    QFETCH(ModelCounts, models);
    QFETCH(int, loadPairs);
    const ReportSummary summary = ReportSummary::of(phonesIn(stages));
    QCOMPARE(summary.total, stages.size());
    QCOMPARE(summary.verified, counts.at(0));
    QCOMPARE(summary.failed, counts.at(1));
    QCOMPARE(summary.needsAttention, counts.at(2));
    QCOMPARE(summary.unfinished, counts.at(3));
    QCOMPARE(summary.verified + summary.failed + summary.needsAttention + summary.unfinished, summary.total);
    QCOMPARE(summary.convertedModels, models);
    QCOMPARE(summary.convertedLoads.size(), loadPairs);
    if (loadPairs > 0) {
        QCOMPARE(summary.convertedLoads.value({QStringLiteral("SCCP41.8-5-2S"), QStringLiteral("SIP41.9-4-2SR3-1S")}),
                 models.value(QStringLiteral("7941")));
    }
    // The page shows the same numbers, in words.
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    env.setup->setBenchOutcome({phonesIn(stages), QString(), {}, {}});
    QCOMPARE(page.summary().verified, counts.at(0));
    const QString shown = page.findChild<QLabel *>(QStringLiteral("reportSummary"))->text();
    for (const auto &[heading, value] : page.summary().lines()) {
        QVERIFY2(shown.contains(heading.toHtmlEscaped()), qPrintable(heading));
        QVERIFY2(shown.contains(value.toHtmlEscaped()), qPrintable(value));
    }
}

void TestReportPage::durationFromRunOrPhones()
{
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    const ReportSummary fromPhones = ReportSummary::of(phones);
    QDateTime first = phones.constFirst().firstSeen;
    QDateTime last = phones.constFirst().lastSeen;
    for (const PhoneRecord &phone : phones) {
        first = qMin(first, phone.firstSeen);
        last = qMax(last, phone.lastSeen);
    }
    QCOMPARE(fromPhones.from, first);
    QCOMPARE(fromPhones.to, last);
    QCOMPARE(fromPhones.durationSecs(), first.secsTo(last));

    const QDateTime start = ReportPhones::kStart.addSecs(-60);
    const ReportSummary fromRun = ReportSummary::of(phones, start, start.addSecs(3723));
    QCOMPARE(fromRun.durationSecs(), 3723);
    QCOMPARE(ReportSummary::durationText(3723), QStringLiteral("1 h 02 min"));
    QCOMPARE(ReportSummary::durationText(125), QStringLiteral("2 min 05 s"));
    QCOMPARE(ReportSummary::of({}).durationSecs(), -1);
    QCOMPARE(ReportSummary::durationText(-1), QStringLiteral("unknown"));
}

void TestReportPage::tableModelIsClean()
{
    GuiTestSetup env;
    ReportPhoneModel model(env.setup->catalog());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    model.setPhones(phones);
    QCOMPARE(model.rowCount(), phones.size());
    QCOMPARE(model.columnCount(), int(Column::Count));
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
    for (int row = 0; row < phones.size(); ++row) {
        const PhoneRecord &phone = phones.at(row);
        QCOMPARE(model.index(row, int(Column::Mac)).data().toString(), phone.mac.toColon());
        QCOMPARE(model.index(row, int(Column::Serial)).data().toString(), phone.serial);
        QCOMPARE(model.index(row, int(Column::Address)).data().toString(), phone.ip.toString());
        QCOMPARE(model.index(row, int(Column::FirstSeen)).data().toString(),
                 phone.firstSeen.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        QCOMPARE(model.index(row, 0).data(ReportPhoneModel::OutcomeRole).toInt(), int(ReportSummary::outcomeOf(phone)));
        const QString cause = model.index(row, int(Column::CauseAndFix)).data().toString();
        QCOMPARE(cause.isEmpty(), phone.stage == PhoneStage::Verified);
        if (phone.cause.isError()) {
            const ErrorMessage message = ErrorMessages::forPhone(phone, &env.setup->catalog());
            QCOMPARE(cause, message.what + QLatin1Char(' ') + message.fix);
            QCOMPARE(model.index(row, int(Column::CauseAndFix)).data(Qt::ToolTipRole).toString(), message.summary());
        }
    }
    QCOMPARE(model.index(0, int(Column::Loads)).data().toString(),
             QStringLiteral("SCCP41.8-5-2S →\nSIP41.9-4-2SR3-1S"));
    QCOMPARE(model.index(6, int(Column::Loads)).data().toString(),
             QStringLiteral("unknown →\nSIP42.9-4-2SR3-1S (target)"));
    QVERIFY(model.index(6, int(Column::CauseAndFix)).data().toString().contains(QStringLiteral("firmware")));
    // The trust-list phone is told its own model's menu path and unlock keys.
    const QString trust = model.index(3, int(Column::CauseAndFix)).data().toString();
    QVERIFY2(trust.contains(QStringLiteral("Security Configuration > Trust List")) &&
                 trust.contains(QStringLiteral("**#")),
             qPrintable(trust));
    model.setPhones(phones.mid(2)); // a second run replaces the first
    QCOMPARE(model.rowCount(), phones.size() - 2);
    model.setPhones({});
    QCOMPARE(model.rowCount(), 0);
}

void TestReportPage::pageFollowsTheBenchOutcome()
{
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    QCOMPARE(page.model()->rowCount(), 0);
    auto *load = page.findChild<QPushButton *>(QStringLiteral("loadReportButton"));
    QVERIFY(load->isHidden()); // nothing saved yet: nothing to offer
    QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    env.setup->setBenchOutcome({phones, QString(), ReportPhones::kStart, ReportPhones::kStart.addSecs(1800)});
    QCOMPARE(page.model()->rowCount(), phones.size());
    QCOMPARE(page.summary().durationSecs(), 1800);
    QCOMPARE(page.summary().verified, 2);
    QCOMPARE(page.summary().failed, 2);
    QCOMPARE(page.summary().needsAttention, 2);
    QCOMPARE(page.summary().unfinished, 1);
    QVERIFY(page.findChild<QPushButton *>(QStringLiteral("exportCsvButton"))->isEnabled());
    QVERIFY(page.isComplete());
    QVERIFY(page.isFinalPage());
}

void TestReportPage::exportsAreTheSessionsBytes_data()
{
    QTest::addColumn<ReportPage::Format>("format");
    QTest::addColumn<QString>("name");
    QTest::newRow("csv") << ReportPage::Format::Csv << QStringLiteral("out.csv");
    QTest::newRow("json") << ReportPage::Format::Json << QStringLiteral("out.json");
}

void TestReportPage::exportsAreTheSessionsBytes()
{
    QFETCH(ReportPage::Format, format);
    QFETCH(QString, name);
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    env.setup->setBenchOutcome({phones, QString(), ReportPhones::kStart, {}});
    QTemporaryDir out;
    const QString path = out.filePath(name);
    QVERIFY(!page.exportTo(format, path).isError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray expected =
        format == ReportPage::Format::Csv ? BenchReport::toCsv(phones) : BenchReport::toJson(phones);
    QCOMPARE(file.readAll(), expected);
    QVERIFY(page.shownError().isEmpty());
}

void TestReportPage::htmlEscapesHostileFields()
{
    GuiTestSetup env;
    const QString password = QStringLiteral("Tr0ub4dor&3-secret");
    PhoneInventoryEntry entry;
    entry.mac = *MacAddress::parse(QStringLiteral("001e4a000001"));
    entry.lines.insert(1, PhoneLine{QStringLiteral("201"), QString(), password, QStringLiteral("Desk"), QString()});
    PhoneInventory inventory;
    inventory.insert(entry);
    env.setup->setInventory(inventory);

    QList<PhoneRecord> phones = ReportPhones::mixed();
    phones[0].serial = QStringLiteral("<script>alert(1)</script>");
    phones[1].modelId = QStringLiteral("&\"'");
    phones[2].oldLoad = QStringLiteral("<img src=x onerror=alert(2)>");
    phones[3].serial = QStringLiteral("FCH\x1b[2J\x01");
    ReportPage page(env.setup.get());
    env.setup->setBenchOutcome({phones, QString(), ReportPhones::kStart, ReportPhones::kStart.addSecs(900)});
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("report.html"));
    QVERIFY(!page.exportTo(ReportPage::Format::Html, path).isError());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(file.readAll());
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("@media print")));
    QVERIFY(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;")));
    QVERIFY(html.contains(QStringLiteral("&amp;&quot;&#39;")));
    QVERIFY(!html.contains(QStringLiteral("&\"'")));
    QVERIFY(!html.contains(QChar(0x1b)));
    QVERIFY(!html.contains(QChar(0x01)));
    QVERIFY(html.contains(QStringLiteral("FCH\uFFFD[2J\uFFFD")));
    QVERIFY(!html.contains(password));
    QVERIFY(!html.contains(QStringLiteral("Tr0ub4dor"))); // not even escaped
    for (const PhoneRecord &phone : phones)
        QVERIFY2(html.contains(phone.mac.toColon()), qPrintable(phone.mac.toColon()));
    // As a document, every phone is a row and the hostile serial is plain text again.
    QTextDocument document;
    document.setHtml(html);
    const QString text = document.toPlainText();
    QVERIFY(text.contains(QStringLiteral("<script>alert(1)</script>")));
    QVERIFY(text.contains(QStringLiteral("Bench report")));
    QCOMPARE(html.count(QStringLiteral("<tr><td")), phones.size());
    // The other exports carry no password either.
    for (const ReportPage::Format format : {ReportPage::Format::Csv, ReportPage::Format::Json})
        QVERIFY(!page.exportBytes(format).contains(password.toUtf8()));
}

void TestReportPage::exportFailureIsExplained()
{
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    env.setup->setBenchOutcome({ReportPhones::mixed(), QString(), ReportPhones::kStart, {}});
    QTemporaryDir out;
    QFile blocker(out.filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    // A file where a folder should be: unwritable even for root.
    const QString path = out.filePath(QStringLiteral("not-a-folder/report.csv"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Report export failed")));
    const Error error = page.exportTo(ReportPage::Format::Csv, path);
    QCOMPARE(error.code(), ErrorCode::FileUnwritable);
    const ErrorMessage shown = page.shownError();
    QVERIFY(shown.what.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!shown.why.isEmpty());
    QVERIFY(!shown.fix.isEmpty());
    QVERIFY(shown.detail.contains(QStringLiteral("FileUnwritable")));
    QVERIFY(!QFileInfo::exists(path));
    // The next good export clears the message.
    QVERIFY(!page.exportTo(ReportPage::Format::Csv, out.filePath(QStringLiteral("ok.csv"))).isError());
    QVERIFY(page.shownError().isEmpty());
}

void TestReportPage::loadsTheLastReportFromTheStateFolder()
{
    GuiTestSetup env;
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    QVERIFY(BenchReport(env.setup->stateDirectory()).write(phones).ok());
    ReportPage page(env.setup.get()); // a new session: the bench has not run, the app may have crashed
    auto *load = page.findChild<QPushButton *>(QStringLiteral("loadReportButton"));
    QVERIFY(!load->isHidden());
    QCOMPARE(page.model()->rowCount(), 0);
    load->click();
    QCOMPARE(page.model()->rowCount(), phones.size());
    QCOMPARE(page.summary().verified, 2);
    QCOMPARE(page.summary().failed, 2);
    QCOMPARE(page.summary().from, ReportSummary::of(phones).from);
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("reportSource"))->text().contains(QStringLiteral("bench-report")));
    // Causes come back with the report: the failed phone still says what to import.
    const QString cause = page.model()->index(2, int(Column::CauseAndFix)).data().toString();
    QVERIFY2(cause.contains(QStringLiteral("SIP42")) && cause.contains(QStringLiteral("8.3(3)")), qPrintable(cause));
    // The bench's outcome, when it comes, takes over again.
    env.setup->setBenchOutcome({phones.mid(0, 1), QString(), ReportPhones::kStart, {}});
    QCOMPARE(page.model()->rowCount(), 1);
}

void TestReportPage::damagedReportIsExplained()
{
    GuiTestSetup env;
    QFile json(BenchReport(env.setup->stateDirectory()).jsonPath());
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write("{\"phones\": [ {\"mac\":"); // cut off by the crash
    json.close();
    ReportPage page(env.setup.get());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("Saved report unreadable")));
    QVERIFY(!page.loadLastReport());
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!page.shownError().isEmpty());
    QCOMPARE(page.shownError().what, ErrorMessages::forError(Error(ErrorCode::FileUnreadable)).what);
}

void TestReportPage::openFolderGoesToTheStateFolder()
{
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    QList<QUrl> opened;
    bool answer = true;
    page.setFolderOpener([&](const QUrl &folder) {
        opened << folder;
        return answer;
    });
    page.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->click();
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(env.setup->stateDirectory())});
    QVERIFY(page.shownError().isEmpty());
    answer = false; // no file manager: say where the folder is
    page.openStateFolder();
    QCOMPARE(opened.size(), 2);
    QVERIFY(page.shownError().fix.contains(QDir::toNativeSeparators(env.setup->stateDirectory())));
}

void TestReportPage::finishEndsTheWizard()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    GuiTestSetup::openAt(wizard, BenchWizard::ReportPageId);
    QVERIFY(qobject_cast<ReportPage *>(wizard.currentPage()));
    QCOMPARE(wizard.nextId(), -1);
    QVERIFY(wizard.button(QWizard::FinishButton)->isVisible());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isVisible());
    QSignalSpy finished(&wizard, &QWizard::finished);
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(!wizard.isVisible());
}

void TestReportPage::saveDialogWritesTheChosenFile()
{
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    const QList<PhoneRecord> phones = ReportPhones::mixed();
    env.setup->setBenchOutcome({phones, QString(), ReportPhones::kStart, {}});
    page.show();
    page.findChild<QPushButton *>(QStringLiteral("exportJsonButton"))->click();
    auto *dialog = page.findChild<QFileDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible()); // opened with open(): no nested event loop
    QCOMPARE(dialog->acceptMode(), QFileDialog::AcceptSave);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("chosen.json"));
    dialog->selectFile(path);
    static_cast<QDialog *>(dialog)->accept(); // QFileDialog::accept() is protected; the dialog still runs it
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), BenchReport::toJson(phones));
}

void TestReportPage::keyboardAndAccessibleNames()
{
    GuiTestSetup env;
    BenchWizard wizard(env.setup.get(), QString());
    GuiTestSetup::openAt(wizard, BenchWizard::ReportPageId);
    auto *page = qobject_cast<ReportPage *>(wizard.currentPage());
    QVERIFY(page);
    auto *table = page->findChild<QTableView *>(QStringLiteral("reportTable"));
    QVERIFY(!table->accessibleName().isEmpty());
    bool tableHasBuddy = false;
    for (const QLabel *label : page->findChildren<QLabel *>())
        tableHasBuddy |= label->buddy() == table;
    QVERIFY(tableHasBuddy);
    // Every button is reachable by Alt+letter, and no letter is taken twice on the page or by the wizard's buttons.
    QSet<QChar> mnemonics;
    QList<QAbstractButton *> buttons;
    for (QPushButton *button : page->findChildren<QPushButton *>())
        buttons << button;
    for (QWizard::WizardButton which : {QWizard::BackButton, QWizard::FinishButton, QWizard::CustomButton1})
        buttons << wizard.button(which);
    for (const QLabel *label : page->findChildren<QLabel *>()) {
        if (label->buddy())
            mnemonics.insert(label->text().at(label->text().indexOf(QLatin1Char('&')) + 1).toLower());
    }
    for (const QAbstractButton *button : std::as_const(buttons)) {
        const QString text = button->text();
        const qsizetype amp = text.indexOf(QLatin1Char('&'));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        const QChar key = text.at(amp + 1).toLower();
        QVERIFY2(!mnemonics.contains(key), qPrintable(text));
        mnemonics.insert(key);
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
    }
}

// Not a pixel check: the printable report as Qt's rich-text engine lays it out, saved for people to look at next to
// the wizard's screenshots (no browser on the build machines).
void TestReportPage::printableReportPicture()
{
    GuiTestSetup env;
    ReportPage page(env.setup.get());
    env.setup->setBenchOutcome(
        {ReportPhones::mixed(), QString(), ReportPhones::kStart, ReportPhones::kStart.addSecs(40 * 60 + 12)});
    QTextDocument html;
    html.setHtml(QString::fromUtf8(page.exportBytes(ReportPage::Format::Html)));
    html.setTextWidth(1400);
    QImage picture(html.size().toSize(), QImage::Format_RGB32);
    picture.fill(Qt::white);
    {
        QPainter painter(&picture);
        html.drawContents(&painter);
    }
    QVERIFY(picture.height() > 400); // the summary and seven rows, not an empty page
    QVERIFY(QDir().mkpath(QStringLiteral(SCCP2SIP_SHOTS_DIR)));
    const QString path = QStringLiteral(SCCP2SIP_SHOTS_DIR "/7-report-html.png");
    QVERIFY(picture.save(path));
    QVERIFY(QFileInfo(path).size() > 10000);
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
