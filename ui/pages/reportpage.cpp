#include "ui/pages/reportpage.h"

#include "core/bench/benchreport.h"
#include "ui/models/reportphonemodel.h"
#include "ui/report/reporthtml.h"
#include "ui/text/errormessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/errorpanel.h"
#include "ui/wizard/benchsetup.h"

#include <QDesktopServices>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

ReportPage::ReportPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_openFolder([](const QUrl &folder) { return QDesktopServices::openUrl(folder); })
{
    setTitle(tr("Report"));
    setSubTitle(tr("What the bench did to each phone. Save the report for your records or print it; phones that "
                   "failed or need attention say why and what to do."));
    setFinalPage(true);

    m_source = new QLabel(this);
    m_source->setObjectName(QStringLiteral("reportSource"));
    m_source->setWordWrap(true);
    m_source->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_loadButton = new QPushButton(tr("Load last saved &report"), this);
    m_loadButton->setObjectName(QStringLiteral("loadReportButton"));
    m_loadButton->setToolTip(tr("Shows the report the bench last saved in the state folder, for example after "
                                "sccp2sip was closed or crashed."));
    connect(m_loadButton, &QPushButton::clicked, this, &ReportPage::loadLastReport);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(m_loadButton, 0, Qt::AlignTop);

    m_error = new ErrorPanel(this);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("reportSummary"));
    m_summaryLabel->setTextFormat(Qt::RichText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summaryLabel->setAccessibleName(tr("Summary"));

    m_model = new ReportPhoneModel(m_setup->catalog(), this);
    auto *sorted = new QSortFilterProxyModel(this);
    sorted->setSourceModel(m_model);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportTable"));
    m_table->setModel(sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // the session's order (by MAC) until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->viewport()->installEventFilter(this); // rows grow with the wrapped cause; tens of phones, not thousands
    m_table->setAccessibleName(tr("Phones in the report"));
    auto *tableLabel = new QLabel(tr("&Phones:"), this);
    tableLabel->setBuddy(m_table);

    auto *buttons = new QHBoxLayout;
    const QList<std::pair<Format, QString>> exports{{Format::Csv, tr("Save as &CSV…")},
                                                    {Format::Json, tr("Save as &JSON…")},
                                                    {Format::Html, tr("Save printable &HTML…")}};
    for (const auto &[format, label] : exports) {
        auto *button = new QPushButton(label, this);
        connect(button, &QPushButton::clicked, this, [this, format = format] { chooseExportFile(format); });
        buttons->addWidget(button);
        m_exportButtons << button;
    }
    m_exportButtons.at(0)->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButtons.at(1)->setObjectName(QStringLiteral("exportJsonButton"));
    m_exportButtons.at(2)->setObjectName(QStringLiteral("exportHtmlButton"));
    buttons->addStretch();
    auto *folderButton = new QPushButton(tr("&Open state folder"), this);
    folderButton->setObjectName(QStringLiteral("openFolderButton"));
    folderButton->setToolTip(tr("The folder with the saved report, the log, the leases and the firmware library."));
    connect(folderButton, &QPushButton::clicked, this, &ReportPage::openStateFolder);
    buttons->addWidget(folderButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addWidget(m_error);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_setup, &BenchSetup::benchOutcomeChanged, this, &ReportPage::showOutcome);
    showOutcome();
}

void ReportPage::initializePage()
{
    if (m_loadedFrom.isEmpty())
        showOutcome();
}

const ErrorMessage &ReportPage::shownError() const
{
    return m_error->message();
}

void ReportPage::showOutcome()
{
    const BenchSetup::BenchOutcome &outcome = m_setup->benchOutcome();
    m_loadedFrom.clear();
    showPhones(outcome.phones, outcome.startedAt, outcome.stoppedAt);
}

bool ReportPage::loadLastReport()
{
    const BenchReport report(reportDirectory());
    const Result<QList<PhoneRecord>> phones = report.load();
    if (!phones) {
        qCWarning(lcUiWizard) << "Saved report unreadable:" << phones.error().toLogString();
        m_error->showMessage(ErrorMessages::forError(phones.error()));
        return false;
    }
    m_error->clearMessage();
    m_loadedFrom = report.jsonPath();
    showPhones(*phones, {}, {});
    return true;
}

void ReportPage::showPhones(const QList<PhoneRecord> &phones, const QDateTime &startedAt, const QDateTime &stoppedAt)
{
    m_startedAt = startedAt;
    m_model->setPhones(phones);
    m_summary = ReportSummary::of(phones, startedAt, stoppedAt);
    // Counts on the left, duration, models and loads on the right: the table keeps the page's height.
    const QList<std::pair<QString, QString>> lines = m_summary.lines();
    constexpr int kCounts = 5;
    QString rows;
    for (int row = 0; row < kCounts; ++row) {
        rows += QStringLiteral("<tr><td><b>%1</b></td><td align=\"right\">%2</td><td width=\"32\"></td>")
                    .arg(lines.at(row).first.toHtmlEscaped(), lines.at(row).second.toHtmlEscaped());
        rows += kCounts + row < lines.size() ? QStringLiteral("<td><b>%1</b></td><td>%2</td></tr>")
                                                   .arg(lines.at(kCounts + row).first.toHtmlEscaped(),
                                                        lines.at(kCounts + row).second.toHtmlEscaped())
                                             : QStringLiteral("<td></td><td></td></tr>");
    }
    m_summaryLabel->setText(QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">%1</table>").arg(rows));
    m_summaryLabel->setVisible(!phones.isEmpty());
    fitColumns();
    for (QPushButton *button : std::as_const(m_exportButtons))
        button->setEnabled(!phones.isEmpty());
    updateSource();
}

