#pragma once

#include <QWizard>

// The technician's whole job, one page per step of the work. Pages are small classes in ui/pages/.
class BenchWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { PreflightPageId = 0 };

    explicit BenchWizard(QWidget *parent = nullptr);
};
