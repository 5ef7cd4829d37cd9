#include "ui/models/benchphonemodel.h"

#include "core/common/clock.h"
#include "ui/bench/bencheventsource.h"
#include "ui/models/benchstagestyle.h"
#include "ui/text/errormessages.h"

#include <QLocale>

#include <algorithm>
#include <array>

namespace {
constexpr int kFlushIntervalMs = 100; // at most ~10 repaints a second, however fast events come
constexpr qint64 kSpeedWindowMs = 1000;
constexpr qsizetype kMaxEventsPerPhone = 200;

// Per mille of the image set fetched; a verified phone is done whatever it fetched; -1: nothing to show.
int progressPerMille(const PhoneRecord &record)
{
    if (record.stage == PhoneStage::Verified)
        return 1000;
    if (record.progressTotal <= 0)
        return -1;
    return int(std::clamp<qint64>(record.progressDone * 1000 / record.progressTotal, 0, 1000));
}
} // namespace

BenchPhoneModel::BenchPhoneModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_ownClock(std::make_unique<SystemClock>())
    , m_clock(*m_ownClock)
{
    setUpTimer();
}

BenchPhoneModel::BenchPhoneModel(const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    setUpTimer();
}

void BenchPhoneModel::setUpTimer()
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BenchPhoneModel::flush);
}

BenchPhoneModel::~BenchPhoneModel() = default;

void BenchPhoneModel::setSource(BenchEventSource *source)
{
    if (m_source)
        m_source->disconnect(this);
    m_source = source;
    if (!source)
        return;
    connect(source, &BenchEventSource::phoneChanged, this, &BenchPhoneModel::onPhone);
    connect(source, &BenchEventSource::progressed, this, &BenchPhoneModel::onProgress);
    connect(source, &BenchEventSource::transferEnded, this, &BenchPhoneModel::onTransferEnded);
    connect(source, &BenchEventSource::warning, this, &BenchPhoneModel::onWarning);
}

BenchPhoneModel::Row *BenchPhoneModel::rowFor(const MacAddress &mac)
{
    if (const auto it = m_rowByMac.constFind(mac); it != m_rowByMac.cend())
        return &m_rows[*it];
    if (const auto it = m_arrivingByMac.constFind(mac); it != m_arrivingByMac.cend())
        return &m_arriving[*it];
    return nullptr;
}

void BenchPhoneModel::markDirty(const MacAddress &mac)
{
    if (const auto it = m_rowByMac.constFind(mac); it != m_rowByMac.cend())
        m_dirtyRows.insert(*it);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void BenchPhoneModel::onPhone(const PhoneRecord &record)
{
    if (!record.mac.isValid())
        return;
    Row *row = rowFor(record.mac);
    const bool isNew = !row;
    if (isNew) {
        m_arrivingByMac.insert(record.mac, int(m_arriving.size()));
        m_arriving.append(Row{});
        row = &m_arriving.last();
    }
    const PhoneStage before = row->record.stage;
    row->record = record;
    if (record.stage == PhoneStage::TrustList && (isNew || before != PhoneStage::TrustList))
        m_enteredTrustList.append(record);
    if (record.stage != PhoneStage::Firmware) {
        row->speed = 0;
        row->windowStartMs = -1;
    }
    markDirty(record.mac);
}

void BenchPhoneModel::onProgress(const MacAddress &mac, qint64 done, qint64 total)
{
    Row *row = rowFor(mac);
    if (!row)
        return;
    PhoneRecord &record = row->record;
    const qint64 now = m_clock.monotonicMs();
    if (row->windowStartMs < 0 || done < record.progressDone || total != record.progressTotal) {
        // A new image set (or the same one again): speed starts over.
        row->windowStartMs = now;
        row->windowStartBytes = done;
        row->speed = 0;
    } else if (now - row->windowStartMs >= kSpeedWindowMs) {
        const double sample = double(done - row->windowStartBytes) * 1000.0 / double(now - row->windowStartMs);
        row->speed = row->speed > 0 ? (row->speed + sample) / 2 : sample;
        row->windowStartMs = now;
        row->windowStartBytes = done;
    }
    record.progressDone = done;
    record.progressTotal = total;
    markDirty(mac);
}

void BenchPhoneModel::onTransferEnded(const MacAddress &mac, const QString &file, qint64 bytes, qint64 durationMs,
                                      const Error &result)
{
    Row *row = rowFor(mac);
    if (!row)
        return;
    switch (result.code()) {
    case ErrorCode::None:
        addEvent(*row,
                 tr("Sent %1 (%2 in %3 s).")
                     .arg(file, QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat),
                          QLocale().toString(double(durationMs) / 1000.0, 'f', durationMs < 1000 ? 2 : 1)),
                 false);
        break;
    case ErrorCode::FileNotFound:
        // Phones probe for optional files (locales, trust lists, ringers): a miss is normal.
        addEvent(*row, tr("Asked for %1, which this bench does not serve.").arg(file), false);
        break;
    default:
        addEvent(*row, tr("Sending %1 failed: %2").arg(file, ErrorMessages::forError(result).what), true);
        break;
    }
    markDirty(mac);
}

