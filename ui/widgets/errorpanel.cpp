#include "ui/widgets/errorpanel.h"

#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setObjectName(QStringLiteral("errorPanel"));
    // A warm background reads as "needs attention" in light and dark palettes alike.
    setStyleSheet(QStringLiteral("ErrorPanel { background: rgba(220, 60, 40, 28); border: 1px solid "
                                 "rgba(200, 50, 30, 140); border-radius: 4px; }"));

    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("errorText"));

    m_detailsButton = new QToolButton(this);
    m_detailsButton->setText(tr("&Details"));
    m_detailsButton->setCheckable(true);
    m_detailsButton->setArrowType(Qt::RightArrow);
    m_detailsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsButton->setAutoRaise(true);
    m_detailsButton->setAccessibleName(tr("Show technical details"));

    m_details = new QLabel(this);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setAccessibleName(tr("Technical details"));
    m_details->setVisible(false);

    connect(m_detailsButton, &QToolButton::toggled, this, [this](bool expanded) {
        m_detailsButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
        m_details->setVisible(expanded);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_detailsButton, 0, Qt::AlignLeft);
    layout->addWidget(m_details);
    setVisible(false);
}

void ErrorPanel::showMessage(const ErrorMessage &message)
{
    if (message.isEmpty()) {
        clearMessage();
        return;
    }
    m_message = message;
    m_text->setText(QStringLiteral("<b>%1</b> %2<br>%3")
                        .arg(message.what.toHtmlEscaped(), message.why.toHtmlEscaped(), message.fix.toHtmlEscaped()));
    m_text->setAccessibleName(message.summary());
    m_details->setText(message.detail);
    m_detailsButton->setVisible(!message.detail.isEmpty());
    m_detailsButton->setChecked(false);
    setVisible(true);
}

void ErrorPanel::clearMessage()
{
    m_message = {};
    m_text->clear();
    m_details->clear();
    setVisible(false);
}

bool ErrorPanel::detailsExpanded() const
{
    return m_detailsButton->isChecked();
}
