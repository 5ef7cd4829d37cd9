#include "ui/pages/trustlistpage.h"

#include "ui/widgets/refusallabel.h"
#include "ui/widgets/trustlistguide.h"
#include "ui/wizard/benchsetup.h"

#include <QLabel>
#include <QVBoxLayout>

TrustListPage::TrustListPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
{
    setTitle(tr("Trust list and resets"));
    setSubTitle(tr("Phones that belonged to a Cisco call manager keep its trust list and ignore this bench. The "
                   "bench page tells you which phones need this; here is how, per model."));

    m_guide = new TrustListGuide(m_setup->catalog(), this);
    m_refusal = createRefusalLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_guide, 1);
    layout->addWidget(m_refusal);

    connect(m_guide, &TrustListGuide::modelShown, this, [this](const QString &modelId) {
        m_setup->setGuideModelId(modelId);
        m_refusal->setVisible(false);
    });
    if (!m_guide->currentModelId().isEmpty())
        m_setup->setGuideModelId(m_guide->currentModelId());
}

void TrustListPage::initializePage()
{
    if (!m_setup->guideModelId().isEmpty())
        showModel(m_setup->guideModelId());
}

QString TrustListPage::currentModelId() const
{
    return m_guide->currentModelId();
}

void TrustListPage::showModel(const QString &modelId)
{
    m_guide->showModel(modelId);
}

const QStringList &TrustListPage::steps() const
{
    return m_guide->steps();
}

int TrustListPage::drawingCount() const
{
    return m_guide->drawingCount();
}

bool TrustListPage::validatePage()
{
    if (m_setup->catalog().model(currentModelId()))
        return true;
    m_refusal->setText(tr("Choose a phone model to see its steps."));
    m_refusal->setVisible(true);
    return false;
}
