#include "ui/models/benchphonefiltermodel.h"

#include "core/bench/phonestage.h"
#include "ui/models/benchphonemodel.h"
#include "ui/models/benchstagestyle.h"

#include <QRegularExpression>

BenchPhoneFilterModel::BenchPhoneFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BenchPhoneModel::SortRole);
    setDynamicSortFilter(true);
}

void BenchPhoneFilterModel::setGroup(Group group)
{
    if (m_group == group)
        return;
    m_group = group;
    invalidateRowsFilter();
}

void BenchPhoneFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (m_search == trimmed)
        return;
    m_search = trimmed;
    static const QRegularExpression separators(QStringLiteral("[:.\\-]"));
    m_searchCompact = QString(trimmed).remove(separators);
    invalidateRowsFilter();
}

bool BenchPhoneFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto cell = [&](BenchPhoneModel::Column column, int role) {
        return model->index(sourceRow, int(column), sourceParent).data(role);
    };
    if (m_group != Group::All) {
        const auto stage = PhoneStage(cell(BenchPhoneModel::Column::Stage, BenchPhoneModel::StageRole).toInt());
        const BenchStageStyle::Group group = BenchStageStyle::group(stage);
        const bool wanted = (m_group == Group::Working && group == BenchStageStyle::Group::Working) ||
                            (m_group == Group::Attention && group == BenchStageStyle::Group::Attention) ||
                            (m_group == Group::Verified && group == BenchStageStyle::Group::Verified);
        if (!wanted)
            return false;
    }
    if (m_search.isEmpty())
        return true;
    const QString modelText = cell(BenchPhoneModel::Column::Model, Qt::DisplayRole).toString();
    const QString address = cell(BenchPhoneModel::Column::Address, Qt::DisplayRole).toString();
    const QString mac = cell(BenchPhoneModel::Column::Mac, BenchPhoneModel::MacRole).toString();
    return modelText.contains(m_search, Qt::CaseInsensitive) || address.contains(m_search, Qt::CaseInsensitive) ||
           (!m_searchCompact.isEmpty() && mac.contains(m_searchCompact, Qt::CaseInsensitive));
}
