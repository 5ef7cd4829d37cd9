#pragma once

#include "core/provisioning/phoneinventory.h"
#include "core/provisioning/provisioningissue.h"

#include <QAbstractTableModel>

// The inventory as an editable table, one row per phone line. Cells hold what the technician typed, so a
// half-typed MAC stays visible with its problem instead of vanishing; toInventory() turns valid rows into core
// types. Passwords are held in memory only and shown masked; the page stores them through CredentialStore.
class InventoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Mac, Line, Extension, AuthUser, Password, DisplayName, Label, Model, Count };
    enum Role { IssueRole = Qt::UserRole + 1, HasErrorRole };

    explicit InventoryTableModel(QObject *parent = nullptr);

    void setInventory(const PhoneInventory &inventory);
    // Valid rows only; rows with problems are reported by issues().
    PhoneInventory toInventory() const;
    // Problems per row, from ProvisioningValidator plus MAC parsing and duplicate checks.
    QList<ProvisioningIssue> issues() const;
    bool hasErrors() const;

    int addRow();
    void removeRows(QList<int> rows);
    // Keychain results arrive after the table is shown; a row may be gone by then.
    void setPassword(const QString &macCompact, int line, const QString &password);
    QString credentialKey(int row) const; // CredentialStore::lineKey, empty for an invalid MAC

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // A password cell was edited: the page writes it to the keychain.
    void passwordEdited(int row);

private:
    struct Row
    {
        QString mac;
        int line = 1;
        PhoneLine account;
        QString model;
    };
    QList<ProvisioningIssue> rowIssues(int row) const;
    QString cellText(const Row &row, Column column) const;

    QList<Row> m_rows;
    QStringList m_extraColumnNames;
};
