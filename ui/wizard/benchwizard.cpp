#include "ui/wizard/benchwizard.h"

#include "ui/pages/preflightpage.h"

#include <QIcon>

BenchWizard::BenchWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("sccp2sip — Cisco phone bench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sccp2sip.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setPage(PreflightPageId, new PreflightPage(this));
    setStartId(PreflightPageId);
    resize(900, 640);
}
