#include "ui/pages/firmwarepage.h"

#include "core/firmware/firmwareimportjob.h"
#include "ui/models/firmwarelibrarymodel.h"
#include "ui/text/errormessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/errorpanel.h"
#include "ui/widgets/refusallabel.h"
#include "ui/wizard/benchsetup.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

FirmwarePage::FirmwarePage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
{
    setTitle(tr("Firmware"));
    setSubTitle(tr("Import the Cisco firmware bundles you own: the SIP load for each phone model and, for phones "
                   "older than 8.3(3), a jump load. Drop files here or choose them."));
    setAcceptDrops(true);

    m_model = new FirmwareLibraryModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("firmwareTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAccessibleName(tr("Firmware library"));
    auto *tableLabel = new QLabel(tr("&Library:"), this);
    tableLabel->setBuddy(m_table);

    m_importButton = new QPushButton(tr("&Import bundles…"), this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    connect(m_importButton, &QPushButton::clicked, this, &FirmwarePage::chooseFiles);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setVisible(false);
    m_progressLabel = new QLabel(this);
    m_progressLabel->setVisible(false);

    auto *importRow = new QHBoxLayout;
    importRow->addWidget(m_importButton);
    importRow->addWidget(m_progressLabel);
    importRow->addWidget(m_progress, 1);
    importRow->addStretch();

    m_error = new ErrorPanel(this);
    m_coverage = new QLabel(this);
    m_coverage->setObjectName(QStringLiteral("coverage"));
    m_coverage->setWordWrap(true);
    m_jumpLoads = new QLabel(this);
    m_jumpLoads->setObjectName(QStringLiteral("jumpLoads"));
    m_jumpLoads->setWordWrap(true);
    m_jumpLoads->setStyleSheet(QStringLiteral("color: #9a6700;"));
    m_refusal = createRefusalLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(importRow);
    layout->addWidget(m_error);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_coverage);
    layout->addWidget(m_jumpLoads);
    layout->addWidget(m_refusal);

    connect(m_setup, &BenchSetup::firmwareChanged, this, &FirmwarePage::refresh);
    refresh();
}

void FirmwarePage::initializePage()
{
    refresh();
}

void FirmwarePage::chooseFiles()
{
    auto *dialog = new QFileDialog(this, tr("Import firmware bundles"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("Firmware bundles (*.zip *.tar *.tar.gz *.tgz *.cop.sgn *.sgn)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, &FirmwarePage::importFiles);
    dialog->open();
}

void FirmwarePage::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && !isImporting())
        event->acceptProposedAction();
}

void FirmwarePage::dropEvent(QDropEvent *event)
{
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importFiles(paths);
}

void FirmwarePage::importFiles(const QStringList &paths)
{
    m_queue << paths;
    m_refused.clear();
    m_error->clearMessage();
    if (!m_job)
        startNextImport();
}

void FirmwarePage::startNextImport()
{
    if (m_queue.isEmpty()) {
        m_progress->setVisible(false);
        m_progressLabel->setVisible(false);
        m_importButton->setEnabled(true);
        Q_EMIT completeChanged();
        Q_EMIT importsFinished();
        return;
    }
    const QString path = m_queue.takeFirst();
    qCInfo(lcUiWizard) << "Importing firmware from" << path;
    m_job = new FirmwareImportJob(path, m_setup->catalog(), m_setup->firmwareLibrary().root(), this);
    m_progressLabel->setText(tr("Importing %1…").arg(QFileInfo(path).fileName()));
    m_progressLabel->setVisible(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_importButton->setEnabled(false);
    connect(m_job, &FirmwareImportJob::progressed, this, [this](qint64 done, qint64 total) {
        // Percent keeps the bar's int range safe for multi-gigabyte downloads.
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_job, &FirmwareImportJob::finished, this, &FirmwarePage::onImportFinished);
    Q_EMIT completeChanged();
    m_job->start();
}

void FirmwarePage::onImportFinished(const Error &error)
{
    FirmwareImportJob *job = m_job;
    m_job = nullptr;
    for (const FirmwareBundle &bundle : job->bundles()) {
        if (!bundle.isValid())
            m_refused << bundle;
    }
    job->deleteLater();
    if (error) {
        qCWarning(lcUiWizard) << "Firmware import:" << error.toLogString();
        m_error->showMessage(ErrorMessages::forError(error));
    }
    m_setup->reloadFirmware(); // refreshes the table through firmwareChanged
    startNextImport();
}

void FirmwarePage::refresh()
{
    const FirmwareLibrary &library = m_setup->firmwareLibrary();
    m_model->setBundles(library.bundles() + m_refused);
    m_table->resizeColumnsToContents();

    const QStringList covered = coveredModels();
    const QStringList missing = uncoveredModels();
    m_coverage->setText(
        covered.isEmpty()
            ? tr("No phone model has a SIP load yet.")
            : tr("SIP load ready for: %1.").arg(covered.join(QStringLiteral(", "))) +
                  (missing.isEmpty()
                       ? QString()
                       : QLatin1Char(' ') + tr("Still without one: %1.").arg(missing.join(QStringLiteral(", ")))));

    QStringList needJump;
    for (const PhoneFamily &family : m_setup->catalog().families()) {
        if (family.jump && !library.bundlesFor(family.id, PhoneProtocol::Sip).isEmpty() &&
            library.jumpLoads(family.id).isEmpty())
            needJump << family.id;
    }
    m_jumpLoads->setText(needJump.isEmpty()
                             ? QString()
                             : tr("No jump load for %1: phones running firmware older than 8.3(3) need an 8.3(3) to "
                                  "8.5(2) load first, or they keep rebooting.")
                                   .arg(needJump.join(QStringLiteral(", "))));
    m_jumpLoads->setVisible(!needJump.isEmpty());
    Q_EMIT completeChanged();
}

QStringList FirmwarePage::coveredModels() const
{
    QStringList models;
    for (const PhoneModel &model : m_setup->catalog().models()) {
        if (model.supported && !model.familyId.isEmpty() &&
            !m_setup->firmwareLibrary().bundlesFor(model.familyId, PhoneProtocol::Sip).isEmpty())
            models << model.id;
    }
    return models;
}

QStringList FirmwarePage::uncoveredModels() const
{
    QStringList models;
    for (const PhoneModel &model : m_setup->catalog().models()) {
        if (model.supported && !model.familyId.isEmpty() &&
            m_setup->firmwareLibrary().bundlesFor(model.familyId, PhoneProtocol::Sip).isEmpty())
            models << model.id;
    }
    return models;
}

bool FirmwarePage::isComplete() const
{
    return !isImporting();
}

bool FirmwarePage::validatePage()
{
    if (coveredModels().isEmpty()) {
        m_refusal->setText(tr("Import at least one SIP firmware bundle: without it no phone can be converted."));
        m_refusal->setVisible(true);
        return false;
    }
    m_refusal->setVisible(false);
    return true;
}
