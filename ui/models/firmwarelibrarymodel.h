#pragma once

#include "core/firmware/firmwarebundle.h"

#include <QAbstractTableModel>

// The firmware bundles the wizard shows: the library's stored bundles plus those the last import refused, each
// with its verdict. A display cache: the page refills it after every import.
class FirmwareLibraryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Family, Protocol, Version, Files, Models, Verdict, Count };
    enum Role { ValidRole = Qt::UserRole + 1, LoadIdRole, JumpLoadRole };

    explicit FirmwareLibraryModel(QObject *parent = nullptr);

    void setBundles(const QList<FirmwareBundle> &bundles);
    const QList<FirmwareBundle> &bundles() const { return m_bundles; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString verdict(const FirmwareBundle &bundle) const;

    QList<FirmwareBundle> m_bundles;
};
