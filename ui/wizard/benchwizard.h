#pragma once

#include <QWizard>

class BenchSetup;
class LogDialog;

// The technician's whole job, one page per step of the work. Pages are small classes in ui/pages/ sharing one
// BenchSetup. Window geometry and the technician's choices are remembered per user in QSettings.
class BenchWizard : public QWizard
{
    Q_OBJECT
public:
    // Stable ids: settings and tests refer to them. Network, PBX, Bench and Report are added as their core
    // services land; the order of the work stays this one.
    enum PageId {
        PreflightPageId = 0,
        NetworkPageId = 1,
        FirmwarePageId = 2,
        PbxPageId = 3,
        TrustListPageId = 4,
        BenchPageId = 5,
        ReportPageId = 6,
    };

    BenchWizard(BenchSetup *setup, QString logFilePath, QWidget *parent = nullptr);

    BenchSetup *setup() const { return m_setup; }
    void showLog();
    LogDialog *logDialog() const { return m_logDialog; }

    void saveState() const;
    void restoreState();

public:
    void done(int result) override;

private:
    BenchSetup *m_setup;
    QString m_logFilePath;
    LogDialog *m_logDialog = nullptr;
};