void BenchPhoneModel::onWarning(const Error &warning, const MacAddress &mac)
{
    Row *row = rowFor(mac);
    if (!row)
        return; // the page shows bench-wide warnings itself
    addEvent(*row, ErrorMessages::forError(warning).what, true);
    markDirty(mac);
}

void BenchPhoneModel::addEvent(Row &row, const QString &text, bool problem)
{
    row.events.append({m_clock.nowUtc(), text, problem});
    if (row.events.size() > kMaxEventsPerPhone)
        row.events.remove(0, row.events.size() - kMaxEventsPerPhone);
}

void BenchPhoneModel::flush()
{
    m_flushTimer.stop();
    if (m_arriving.isEmpty() && m_dirtyRows.isEmpty() && m_enteredTrustList.isEmpty())
        return;
    ++m_flushCount;
    QList<int> refreshed(m_dirtyRows.cbegin(), m_dirtyRows.cend());
    m_dirtyRows.clear();
    std::sort(refreshed.begin(), refreshed.end());
    // One dataChanged per run of adjacent rows: fifty phones transferring at once still make few signals.
    for (qsizetype i = 0; i < refreshed.size();) {
        qsizetype j = i;
        while (j + 1 < refreshed.size() && refreshed.at(j + 1) == refreshed.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(refreshed.at(i), 0), index(refreshed.at(j), int(Column::Count) - 1));
        i = j + 1;
    }
    if (!m_arriving.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(m_arriving.size()) - 1);
        for (Row &row : m_arriving) {
            m_rowByMac.insert(row.record.mac, int(m_rows.size()));
            refreshed.append(int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        m_arriving.clear();
        m_arrivingByMac.clear();
        endInsertRows();
    }
    Q_EMIT rowsRefreshed(refreshed);
    for (const PhoneRecord &record : std::exchange(m_enteredTrustList, {}))
        Q_EMIT phoneEnteredTrustList(record);
    if (const Counters now = count(); now != m_counters) {
        m_counters = now;
        Q_EMIT countersChanged(m_counters);
    }
}

BenchPhoneModel::Counters BenchPhoneModel::count() const
{
    Counters counters;
    counters.detected = int(m_rows.size());
    for (const Row &row : m_rows) {
        switch (row.record.stage) {
        case PhoneStage::Verified:
            ++counters.verified;
            break;
        case PhoneStage::Failed:
            ++counters.failed;
            break;
        case PhoneStage::TrustList:
        case PhoneStage::Idle:
            ++counters.attention;
            break;
        default:
            ++counters.working;
            break;
        }
    }
    return counters;
}

QList<PhoneRecord> BenchPhoneModel::records() const
{
    QList<PhoneRecord> all;
    all.reserve(m_rows.size() + m_arriving.size());
    for (const Row &row : m_rows)
        all.append(row.record);
    for (const Row &row : m_arriving)
        all.append(row.record);
    return all;
}

const PhoneRecord *BenchPhoneModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row).record : nullptr;
}

QList<BenchPhoneModel::Event> BenchPhoneModel::events(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).events : QList<Event>();
}

int BenchPhoneModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BenchPhoneModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant BenchPhoneModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static constexpr std::array<const char *, size_t(Column::Count)> titles{
        QT_TR_NOOP("Model"),     QT_TR_NOOP("MAC"),          QT_TR_NOOP("IP address"),
        QT_TR_NOOP("Stage"),     QT_TR_NOOP("Progress"),     QT_TR_NOOP("Speed"),
        QT_TR_NOOP("Time left"), QT_TR_NOOP("Current file"), QT_TR_NOOP("Message")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= int(titles.size()))
        return QAbstractTableModel::headerData(section, orientation, role);
    return tr(titles.at(size_t(section)));
}

