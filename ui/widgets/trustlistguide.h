#pragma once

#include <QStringList>
#include <QWidget>

class PhoneCatalog;
class QComboBox;
class QScrollArea;
class QVBoxLayout;
struct PhoneModel;

// How to clear a previous owner's trust list on one model: the menu erase, then the factory reset, then the
// format, as drawings (SVG from resources/trustlist) and steps built from the phone catalog. The trust-list page
// shows it full size; the bench page opens it beside the live table when a phone is stuck in `trust-list`.
class TrustListGuide : public QWidget
{
    Q_OBJECT
public:
    explicit TrustListGuide(const PhoneCatalog &catalog, QWidget *parent = nullptr);

    // Unknown or unsupported ids change nothing.
    void showModel(const QString &modelId);
    QString currentModelId() const;
    // The step texts shown for the current model, in order (tests read them instead of scraping labels).
    const QStringList &steps() const { return m_steps; }
    int drawingCount() const { return m_drawings; }
    // For a narrow pane: smaller drawings, each above its text instead of beside it.
    void setCompact(bool compact);

Q_SIGNALS:
    void modelShown(const QString &modelId);

private:
    void rebuild(const PhoneModel &model);
    void addSection(const QString &title);
    void addStep(const QString &text, const QByteArray &svg = {});
    void addEraseSteps(const PhoneModel &model);
    void addResetSteps(const PhoneModel &model);

    const PhoneCatalog &m_catalog;
    QComboBox *m_model = nullptr;
    QScrollArea *m_scroll = nullptr;
    QVBoxLayout *m_content = nullptr;
    QStringList m_steps;
    int m_drawings = 0;
    bool m_compact = false;
};