bool ReportPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWizardPage::eventFilter(watched, event);
}

void ReportPage::fitColumns()
{
    // The cause and fix gets the width the identifying columns leave (wrapped, never below a readable minimum);
    // the two time columns follow it and may scroll.
    using Column = ReportPhoneModel::Column;
    int used = 0;
    for (int column = 0; column < int(Column::Count); ++column) {
        if (column == int(Column::CauseAndFix))
            continue;
        m_table->resizeColumnToContents(column);
        if (column < int(Column::CauseAndFix))
            used += m_table->columnWidth(column);
    }
    m_table->setColumnWidth(int(Column::CauseAndFix), qMax(260, m_table->viewport()->width() - used));
    // After the widths: a row's height counts only the columns in view, and the wrapped cause is one of them now.
    m_table->resizeRowsToContents();
}

QString ReportPage::reportDirectory() const
{
    // Where the last session wrote its report when the Bench page says so; the state folder otherwise.
    const QString written = m_setup->benchOutcome().reportPath;
    return written.isEmpty() ? m_setup->stateDirectory() : QFileInfo(written).absolutePath();
}

void ReportPage::updateSource()
{
    const bool saved = QFileInfo::exists(BenchReport(reportDirectory()).jsonPath());
    m_loadButton->setVisible(saved);
    if (!m_loadedFrom.isEmpty()) {
        m_source->setText(tr("Showing the report saved at %1 (%2).")
                              .arg(QLocale().toString(QFileInfo(m_loadedFrom).lastModified(), QLocale::ShortFormat),
                                   QDir::toNativeSeparators(m_loadedFrom)));
    } else if (m_model->rowCount() > 0 || m_startedAt.isValid()) {
        m_source->setText(m_model->rowCount() > 0 ? tr("Showing this session's bench run.")
                                                  : tr("The bench ran in this session but saw no phone."));
    } else {
        m_source->setText(saved ? tr("The bench has not run in this session. Load the last saved report to see "
                                     "what happened before.")
                                : tr("The bench has not run yet, and no report is saved in the state folder."));
    }
}

QByteArray ReportPage::exportBytes(Format format) const
{
    switch (format) {
    case Format::Csv:
        return BenchReport::toCsv(m_model->phones());
    case Format::Json:
        return BenchReport::toJson(m_model->phones());
    case Format::Html:
        return ReportHtml::render(*m_model, m_summary, QDateTime::currentDateTimeUtc());
    }
    return {};
}

Error ReportPage::exportTo(Format format, const QString &path)
{
    const QByteArray bytes = exportBytes(format);
    QSaveFile file(path);
    Error error;
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        error = Error(ErrorCode::FileUnwritable, QStringLiteral("%1: %2").arg(path, file.errorString()));
    if (error) {
        qCWarning(lcUiWizard) << "Report export failed:" << error.toLogString();
        m_error->showMessage(ErrorMessages::forSave(error, QDir::toNativeSeparators(path)));
        return error;
    }
    qCInfo(lcUiWizard) << "Report exported to" << path << bytes.size() << "bytes";
    m_error->clearMessage();
    return {};
}

void ReportPage::chooseExportFile(Format format)
{
    QString name;
    QString filter;
    switch (format) {
    case Format::Csv:
        name = QStringLiteral("bench-report.csv");
        filter = tr("CSV files (*.csv)");
        break;
    case Format::Json:
        name = QStringLiteral("bench-report.json");
        filter = tr("JSON files (*.json)");
        break;
    case Format::Html:
        name = QStringLiteral("bench-report.html");
        filter = tr("Web pages (*.html *.htm)");
        break;
    }
    auto *dialog = new QFileDialog(this, tr("Save the report"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(filter);
    dialog->setDefaultSuffix(QFileInfo(name).suffix());
    dialog->selectFile(QDir(QDir::homePath()).filePath(name));
    connect(dialog, &QFileDialog::fileSelected, this, [this, format](const QString &path) { exportTo(format, path); });
    dialog->open();
}

void ReportPage::openStateFolder()
{
    const QString folder = m_setup->stateDirectory();
    QDir().mkpath(folder);
    if (m_openFolder(QUrl::fromLocalFile(folder))) {
        m_error->clearMessage();
        return;
    }
    ErrorMessage message;
    message.what = tr("The state folder could not be opened.");
    message.why = tr("No file manager answered the request to show it.");
    message.fix = tr("Open %1 in your file manager yourself.").arg(QDir::toNativeSeparators(folder));
    m_error->showMessage(message);
}