QVariant BenchPhoneModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const PhoneRecord &record = row.record;
    const Column column = Column(index.column());
    const bool attention = BenchStageStyle::group(record.stage) == BenchStageStyle::Group::Attention;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::DecorationRole:
        return column == Column::Stage ? QVariant(stageIcon(record.stage)) : QVariant();
    case Qt::ForegroundRole:
        return column == Column::Stage ? QVariant(BenchStageStyle::color(record.stage)) : QVariant();
    case Qt::BackgroundRole: {
        if (!attention)
            return {};
        QColor tint = BenchStageStyle::color(record.stage);
        tint.setAlpha(36); // a tint keeps the text readable in light and dark palettes
        return tint;
    }
    case Qt::ToolTipRole:
        if (column == Column::Stage)
            return BenchStageStyle::description(record.stage);
        if (column == Column::Message && record.cause) {
            const ErrorMessage explained = ErrorMessages::forPhone(record, m_catalog);
            return QStringList{explained.what, explained.why, explained.fix}.join(QLatin1Char('\n'));
        }
        return display(row, column);
    case Qt::AccessibleTextRole:
        if (column == Column::Stage)
            return QString(PhoneStageNames::toString(record.stage) + QStringLiteral(": ") +
                           BenchStageStyle::description(record.stage));
        return display(row, column);
    case ProgressRole:
        return progressPerMille(record);
    case StageRole:
        return int(record.stage);
    case MacRole:
        return record.mac.toCompact();
    case SortRole:
        return sortKey(row, column);
    default:
        return {};
    }
}

QIcon BenchPhoneModel::stageIcon(PhoneStage stage) const
{
    // One QIcon per stage for the model's life: each keeps its rendered SVG, so repaints do not parse it again.
    auto it = m_icons.find(int(stage));
    if (it == m_icons.end())
        it = m_icons.insert(int(stage), BenchStageStyle::icon(stage));
    return *it;
}

QVariant BenchPhoneModel::display(const Row &row, Column column) const
{
    const PhoneRecord &record = row.record;
    const bool fetching = record.stage == PhoneStage::Firmware && record.progressTotal > 0 &&
                          record.progressDone < record.progressTotal && row.speed > 0;
    switch (column) {
    case Column::Model:
        return record.modelId.isEmpty() ? record.familyId : record.modelId;
    case Column::Mac:
        return record.mac.toColon();
    case Column::Address:
        return record.ip.isNull() ? QString() : record.ip.toString();
    case Column::Stage:
        return PhoneStageNames::toString(record.stage);
    case Column::Progress: {
        const int perMille = progressPerMille(record);
        return perMille < 0 ? QString() : tr("%1 %").arg(perMille / 10);
    }
    case Column::Speed:
        return fetching ? BenchStageStyle::speedText(row.speed) : QString();
    case Column::Eta:
        return fetching
                   ? BenchStageStyle::etaText(qint64(double(record.progressTotal - record.progressDone) / row.speed))
                   : QString();
    case Column::File:
        return record.currentFile;
    case Column::Message:
        return message(row);
    case Column::Count:
        break;
    }
    return {};
}

QVariant BenchPhoneModel::sortKey(const Row &row, Column column) const
{
    const PhoneRecord &record = row.record;
    switch (column) {
    case Column::Mac:
        return record.mac.toCompact();
    case Column::Address:
        return record.ip.toIPv4Address();
    case Column::Stage:
        return int(record.stage);
    case Column::Progress:
        return progressPerMille(record);
    case Column::Speed:
        return row.speed;
    default:
        return display(row, column);
    }
}

QString BenchPhoneModel::message(const Row &row) const
{
    const PhoneRecord &record = row.record;
    if (record.cause)
        return ErrorMessages::forPhone(record, m_catalog).what;
    if (record.stage == PhoneStage::Verified && !record.newLoad.isEmpty())
        return tr("Runs %1; checked on its web page.").arg(record.newLoad);
    return BenchStageStyle::description(record.stage);
}
