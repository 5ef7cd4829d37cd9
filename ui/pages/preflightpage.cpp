#include "ui/pages/preflightpage.h"

#include <QLabel>
#include <QVBoxLayout>

PreflightPage::PreflightPage(QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("Before you start"));
    setSubTitle(tr("sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP "
                   "servers on this computer, so check the bench first."));

    m_requirements = {
        tr("The phones, each powered by PoE or its own power brick."),
        tr("A plain switch between this computer and the phones: no voice VLAN, not the office network."),
        tr("This computer cabled to that switch (a wired card, not Wi-Fi)."),
        tr("The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files)."),
        tr("The address of your PBX and the extension, user name and password of each phone's line."),
    };

    QString html = QStringLiteral("<ul>");
    for (const QString &item : std::as_const(m_requirements))
        html += QStringLiteral("<li style=\"margin-bottom:6px\">") + item.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");

    m_checklist = new QLabel(html, this);
    m_checklist->setObjectName(QStringLiteral("requirementsList"));
    m_checklist->setTextFormat(Qt::RichText);
    m_checklist->setWordWrap(true);
    m_checklist->setAccessibleName(tr("What the bench needs"));

    auto *heading = new QLabel(tr("What the bench needs:"), this);
    heading->setBuddy(m_checklist);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_checklist);
    layout->addStretch();
}

QStringList PreflightPage::requirements() const
{
    return m_requirements;
}
