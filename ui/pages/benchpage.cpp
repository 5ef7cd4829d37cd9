#include "ui/pages/benchpage.h"

#include "ui/bench/benchcontroller.h"
#include "ui/models/benchphonefiltermodel.h"
#include "ui/text/errormessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/benchphonedetails.h"
#include "ui/widgets/benchprogressdelegate.h"
#include "ui/widgets/errorpanel.h"
#include "ui/widgets/trustlistguide.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
constexpr int kOutcomeIntervalMs = 1000; // the Report page's snapshot while the bench runs

} // namespace

BenchPage::BenchPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_controller(new BenchController(setup, this))
    , m_model(new BenchPhoneModel(this))
    , m_filter(new BenchPhoneFilterModel(this))
    , m_outcomeTimer(new QTimer(this))
{
    setTitle(tr("Bench"));
    setSubTitle(tr("Start the bench, then power up the phones on its switch. Each phone appears in the table and "
                   "moves to verified on its own; the ones that need you say what to do."));
    m_model->setCatalog(&m_setup->catalog());
    m_filter->setSourceModel(m_model);
    m_outcomeTimer->setInterval(kOutcomeIntervalMs);
    connect(m_outcomeTimer, &QTimer::timeout, this, [this] {
        if (m_outcomeDirty)
            storeOutcome();
    });
    connect(m_model, &BenchPhoneModel::countersChanged, this, &BenchPage::showCounters);
    connect(m_model, &BenchPhoneModel::phoneEnteredTrustList, this, &BenchPage::openGuide);
    connect(m_model, &BenchPhoneModel::rowsRefreshed, this, [this](const QList<int> &rows) {
        m_outcomeDirty = true;
        const int selected = m_model->rowOf(m_details->mac());
        if (selected >= 0 && rows.contains(selected))
            showSelected();
    });
    buildControls();
    buildTable();
    setEventSource(m_controller);
    showCounters({});
}

void BenchPage::buildControls()
{
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(QStringLiteral("startButton"));
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setObjectName(QStringLiteral("stopButton"));
    m_restart = new QPushButton(tr("&Restart"), this);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_restart->setToolTip(tr("Stop the bench and start it again with the current settings."));
    connect(m_start, &QPushButton::clicked, this, &BenchPage::startBench);
    connect(m_stop, &QPushButton::clicked, this, &BenchPage::stopBench);
    connect(m_restart, &QPushButton::clicked, this, &BenchPage::restartBench);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("benchStatus"));
    m_status->setWordWrap(true);
    m_counters = new QLabel(this);
    m_counters->setObjectName(QStringLiteral("benchCounters"));
    m_counters->setAccessibleName(tr("Phone counts"));

    m_error = new ErrorPanel(this);
    m_withoutPasswords = new QPushButton(tr("Start without the stored &passwords"), this);
    m_withoutPasswords->setObjectName(QStringLiteral("withoutPasswordsButton"));
    m_withoutPasswords->setToolTip(tr("Lines whose password the keychain could not give get none: those phones "
                                      "will not register until you add it."));
    m_withoutPasswords->setVisible(false);
    connect(m_withoutPasswords, &QPushButton::clicked, this, [this] {
        m_controller->setRunWithoutPasswords(true);
        startBench();
    });
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("benchWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b45309; font-weight: bold;"));
    m_warning->setVisible(false);

    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("groupFilter"));
    m_group->setAccessibleName(tr("Show phones"));
    m_group->addItem(tr("All phones"), int(BenchPhoneFilterModel::Group::All));
    m_group->addItem(tr("Working"), int(BenchPhoneFilterModel::Group::Working));
    m_group->addItem(tr("Need attention"), int(BenchPhoneFilterModel::Group::Attention));
    m_group->addItem(tr("Verified"), int(BenchPhoneFilterModel::Group::Verified));
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setGroup(BenchPhoneFilterModel::Group(m_group->currentData().toInt())); });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchFilter"));
    m_search->setPlaceholderText(tr("MAC, model or IP address"));
    m_search->setAccessibleName(tr("Search phones"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &BenchPhoneFilterModel::setSearchText);
}

