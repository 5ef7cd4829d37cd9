#pragma once

#include "core/bench/phonerecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

#include <utility>

// What the Report page and the printable report say above the phone table: how many phones ended how, how long the
// bench ran, which models were converted and from which load to which. Plain numbers; lines() words them.
class ReportSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReportSummary)
public:
    enum class Outcome { Verified, Failed, NeedsAttention, Unfinished };

    // trust-list and idle need the technician; detected … sip were still on their way when the bench stopped.
    static Outcome outcomeOf(const PhoneRecord &phone);
    static QString outcomeText(Outcome outcome);
    // Without a run's start and stop (a report loaded from disk), the phones' first and last sighting bound it.
    static ReportSummary of(const QList<PhoneRecord> &phones, const QDateTime &startedAt = {},
                            const QDateTime &stoppedAt = {});

    int total = 0;
    int verified = 0;
    int failed = 0;
    int needsAttention = 0;
    int unfinished = 0;
    QDateTime from;                                        // UTC
    QDateTime to;                                          // UTC
    QMap<QString, int> convertedModels;                    // model id → verified phones
    QMap<std::pair<QString, QString>, int> convertedLoads; // (old, new) → verified phones

    qint64 durationSecs() const;
    static QString durationText(qint64 secs);
    // (heading, value) rows, translated, in the order the page and the printable report show them.
    QList<std::pair<QString, QString>> lines() const;
};
