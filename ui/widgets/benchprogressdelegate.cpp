#include "ui/widgets/benchprogressdelegate.h"

#include "ui/models/benchphonemodel.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void BenchProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int perMille = index.data(BenchPhoneModel::ProgressRole).toInt();
    if (!index.data(BenchPhoneModel::ProgressRole).isValid() || perMille < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection and row tint first, then the bar inside a small margin.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    QStyleOptionProgressBar bar;
    if (widget)
        bar.initFrom(widget);
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = 1000;
    bar.progress = perMille;
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    // Qt 6 dropped QStyleOptionProgressBar::orientation: horizontal is a state flag now.
    bar.state = option.state | QStyle::State_Horizontal;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

QSize BenchProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(qMax(size.width(), 110));
    return size;
}
