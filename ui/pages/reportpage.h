#pragma once

#include "core/bench/phonerecord.h"
#include "core/common/error.h"
#include "ui/report/reportsummary.h"
#include "ui/text/errormessage.h"

#include <QWizardPage>

#include <functional>

class BenchSetup;
class ErrorPanel;
class QLabel;
class QPushButton;
class QTableView;
class QUrl;
class ReportPhoneModel;

// Page 7: what the bench did. Shows the run the Bench page left in BenchSetup, or the report last saved in the state
// folder (also after a crash), as a summary and a table; exports CSV and JSON exactly as the session writes them and
// a printable HTML document; opens the state folder.
class ReportPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class Format { Csv, Json, Html };
    // Opens a folder in the desktop's file manager; tests replace it.
    using FolderOpener = std::function<bool(const QUrl &folder)>;

    ReportPage(BenchSetup *setup, QWidget *parent = nullptr);

    void setFolderOpener(FolderOpener opener) { m_openFolder = std::move(opener); }
    void openStateFolder();
    // Reads bench-report.json from the folder the session wrote it to (the state folder); false (with the reason shown)
    // when there is none or it is unreadable.
    bool loadLastReport();

    // The bytes an export writes, and writing them (QSaveFile); a failure is shown with its fix and returned.
    QByteArray exportBytes(Format format) const;
    Error exportTo(Format format, const QString &path);

    ReportPhoneModel *model() const { return m_model; }
    const ReportSummary &summary() const { return m_summary; }
    const ErrorMessage &shownError() const;

    void initializePage() override;
    bool isComplete() const override { return true; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showOutcome();
    void showPhones(const QList<PhoneRecord> &phones, const QDateTime &startedAt, const QDateTime &stoppedAt);
    void chooseExportFile(Format format);
    void updateSource();
    void fitColumns();
    QString reportDirectory() const;

    BenchSetup *m_setup;
    ReportPhoneModel *m_model = nullptr;
    ReportSummary m_summary;
    QDateTime m_startedAt;
    QString m_loadedFrom; // the report file shown, when read from disk
    FolderOpener m_openFolder;
    QLabel *m_source = nullptr;
    QPushButton *m_loadButton = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    ErrorPanel *m_error = nullptr;
    QList<QPushButton *> m_exportButtons;
};
