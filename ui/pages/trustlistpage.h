#pragma once

#include <QWizardPage>

class BenchSetup;
class QComboBox;
class QLabel;
class QScrollArea;
class QVBoxLayout;
struct PhoneModel;

// Page 5: how to clear a previous owner's trust list, per model: the menu erase, then the factory reset, then
// the format, each as drawings (SVG from resources/trustlist) and steps built from the phone catalog.
class TrustListPage : public QWizardPage
{
    Q_OBJECT
public:
    TrustListPage(BenchSetup *setup, QWidget *parent = nullptr);

    void showModel(const QString &modelId);
    QString currentModelId() const;
    // The step texts shown for the current model, in order (tests read them instead of scraping labels).
    const QStringList &steps() const { return m_steps; }
    int drawingCount() const { return m_drawings; }

    // Translated text for the catalog's identifiers; empty for an unknown id.
    static QString resetEntryText(const QString &id);
    static QString feedbackText(const QString &id);
    static QString followUpText(const QString &id);

    void initializePage() override;
    bool validatePage() override;

private:
    void rebuild(const PhoneModel &model);
    void addSection(const QString &title);
    void addStep(const QString &text, const QByteArray &svg = {});
    void addEraseSteps(const PhoneModel &model);
    void addResetSteps(const PhoneModel &model);

    BenchSetup *m_setup;
    QComboBox *m_model = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_refusal = nullptr;
    QStringList m_steps;
    int m_drawings = 0;
};
