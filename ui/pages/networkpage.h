#pragma once

#include "core/dhcp/dhcpforeignprobe.h"
#include "core/net/networkinterfaceinfo.h"

#include <QWizardPage>

class BenchSetup;
class NetworkChecker;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;

// Page 2: the bench card and the address plan. Wired cards with an address come first; Wi-Fi and cards without
// an address are flagged. Before our DHCP server may run, a scan (off the GUI thread, with progress) looks for
// another DHCP server on the card, and again whenever the card changes; a found one blocks the page until the
// technician overrides it or switches to "use the existing server".
class NetworkPage : public QWizardPage
{
    Q_OBJECT
public:
    NetworkPage(BenchSetup *setup, QWidget *parent = nullptr);

    void refreshCards();
    void startScan();
    bool isScanning() const;
    const QList<DhcpForeignProbe::Finding> &foreignServers() const { return m_found; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    void scanFinished();

private:
    const NetworkInterfaceInfo *selectedCard() const;
    void onCardChanged();
    void onScanFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error);
    void updateModeWidgets();
    void refuse(const QString &text);
    QString validatePool() const;

    BenchSetup *m_setup;
    QList<NetworkInterfaceInfo> m_cards;
    QComboBox *m_card = nullptr;
    QLabel *m_cardNote = nullptr;
    QRadioButton *m_ownDhcp = nullptr;
    QRadioButton *m_existingDhcp = nullptr;
    QLineEdit *m_poolFirst = nullptr;
    QLineEdit *m_poolLast = nullptr;
    QSpinBox *m_leaseMinutes = nullptr;
    QWidget *m_poolBox = nullptr;
    QPushButton *m_scanButton = nullptr;
    QProgressBar *m_scanProgress = nullptr;
    QLabel *m_scanResult = nullptr;
    QCheckBox *m_override = nullptr;
    QLabel *m_refusal = nullptr;
    NetworkChecker *m_checker = nullptr;
    QList<DhcpForeignProbe::Finding> m_found;
    bool m_scanned = false;
    bool m_scanOnCardChange = false; // set once the page has shown its first card
};
