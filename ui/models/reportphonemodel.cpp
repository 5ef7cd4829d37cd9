#include "ui/models/reportphonemodel.h"

#include "ui/report/reportsummary.h"
#include "ui/text/errormessages.h"

#include <QColor>

ReportPhoneModel::ReportPhoneModel(PhoneCatalog catalog, QObject *parent)
    : QAbstractTableModel(parent)
    , m_catalog(std::move(catalog))
{}

void ReportPhoneModel::setPhones(const QList<PhoneRecord> &phones)
{
    beginResetModel();
    m_phones = phones;
    endResetModel();
}

int ReportPhoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_phones.size());
}

int ReportPhoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString ReportPhoneModel::timeText(const QDateTime &utc)
{
    // Sortable and unambiguous in every language; local time, as the technician's watch shows it.
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QString();
}

QString ReportPhoneModel::loads(const PhoneRecord &phone) const
{
    const QString before = phone.oldLoad.isEmpty() ? tr("unknown") : phone.oldLoad;
    QString after = phone.newLoad;
    if (after.isEmpty())
        after = phone.targetLoad.isEmpty() ? tr("none") : tr("%1 (target)").arg(phone.targetLoad);
    // Two lines: load names are long, and the cause column needs the width more.
    return QStringLiteral("%1 →\n%2").arg(before, after);
}

QString ReportPhoneModel::causeAndFix(const PhoneRecord &phone) const
{
    if (const ErrorMessage message = ErrorMessages::forPhone(phone, &m_catalog); !message.isEmpty())
        return message.what + QLatin1Char(' ') + message.fix;
    if (ReportSummary::outcomeOf(phone) == ReportSummary::Outcome::Unfinished)
        return tr("It was at the %1 stage when the bench stopped.").arg(PhoneStageNames::toString(phone.stage));
    return {};
}

QString ReportPhoneModel::text(int row, Column column) const
{
    if (row < 0 || row >= m_phones.size())
        return {};
    const PhoneRecord &phone = m_phones.at(row);
    switch (column) {
    case Column::Mac:
        return phone.mac.toColon();
    case Column::Model:
        return phone.modelId.isEmpty() ? tr("unknown") : phone.modelId;
    case Column::Serial:
        return phone.serial;
    case Column::Address:
        return phone.ip.isNull() ? QString() : phone.ip.toString();
    case Column::Loads:
        return loads(phone);
    case Column::Result:
        return ReportSummary::outcomeText(ReportSummary::outcomeOf(phone));
    case Column::CauseAndFix:
        return causeAndFix(phone);
    case Column::FirstSeen:
        return timeText(phone.firstSeen);
    case Column::LastSeen:
        return timeText(phone.lastSeen);
    case Column::Count:
        break;
    }
    return {};
}

QVariant ReportPhoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhoneRecord &phone = m_phones.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), column);
    case Qt::ToolTipRole:
        if (column == Column::CauseAndFix) {
            const ErrorMessage message = ErrorMessages::forPhone(phone, &m_catalog);
            return message.isEmpty() ? text(index.row(), column) : message.summary();
        }
        return text(index.row(), column);
    case Qt::ForegroundRole:
        if (column != Column::Result)
            return {};
        switch (ReportSummary::outcomeOf(phone)) {
        case ReportSummary::Outcome::Verified:
            return QColor(0x1a, 0x7f, 0x37);
        case ReportSummary::Outcome::Failed:
            return QColor(0xb4, 0x23, 0x18);
        case ReportSummary::Outcome::NeedsAttention:
            return QColor(0x9a, 0x67, 0x00);
        case ReportSummary::Outcome::Unfinished:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        // Rows grow with the wrapped cause; every cell starts on the same line.
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignTop);
    case OutcomeRole:
        return int(ReportSummary::outcomeOf(phone));
    case MacRole:
        return phone.mac.toCompact();
    default:
        return {};
    }
}

QVariant ReportPhoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Mac:
        return tr("MAC");
    case Column::Model:
        return tr("Model");
    case Column::Serial:
        return tr("Serial");
    case Column::Address:
        return tr("IP address");
    case Column::Loads:
        return tr("Old → new load");
    case Column::Result:
        return tr("Result");
    case Column::CauseAndFix:
        return tr("Cause and fix");
    case Column::FirstSeen:
        return tr("First seen");
    case Column::LastSeen:
        return tr("Last seen");
    case Column::Count:
        break;
    }
    return {};
}
