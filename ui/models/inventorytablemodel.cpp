#include "ui/models/inventorytablemodel.h"

#include "core/credentials/credentialstore.h"
#include "core/provisioning/provisioningvalidator.h"
#include "ui/text/issuemessages.h"

#include <QColor>
#include <QSet>

#include <algorithm>

InventoryTableModel::InventoryTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void InventoryTableModel::setInventory(const PhoneInventory &inventory)
{
    beginResetModel();
    m_rows.clear();
    for (const PhoneInventoryEntry &entry : inventory.entries()) {
        for (auto it = entry.lines.cbegin(); it != entry.lines.cend(); ++it)
            m_rows.append({entry.mac.toColon(), it.key(), it.value(), entry.modelHint});
    }
    m_extraColumnNames = inventory.extraColumnNames();
    endResetModel();
}

PhoneInventory InventoryTableModel::toInventory() const
{
    PhoneInventory inventory;
    inventory.setExtraColumnNames(m_extraColumnNames);
    QMap<MacAddress, PhoneInventoryEntry> entries;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (IssueMessages::hasError(rowIssues(row)))
            continue;
        const Row &r = m_rows.at(row);
        const MacAddress mac = *MacAddress::parse(r.mac);
        PhoneInventoryEntry &entry = entries[mac];
        entry.mac = mac;
        entry.lines.insert(r.line, r.account);
        if (!r.model.isEmpty())
            entry.modelHint = r.model;
    }
    for (const PhoneInventoryEntry &entry : std::as_const(entries))
        inventory.insert(entry);
    return inventory;
}

QList<ProvisioningIssue> InventoryTableModel::rowIssues(int row) const
{
    const Row &r = m_rows.at(row);
    QList<ProvisioningIssue> issues;
    const std::optional<MacAddress> mac = MacAddress::parse(r.mac);
    if (!mac) {
        ProvisioningIssue issue;
        issue.field = ProvisioningIssue::Field::Mac;
        issue.kind = r.mac.trimmed().isEmpty() ? ProvisioningIssue::Kind::Empty : ProvisioningIssue::Kind::BadMac;
        issues << issue;
    } else {
        for (int other = 0; other < row; ++other) {
            if (m_rows.at(other).line == r.line && MacAddress::parse(m_rows.at(other).mac) == mac) {
                ProvisioningIssue issue;
                issue.field = ProvisioningIssue::Field::Mac;
                issue.kind = ProvisioningIssue::Kind::DuplicateMac;
                issues << issue;
                break;
            }
        }
    }
    issues << ProvisioningValidator::validateLine(r.line, r.account);
    return issues;
}

QList<ProvisioningIssue> InventoryTableModel::issues() const
{
    QList<ProvisioningIssue> all;
    for (int row = 0; row < m_rows.size(); ++row)
        all << rowIssues(row);
    return all;
}

bool InventoryTableModel::hasErrors() const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (IssueMessages::hasError(rowIssues(row)))
            return true;
    }
    return false;
}

int InventoryTableModel::addRow()
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{});
    endInsertRows();
    return row;
}

void InventoryTableModel::removeRows(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (row < 0 || row >= m_rows.size())
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
}

void InventoryTableModel::setPassword(const QString &macCompact, int line, const QString &password)
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const std::optional<MacAddress> mac = MacAddress::parse(m_rows.at(row).mac);
        if (mac && mac->toCompact() == macCompact && m_rows.at(row).line == line) {
            m_rows[row].account.password = password;
            const QModelIndex cell = index(row, int(Column::Password));
            Q_EMIT dataChanged(cell, cell);
        }
    }
}

QString InventoryTableModel::credentialKey(int row) const
{
    const std::optional<MacAddress> mac = MacAddress::parse(m_rows.value(row).mac);
    return mac ? CredentialStore::lineKey(*mac, m_rows.at(row).line) : QString();
}

int InventoryTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InventoryTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString InventoryTableModel::cellText(const Row &row, Column column) const
{
    switch (column) {
    case Column::Mac:
        return row.mac;
    case Column::Line:
        return QString::number(row.line);
    case Column::Extension:
        return row.account.extension;
    case Column::AuthUser:
        return row.account.authUser;
    case Column::Password:
        return row.account.password;
    case Column::DisplayName:
        return row.account.displayName;
    case Column::Label:
        return row.account.label;
    case Column::Model:
        return row.model;
    case Column::Count:
        break;
    }
    return {};
}

namespace {
ProvisioningIssue::Field fieldOf(InventoryTableModel::Column column)
{
    using C = InventoryTableModel::Column;
    using F = ProvisioningIssue::Field;
    switch (column) {
    case C::Mac:
        return F::Mac;
    case C::Line:
        return F::Line;
    case C::Extension:
        return F::Extension;
    case C::AuthUser:
        return F::AuthUser;
    case C::Password:
        return F::Password;
    case C::DisplayName:
        return F::DisplayName;
    case C::Label:
        return F::Label;
    default:
        return F::Row;
    }
}
} // namespace

QVariant InventoryTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    QList<ProvisioningIssue> cellIssues;
    if (role == IssueRole || role == HasErrorRole || role == Qt::ToolTipRole || role == Qt::BackgroundRole) {
        for (const ProvisioningIssue &issue : rowIssues(index.row())) {
            if (issue.field == fieldOf(column))
                cellIssues << issue;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == Column::Password) // masked: never on screen, never in a screenshot
            return row.account.password.isEmpty() ? QString() : QString(8, QChar(0x2022));
        return cellText(row, column);
    case Qt::EditRole:
        return column == Column::Line ? QVariant(row.line) : QVariant(cellText(row, column));
    case Qt::ToolTipRole:
    case IssueRole: {
        QStringList texts;
        for (const ProvisioningIssue &issue : std::as_const(cellIssues))
            texts << IssueMessages::text(issue);
        return texts.isEmpty() ? QVariant() : QVariant(texts.join(QLatin1Char('\n')));
    }
    case HasErrorRole:
        return IssueMessages::hasError(cellIssues);
    case Qt::BackgroundRole:
        if (cellIssues.isEmpty())
            return {};
        return IssueMessages::hasError(cellIssues) ? QColor(250, 210, 205) : QColor(255, 236, 190);
    default:
        return {};
    }
}

QVariant InventoryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Mac:
        return tr("MAC address");
    case Column::Line:
        return tr("Line");
    case Column::Extension:
        return tr("Extension");
    case Column::AuthUser:
        return tr("Auth user");
    case Column::Password:
        return tr("Password");
    case Column::DisplayName:
        return tr("Display name");
    case Column::Label:
        return tr("Label");
    case Column::Model:
        return tr("Model");
    case Column::Count:
        break;
    }
    return {};
}

Qt::ItemFlags InventoryTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

bool InventoryTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    const QString text = value.toString().trimmed();
    switch (Column(index.column())) {
    case Column::Mac:
        row.mac = text;
        break;
    case Column::Line: {
        bool ok = false;
        const int line = text.toInt(&ok);
        if (!ok || line < 1 || line > ProvisioningValidator::kMaxLineNumber)
            return false;
        row.line = line;
        break;
    }
    case Column::Extension:
        row.account.extension = text;
        break;
    case Column::AuthUser:
        row.account.authUser = text;
        break;
    case Column::Password:
        row.account.password = value.toString(); // spaces may be part of a secret
        break;
    case Column::DisplayName:
        row.account.displayName = text;
        break;
    case Column::Label:
        row.account.label = text;
        break;
    case Column::Model:
        row.model = text;
        break;
    case Column::Count:
        return false;
    }
    // Issues of one row can depend on others (duplicates): refresh the whole row range.
    Q_EMIT dataChanged(this->index(0, 0), this->index(int(m_rows.size()) - 1, int(Column::Count) - 1));
    // A password typed before its MAC was valid is stored as soon as the MAC is.
    if (Column(index.column()) == Column::Password ||
        (Column(index.column()) == Column::Mac && !row.account.password.isEmpty()))
        Q_EMIT passwordEdited(index.row());
    return true;
}
