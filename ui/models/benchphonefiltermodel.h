#pragma once

#include <QSortFilterProxyModel>

// The Bench page's view of BenchPhoneModel: a stage group (all, working, needs attention, verified) and a text
// search over MAC, model and IP address. Sorting uses the model's SortRole (numbers sort as numbers).
class BenchPhoneFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Group { All, Working, Attention, Verified };
    Q_ENUM(Group)

    explicit BenchPhoneFilterModel(QObject *parent = nullptr);

    Group group() const { return m_group; }
    void setGroup(Group group);
    const QString &searchText() const { return m_search; }
    // Case-insensitive; MACs match with or without separators ("001e4a", "00:1e:4a").
    void setSearchText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Group m_group = Group::All;
    QString m_search;
    QString m_searchCompact; // the search without MAC separators
};
