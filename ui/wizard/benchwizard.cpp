#include "ui/wizard/benchwizard.h"

#include "ui/dialogs/logdialog.h"
#include "ui/pages/benchpage.h"
#include "ui/pages/firmwarepage.h"
#include "ui/pages/networkpage.h"
#include "ui/pages/pbxpage.h"
#include "ui/pages/preflightpage.h"
#include "ui/pages/reportpage.h"
#include "ui/pages/trustlistpage.h"
#include "ui/wizard/benchsetup.h"

#include <QAbstractButton>
#include <QIcon>
#include <QSettings>

namespace {
const QString geometryKey = QStringLiteral("wizard/geometry");
} // namespace

BenchWizard::BenchWizard(BenchSetup *setup, QString logFilePath, QWidget *parent)
    : QWizard(parent)
    , m_setup(setup)
    , m_logFilePath(std::move(logFilePath))
{
    setWindowTitle(tr("sccp2sip — Cisco phone bench"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/sccp2sip.svg")));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage, true);
    setOption(QWizard::HaveCustomButton1, true);
    setButtonText(QWizard::CustomButton1, tr("Show &log"));
    button(QWizard::CustomButton1)->setObjectName(QStringLiteral("showLogButton"));
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showLog();
    });

    setPage(PreflightPageId, new PreflightPage(m_setup, this));
    setPage(NetworkPageId, new NetworkPage(m_setup, this));
    setPage(FirmwarePageId, new FirmwarePage(m_setup, this));
    setPage(PbxPageId, new PbxPage(m_setup, this));
    setPage(TrustListPageId, new TrustListPage(m_setup, this));
    setPage(BenchPageId, new BenchPage(m_setup, this));
    setStartId(PreflightPageId);
    setPage(ReportPageId, new ReportPage(m_setup, this)); // page ids, not call order, set the order of the pages
    resize(960, 700);
    restoreState();
}

void BenchWizard::showLog()
{
    if (!m_logDialog)
        m_logDialog = new LogDialog(m_logFilePath, this);
    else
        m_logDialog->refresh();
    m_logDialog->show();
    m_logDialog->raise();
    m_logDialog->activateWindow();
}

void BenchWizard::saveState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    m_setup->saveChoices(settings);
}

void BenchWizard::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(geometryKey).toByteArray());
    m_setup->restoreChoices(settings);
}

void BenchWizard::done(int result)
{
    // Close, Cancel and Finish all end here (closeEvent goes through reject()).
    saveState();
    QWizard::done(result);
}
