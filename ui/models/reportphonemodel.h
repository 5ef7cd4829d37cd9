#pragma once

#include "core/bench/phonerecord.h"
#include "core/phones/phonecatalog.h"

#include <QAbstractTableModel>

// The Report page's table: one read-only row per phone of the run (or of a report read back from disk), with the
// human cause and fix from ErrorMessages. The printable report renders the same cells, so both read the same.
class ReportPhoneModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Mac, Model, Serial, Address, Loads, Result, CauseAndFix, FirstSeen, LastSeen, Count };
    enum Role { OutcomeRole = Qt::UserRole + 1, MacRole };

    explicit ReportPhoneModel(PhoneCatalog catalog, QObject *parent = nullptr);

    void setPhones(const QList<PhoneRecord> &phones);
    const QList<PhoneRecord> &phones() const { return m_phones; }

    // One cell as the table shows it (also what the printable report prints).
    QString text(int row, Column column) const;
    static QString timeText(const QDateTime &utc);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString loads(const PhoneRecord &phone) const;
    QString causeAndFix(const PhoneRecord &phone) const;

    PhoneCatalog m_catalog;
    QList<PhoneRecord> m_phones;
};
