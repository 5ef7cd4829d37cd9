#pragma once

#include <QStyledItemDelegate>

// Paints BenchPhoneModel's ProgressRole (per mille) as the platform's progress bar; cells without progress are
// painted as usual (empty).
class BenchProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
