#include "ui/models/firmwarelibrarymodel.h"

#include "ui/text/errormessages.h"

#include <QColor>
#include <QLocale>

FirmwareLibraryModel::FirmwareLibraryModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void FirmwareLibraryModel::setBundles(const QList<FirmwareBundle> &bundles)
{
    beginResetModel();
    m_bundles = bundles;
    endResetModel();
}

int FirmwareLibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_bundles.size());
}

int FirmwareLibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QString FirmwareLibraryModel::verdict(const FirmwareBundle &bundle) const
{
    if (!bundle.isValid())
        return ErrorMessages::forError(bundle.firstProblem()).what;
    if (bundle.jumpLoad)
        return tr("Ready (jump load)");
    return tr("Ready");
}

QVariant FirmwareLibraryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FirmwareBundle &bundle = m_bundles.at(index.row());
    switch (role) {
    case ValidRole:
        return bundle.isValid();
    case LoadIdRole:
        return bundle.loadId;
    case JumpLoadRole:
        return bundle.jumpLoad;
    case Qt::ForegroundRole:
        if (Column(index.column()) == Column::Verdict)
            return bundle.isValid() ? QColor(0x1a, 0x7f, 0x37) : QColor(0xb4, 0x23, 0x18);
        return {};
    case Qt::ToolTipRole:
        if (Column(index.column()) == Column::Verdict && !bundle.isValid()) {
            const ErrorMessage message = ErrorMessages::forError(bundle.firstProblem());
            return QString(message.summary() + QStringLiteral("\n\n") + message.detail);
        }
        if (Column(index.column()) == Column::Files)
            return bundle.allFileNames().join(QLatin1Char('\n'));
        return bundle.loadId;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (Column(index.column())) {
    case Column::Family:
        return bundle.familyId;
    case Column::Protocol:
        return phoneProtocolName(bundle.protocol);
    case Column::Version:
        return bundle.version ? bundle.version->toString() : bundle.loadId;
    case Column::Files:
        return tr("%1 files, %2")
            .arg(bundle.allFileNames().size())
            .arg(QLocale().formattedDataSize(bundle.totalBytes()));
    case Column::Models:
        return bundle.coveredModels.join(QStringLiteral(", "));
    case Column::Verdict:
        return verdict(bundle);
    case Column::Count:
        break;
    }
    return {};
}

QVariant FirmwareLibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(Column::Count))
        return {};
    switch (Column(section)) {
    case Column::Family:
        return tr("Family");
    case Column::Protocol:
        return tr("Protocol");
    case Column::Version:
        return tr("Version");
    case Column::Files:
        return tr("Files");
    case Column::Models:
        return tr("Models");
    case Column::Verdict:
        return tr("Verdict");
    case Column::Count:
        break;
    }
    return {};
}
