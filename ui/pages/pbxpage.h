#pragma once

#include "core/common/error.h"
#include "core/provisioning/pbxsettings.h"

#include <QWizardPage>

class BenchSetup;
class ErrorPanel;
class InventoryTableModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

// Page 4: where the phones register and which lines each phone gets. The inventory is an editable table with
// CSV import and export (never with passwords); passwords go only to the OS keychain through CredentialStore.
// Problems show inline as the technician types; errors refuse Next, warnings do not.
class PbxPage : public QWizardPage
{
    Q_OBJECT
public:
    PbxPage(BenchSetup *setup, QWidget *parent = nullptr);

    InventoryTableModel *model() const { return m_model; }
    void importCsv(const QString &path);
    void exportCsv(const QString &path);
    PbxSettings pbxSettings() const;
    int pendingKeychainJobs() const { return m_pendingJobs; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void csvImported();
    void csvExported();
    void keychainIdle();

private:
    void updatePbxIssues();
    void storePassword(int row);
    void readPasswords();
    void jobStarted();
    void jobFinished(const Error &error);
    void refuse(const QString &text);

    BenchSetup *m_setup;
    InventoryTableModel *m_model = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QComboBox *m_transport = nullptr;
    QLineEdit *m_ntp = nullptr;
    QLineEdit *m_router = nullptr;
    QLineEdit *m_dns = nullptr;
    QComboBox *m_timeZone = nullptr;
    QComboBox *m_locale = nullptr;
    QLabel *m_pbxIssues = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_keychainStatus = nullptr;
    ErrorPanel *m_error = nullptr;
    QLabel *m_refusal = nullptr;
    int m_pendingJobs = 0;
};
