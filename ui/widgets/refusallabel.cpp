#include "ui/widgets/refusallabel.h"

#include <QLabel>

QLabel *createRefusalLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("refusal"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b42318; font-weight: bold;"));
    label->setVisible(false);
    return label;
}
