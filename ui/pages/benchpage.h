#pragma once

#include "ui/bench/bencheventsource.h"
#include "ui/models/benchphonemodel.h"
#include "ui/wizard/benchsetup.h"

#include <QPointer>
#include <QWizardPage>

class BenchController;
class BenchPhoneDetails;
class BenchPhoneFilterModel;
class ErrorPanel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;
class TrustListGuide;

// Page 6: the live bench. Start, Stop and Restart drive a BenchEventSource (the BenchController, or a fake in
// tests); the table shows one row per phone with its stage, progress, speed and message, filtered by stage group
// and a search; the details pane shows the selected phone's log, cause and fix; the trust-list guide opens
// beside the table when a phone is stuck in `trust-list`. What the page saw is kept in BenchSetup::benchOutcome()
// for the Report page. Next is enabled whenever no bench runs: after Stop, or to read the last report.
class BenchPage : public QWizardPage
{
    Q_OBJECT
public:
    BenchPage(BenchSetup *setup, QWidget *parent = nullptr);

    BenchController *controller() const { return m_controller; }
    // Drives the page from `source` instead of the controller (not owned). Only while no bench runs.
    void setEventSource(BenchEventSource *source);
    BenchEventSource *eventSource() const { return m_source; }
    BenchPhoneModel *model() const { return m_model; }
    BenchPhoneFilterModel *filter() const { return m_filter; }
    BenchPhoneDetails *details() const { return m_details; }
    TrustListGuide *guide() const { return m_guide; }
    bool isGuideShown() const;

    void startBench();
    void stopBench();
    void restartBench();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void buildControls();
    void buildTable();
    void onStateChanged(BenchEventSource::State state);
    void onStarted();
    void onStopped();
    void onError(const Error &error);
    void onBenchWarning(const Error &warning, const MacAddress &mac);
    void showCounters(const BenchPhoneModel::Counters &counters);
    void showSelected();
    void openGuide(const PhoneRecord &record);
    void storeOutcome();

    BenchSetup *m_setup;
    BenchController *m_controller = nullptr;
    QPointer<BenchEventSource> m_source;
    BenchPhoneModel *m_model = nullptr;
    BenchPhoneFilterModel *m_filter = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_stop = nullptr;
    QPushButton *m_restart = nullptr;
    QPushButton *m_withoutPasswords = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_counters = nullptr;
    QLabel *m_warning = nullptr;
    ErrorPanel *m_error = nullptr;
    QComboBox *m_group = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_table = nullptr;
    BenchPhoneDetails *m_details = nullptr;
    QSplitter *m_sideBySide = nullptr;
    QWidget *m_guidePane = nullptr;
    QLabel *m_guideTitle = nullptr;
    TrustListGuide *m_guide = nullptr;
    QTimer *m_outcomeTimer = nullptr;
    BenchSetup::BenchOutcome m_outcome;
    bool m_restartPending = false;
    bool m_outcomeDirty = false; // the table changed since the Report page's last snapshot
};
