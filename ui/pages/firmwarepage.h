#pragma once

#include <QPointer>
#include <QStringList>
#include <QWizardPage>

#include "core/firmware/firmwarebundle.h"
#include "core/firmware/firmwareimportjob.h"

class BenchSetup;
class ErrorPanel;
class FirmwareLibraryModel;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

// Page 3: the firmware library. Imports run on the thread pool (FirmwareImportJob) one file at a time, from the
// file dialog or dropped files, with progress; refused bundles stay in the table with their reason.
class FirmwarePage : public QWizardPage
{
    Q_OBJECT
public:
    FirmwarePage(BenchSetup *setup, QWidget *parent = nullptr);

    void importFiles(const QStringList &paths);
    bool isImporting() const { return m_job != nullptr; }
    FirmwareLibraryModel *model() const { return m_model; }
    // Supported models with a SIP load in the library, and those still without one (catalog ids).
    QStringList coveredModels() const;
    QStringList uncoveredModels() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void importsFinished();

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void chooseFiles();
    void startNextImport();
    void onImportFinished(const Error &error);
    void refresh();

    BenchSetup *m_setup;
    FirmwareLibraryModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressLabel = nullptr;
    ErrorPanel *m_error = nullptr;
    QLabel *m_coverage = nullptr;
    QLabel *m_jumpLoads = nullptr;
    QLabel *m_refusal = nullptr;
    QPushButton *m_importButton = nullptr;
    QStringList m_queue;
    QPointer<FirmwareImportJob> m_job;
    QList<FirmwareBundle> m_refused;
};