void BenchPage::buildTable()
{
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("phoneTable"));
    m_table->setAccessibleName(tr("Phones on the bench"));
    m_table->setModel(m_filter);
    m_table->setItemDelegateForColumn(int(BenchPhoneModel::Column::Progress), new BenchProgressDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the technician sorts
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const QList<QPair<BenchPhoneModel::Column, int>> widths{
        {BenchPhoneModel::Column::Model, 60},     {BenchPhoneModel::Column::Mac, 130},
        {BenchPhoneModel::Column::Address, 100},  {BenchPhoneModel::Column::Stage, 100},
        {BenchPhoneModel::Column::Progress, 110}, {BenchPhoneModel::Column::Speed, 80},
        {BenchPhoneModel::Column::Eta, 70},       {BenchPhoneModel::Column::File, 150}};
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(int(column), width);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BenchPage::showSelected);

    m_details = new BenchPhoneDetails(this);
    m_details->setObjectName(QStringLiteral("phoneDetails"));
    m_details->setCatalog(&m_setup->catalog());

    m_guide = new TrustListGuide(m_setup->catalog(), this);
    m_guide->setCompact(true);
    m_guideTitle = new QLabel(this);
    m_guideTitle->setObjectName(QStringLiteral("guideTitle"));
    m_guideTitle->setWordWrap(true);
    auto *hideGuide = new QToolButton(this);
    hideGuide->setObjectName(QStringLiteral("hideGuideButton"));
    hideGuide->setText(tr("&Hide guide"));
    hideGuide->setAccessibleName(tr("Hide the trust-list guide"));
    m_guidePane = new QWidget(this);
    m_guidePane->setObjectName(QStringLiteral("guidePane"));
    auto *guideHeader = new QHBoxLayout;
    guideHeader->addWidget(m_guideTitle, 1);
    guideHeader->addWidget(hideGuide);
    auto *guideLayout = new QVBoxLayout(m_guidePane);
    guideLayout->setContentsMargins(0, 0, 0, 0);
    guideLayout->addLayout(guideHeader);
    guideLayout->addWidget(m_guide, 1);
    m_guidePane->setVisible(false);
    connect(hideGuide, &QToolButton::clicked, m_guidePane, &QWidget::hide);

    // The table and the guide side by side; the selected phone's details below both, full width.
    m_sideBySide = new QSplitter(Qt::Horizontal, this);
    m_sideBySide->setObjectName(QStringLiteral("benchSplitter"));
    m_sideBySide->addWidget(m_table);
    m_sideBySide->addWidget(m_guidePane);
    m_sideBySide->setStretchFactor(0, 3);
    m_sideBySide->setStretchFactor(1, 2);
    m_sideBySide->setChildrenCollapsible(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_sideBySide);
    split->addWidget(m_details);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_start);
    buttons->addWidget(m_stop);
    buttons->addWidget(m_restart);
    buttons->addWidget(m_status, 1);
    auto *filters = new QHBoxLayout;
    auto *groupLabel = new QLabel(tr("Sho&w:"), this);
    groupLabel->setBuddy(m_group);
    auto *searchLabel = new QLabel(tr("Sear&ch:"), this);
    searchLabel->setBuddy(m_search);
    filters->addWidget(groupLabel);
    filters->addWidget(m_group);
    filters->addSpacing(12);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addSpacing(12);
    filters->addWidget(m_counters);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_withoutPasswords, 0, Qt::AlignLeft);
    layout->addWidget(m_warning);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    setTabOrder(m_start, m_stop);
    setTabOrder(m_stop, m_restart);
    setTabOrder(m_restart, m_group);
    setTabOrder(m_group, m_search);
    setTabOrder(m_search, m_table);
}

void BenchPage::setEventSource(BenchEventSource *source)
{
    if (m_source == source || (m_source && m_source->state() != BenchEventSource::State::Idle))
        return;
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    m_model->setSource(source);
    connect(source, &BenchEventSource::stateChanged, this, &BenchPage::onStateChanged);
    connect(source, &BenchEventSource::started, this, &BenchPage::onStarted);
    connect(source, &BenchEventSource::stopped, this, &BenchPage::onStopped);
    connect(source, &BenchEventSource::error, this, &BenchPage::onError);
    connect(source, &BenchEventSource::warning, this, &BenchPage::onBenchWarning);
    connect(source, &BenchEventSource::reportWritten, this,
            [this](const QString &path) { m_outcome.reportPath = path; });
    onStateChanged(source->state());
}

bool BenchPage::isGuideShown() const
{
    return !m_guidePane->isHidden();
}

void BenchPage::initializePage()
{
    m_controller->setRunWithoutPasswords(false);
}

void BenchPage::cleanupPage()
{
    // Back to the settings: a running bench would keep serving the old ones.
    stopBench();
}

