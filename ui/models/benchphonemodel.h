#pragma once

#include "core/bench/phonerecord.h"
#include "core/common/error.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>

class BenchEventSource;
class Clock;
class PhoneCatalog;

// The Bench page's live table: one row per phone, a display cache of what the bench reports. Events only update
// the cache and mark rows dirty; flush() (on a timer, at most ~10 times a second) inserts the new phones with
// one beginInsertRows and sends one dataChanged per range of changed rows, so a burst of TFTP progress never
// repaints per event. data() of an existing row may run ahead of the last dataChanged until the next flush;
// counters, new rows and phoneEnteredTrustList follow the flush. Rows are never removed while the page lives; a
// phone seen again keeps its row.
class BenchPhoneModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Model, Mac, Address, Stage, Progress, Speed, Eta, File, Message, Count };
    enum Role {
        ProgressRole = Qt::UserRole + 1, // 0..1000 (per mille), -1 when there is nothing to show
        StageRole,                       // PhoneStage as int
        MacRole,                         // compact MAC
        SortRole,                        // what the column sorts by
    };
    struct Counters
    {
        int detected = 0;  // every phone seen
        int working = 0;   // on its way: detected … sip
        int attention = 0; // waiting for the technician: trust-list, idle
        int verified = 0;
        int failed = 0;
        friend bool operator==(const Counters &, const Counters &) = default;
    };
    // A line of a phone's event log beside its stage history: a file sent, a refused request, a warning.
    struct Event
    {
        QDateTime at; // UTC
        QString text; // translated
        bool problem = false;
    };

    explicit BenchPhoneModel(QObject *parent = nullptr);
    BenchPhoneModel(const Clock &clock, QObject *parent = nullptr);
    ~BenchPhoneModel() override;

    // Listens to `source` (one at a time); nullptr only disconnects. Rows stay.
    void setSource(BenchEventSource *source);
    void setFlushInterval(int ms) { m_flushTimer.setInterval(ms); }
    // Lets a phone's message name its model's menus and key sequences; must outlive the model.
    void setCatalog(const PhoneCatalog *catalog) { m_catalog = catalog; }
    // Applies what arrived since the last flush now (the timer calls it; tests may too).
    void flush();
    int flushCount() const { return m_flushCount; }

    Counters counters() const { return m_counters; }
    QList<PhoneRecord> records() const;
    const PhoneRecord *record(int row) const;
    QList<Event> events(int row) const;
    int rowOf(const MacAddress &mac) const { return m_rowByMac.value(mac, -1); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void countersChanged(const BenchPhoneModel::Counters &counters);
    // After a flush that changed these rows (the details pane refreshes its phone).
    void rowsRefreshed(const QList<int> &rows);
    // A phone moved into `trust-list` since the last flush: the page opens the guide for its model.
    void phoneEnteredTrustList(const PhoneRecord &record);

private:
    struct Row
    {
        PhoneRecord record;
        QList<Event> events;
        double speed = 0; // bytes per second, smoothed
        qint64 windowStartMs = -1;
        qint64 windowStartBytes = 0;
    };
    void setUpTimer();
    void onPhone(const PhoneRecord &record);
    void onProgress(const MacAddress &mac, qint64 done, qint64 total);
    void onTransferEnded(const MacAddress &mac, const QString &file, qint64 bytes, qint64 durationMs,
                         const Error &result);
    void onWarning(const Error &warning, const MacAddress &mac);
    Row *rowFor(const MacAddress &mac);
    void addEvent(Row &row, const QString &text, bool problem);
    void markDirty(const MacAddress &mac);
    QIcon stageIcon(PhoneStage stage) const;
    QVariant display(const Row &row, Column column) const;
    QVariant sortKey(const Row &row, Column column) const;
    QString message(const Row &row) const;
    Counters count() const;

    std::unique_ptr<Clock> m_ownClock;
    const Clock &m_clock;
    const PhoneCatalog *m_catalog = nullptr;
    QPointer<BenchEventSource> m_source;
    QList<Row> m_rows;                      // visible rows
    QList<Row> m_arriving;                  // phones seen since the last flush, not yet rows
    QHash<MacAddress, int> m_rowByMac;      // visible rows
    QHash<MacAddress, int> m_arrivingByMac; // index into m_arriving
    QSet<int> m_dirtyRows;
    QList<PhoneRecord> m_enteredTrustList;
    Counters m_counters;
    QTimer m_flushTimer;
    int m_flushCount = 0;
    mutable QHash<int, QIcon> m_icons;
};

Q_DECLARE_METATYPE(BenchPhoneModel::Counters)
