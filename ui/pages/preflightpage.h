#pragma once

#include "core/common/error.h"

#include <QStringList>
#include <QWizardPage>

class BenchSetup;
class ErrorPanel;
class NetworkChecker;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Page 1: can this program open the DHCP and TFTP ports, and what does the bench need. A port problem explains
// itself with the fix for this OS; the technician may still continue to prepare firmware and lines only.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    static constexpr quint16 DhcpPort = 67;
    static constexpr quint16 TftpPort = 69;

    PreflightPage(BenchSetup *setup, QWidget *parent = nullptr);

    // The checklist as shown, one entry per requirement (tests read it instead of scraping labels).
    QStringList requirements() const;
    // Starts the port checks (off the GUI thread); the statuses say "checking" until they answer.
    void runChecks();
    bool isChecking() const;
    bool portsReady() const;
    // pkexec with the display variables it strips, then this binary and its arguments (Linux only).
    static QStringList elevatedRelaunchCommand(const QString &binaryPath, const QStringList &arguments);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void checksFinished();

private:
    void onPortsChecked(const Error &dhcp, const Error &tftp);
    void showPortResult(QLabel *status, ErrorPanel *panel, const QString &service, quint16 port, bool ok);
    void relaunchElevated();

    BenchSetup *m_setup;
    QStringList m_requirements;
    QLabel *m_dhcpStatus = nullptr;
    QLabel *m_tftpStatus = nullptr;
    ErrorPanel *m_dhcpError = nullptr;
    ErrorPanel *m_tftpError = nullptr;
    QWidget *m_privilegeBox = nullptr;
    QLineEdit *m_setcapLine = nullptr;
    QPushButton *m_relaunchButton = nullptr;
    QCheckBox *m_prepareOnly = nullptr;
    QLabel *m_refusal = nullptr;
    NetworkChecker *m_checker = nullptr;
};