bool BenchPage::isComplete() const
{
    return m_source && m_source->state() == BenchEventSource::State::Idle;
}

void BenchPage::startBench()
{
    if (!m_source || m_source->state() != BenchEventSource::State::Idle)
        return;
    m_error->clearMessage();
    m_withoutPasswords->setVisible(false);
    m_warning->setVisible(false);
    m_source->start();
}

void BenchPage::stopBench()
{
    m_restartPending = false;
    if (m_source)
        m_source->stop();
}

void BenchPage::restartBench()
{
    if (!m_source)
        return;
    if (m_source->state() == BenchEventSource::State::Idle) {
        startBench();
        return;
    }
    m_restartPending = true; // onStopped() starts it again
    m_source->stop();
}

void BenchPage::onStateChanged(BenchEventSource::State state)
{
    using State = BenchEventSource::State;
    m_start->setEnabled(state == State::Idle);
    m_stop->setEnabled(state == State::Starting || state == State::Running);
    m_restart->setEnabled(state == State::Idle || state == State::Running);
    switch (state) {
    case State::Idle:
        m_status->setText(m_outcome.startedAt.isValid()
                              ? tr("The bench is stopped. Press Next for the report, or Start to go on.")
                              : tr("Press Start when the phones are cabled to the bench switch. Next skips to the "
                                   "report of the last bench."));
        break;
    case State::Starting:
        m_status->setText(tr("Starting: reading passwords, opening the DHCP and TFTP servers…"));
        break;
    case State::Running:
        m_status->setText(tr("Running. Power up the phones; press Stop when you are done, then Next for the report."));
        break;
    case State::Stopping:
        m_status->setText(tr("Stopping and writing the report…"));
        break;
    }
    Q_EMIT completeChanged();
}

void BenchPage::onStarted()
{
    m_outcome = {};
    m_outcome.startedAt = QDateTime::currentDateTimeUtc();
    m_outcomeTimer->start();
    storeOutcome();
}

void BenchPage::onStopped()
{
    m_outcomeTimer->stop();
    m_model->flush();
    if (m_outcome.startedAt.isValid())
        m_outcome.stoppedAt = QDateTime::currentDateTimeUtc();
    storeOutcome();
    onStateChanged(m_source->state()); // the idle text depends on the outcome
    if (std::exchange(m_restartPending, false))
        startBench();
}

void BenchPage::storeOutcome()
{
    if (!m_outcome.startedAt.isValid())
        return;
    m_outcomeDirty = false;
    BenchSetup::BenchOutcome outcome = m_outcome;
    outcome.phones = m_model->records();
    m_setup->setBenchOutcome(outcome);
}

void BenchPage::onError(const Error &error)
{
    m_restartPending = false;
    m_error->showMessage(error.port() ? ErrorMessages::forBind(error, error.port()) : ErrorMessages::forError(error));
    m_withoutPasswords->setVisible(error.code() == ErrorCode::KeychainUnavailable && m_source == m_controller);
}

void BenchPage::onBenchWarning(const Error &warning, const MacAddress &mac)
{
    if (mac.isValid())
        return; // the phone's row and log show it
    qCInfo(lcUiWizard) << "Bench warning:" << warning.toLogString();
    m_warning->setText(ErrorMessages::forError(warning).what);
    m_warning->setVisible(true);
}

void BenchPage::showCounters(const BenchPhoneModel::Counters &counters)
{
    m_counters->setText(tr("%1 detected · %2 working · %3 need you · %4 verified · %5 failed")
                            .arg(counters.detected)
                            .arg(counters.working)
                            .arg(counters.attention)
                            .arg(counters.verified)
                            .arg(counters.failed));
}

void BenchPage::showSelected()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    m_details->showPhone(m_model->record(row), m_model->events(row));
}

void BenchPage::openGuide(const PhoneRecord &record)
{
    const QString modelId = record.modelId;
    if (!modelId.isEmpty())
        m_guide->showModel(modelId);
    m_guideTitle->setText(
        tr("<b>%1 (%2) keeps a trust list.</b> Erase it on the phone as shown; the bench goes on "
           "by itself.")
            .arg(record.mac.toColon(), (modelId.isEmpty() ? tr("unknown model") : modelId).toHtmlEscaped()));
    if (m_guidePane->isHidden()) {
        m_guidePane->setVisible(true);
        const int width = m_sideBySide->width();
        m_sideBySide->setSizes({width * 3 / 5, width - width * 3 / 5});
    }
}
