#pragma once

#include <QWizardPage>

class BenchSetup;
class QLabel;
class TrustListGuide;

// Page 5: how to clear a previous owner's trust list, per model (TrustListGuide: the menu erase, then the
// factory reset, then the format). The model last shown is remembered in the setup.
class TrustListPage : public QWizardPage
{
    Q_OBJECT
public:
    TrustListPage(BenchSetup *setup, QWidget *parent = nullptr);

    void showModel(const QString &modelId);
    QString currentModelId() const;
    TrustListGuide *guide() const { return m_guide; }
    // The step texts shown for the current model, in order (tests read them instead of scraping labels).
    const QStringList &steps() const;
    int drawingCount() const;

    void initializePage() override;
    bool validatePage() override;

private:
    BenchSetup *m_setup;
    TrustListGuide *m_guide = nullptr;
    QLabel *m_refusal = nullptr;
};
