#pragma once

#include <QWizardPage>

class QLabel;

// Page 1: what the bench needs before anything starts.
class PreflightPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit PreflightPage(QWidget *parent = nullptr);

    // The checklist as shown, one entry per requirement (tests read it instead of scraping labels).
    QStringList requirements() const;

private:
    QStringList m_requirements;
    QLabel *m_checklist = nullptr;
};
