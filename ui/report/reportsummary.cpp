#include "ui/report/reportsummary.h"

#include <QLocale>

ReportSummary::Outcome ReportSummary::outcomeOf(const PhoneRecord &phone)
{
    switch (phone.stage) {
    case PhoneStage::Verified:
        return Outcome::Verified;
    case PhoneStage::Failed:
        return Outcome::Failed;
    case PhoneStage::TrustList:
    case PhoneStage::Idle:
        return Outcome::NeedsAttention;
    default:
        return Outcome::Unfinished;
    }
}

QString ReportSummary::outcomeText(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return tr("Verified");
    case Outcome::Failed:
        return tr("Failed");
    case Outcome::NeedsAttention:
        return tr("Needs attention");
    case Outcome::Unfinished:
        return tr("Unfinished");
    }
    return {};
}

ReportSummary ReportSummary::of(const QList<PhoneRecord> &phones, const QDateTime &startedAt,
                                const QDateTime &stoppedAt)
{
    ReportSummary summary;
    summary.total = int(phones.size());
    QDateTime firstSeen;
    QDateTime lastSeen;
    for (const PhoneRecord &phone : phones) {
        switch (outcomeOf(phone)) {
        case Outcome::Verified:
            ++summary.verified;
            ++summary.convertedModels[phone.modelId];
            ++summary.convertedLoads[{phone.oldLoad, phone.newLoad}];
            break;
        case Outcome::Failed:
            ++summary.failed;
            break;
        case Outcome::NeedsAttention:
            ++summary.needsAttention;
            break;
        case Outcome::Unfinished:
            ++summary.unfinished;
            break;
        }
        if (phone.firstSeen.isValid() && (!firstSeen.isValid() || phone.firstSeen < firstSeen))
            firstSeen = phone.firstSeen;
        if (phone.lastSeen.isValid() && (!lastSeen.isValid() || phone.lastSeen > lastSeen))
            lastSeen = phone.lastSeen;
    }
    summary.from = startedAt.isValid() ? startedAt.toUTC() : firstSeen;
    summary.to = stoppedAt.isValid() ? stoppedAt.toUTC() : lastSeen;
    return summary;
}

qint64 ReportSummary::durationSecs() const
{
    return from.isValid() && to.isValid() ? qMax<qint64>(0, from.secsTo(to)) : -1;
}

QString ReportSummary::durationText(qint64 secs)
{
    if (secs < 0)
        return tr("unknown");
    if (secs >= 3600)
        return tr("%1 h %2 min").arg(secs / 3600).arg(secs % 3600 / 60, 2, 10, QLatin1Char('0'));
    return tr("%1 min %2 s").arg(secs / 60).arg(secs % 60, 2, 10, QLatin1Char('0'));
}

QList<std::pair<QString, QString>> ReportSummary::lines() const
{
    const QLocale locale;
    QString period = durationText(durationSecs());
    if (from.isValid() && to.isValid())
        period = tr("%1 (%2 to %3)")
                     .arg(period, locale.toString(from.toLocalTime(), QLocale::ShortFormat),
                          locale.toString(to.toLocalTime(), QLocale::ShortFormat));
    QStringList models;
    for (auto it = convertedModels.cbegin(); it != convertedModels.cend(); ++it)
        models << tr("%1 × %2").arg(it.key().isEmpty() ? tr("unknown model") : it.key()).arg(it.value());
    QStringList loads;
    for (auto it = convertedLoads.cbegin(); it != convertedLoads.cend(); ++it) {
        loads << tr("%1 → %2 (%3)")
                     .arg(it.key().first.isEmpty() ? tr("unknown load") : it.key().first,
                          it.key().second.isEmpty() ? tr("unknown load") : it.key().second)
                     .arg(it.value());
    }
    return {
        {tr("Phones"), locale.toString(total)},
        {outcomeText(Outcome::Verified), locale.toString(verified)},
        {outcomeText(Outcome::Failed), locale.toString(failed)},
        {outcomeText(Outcome::NeedsAttention), locale.toString(needsAttention)},
        {outcomeText(Outcome::Unfinished), locale.toString(unfinished)},
        {tr("Duration"), period},
        {tr("Models converted"), models.isEmpty() ? tr("none") : models.join(QStringLiteral(", "))},
        {tr("Loads"), loads.isEmpty() ? tr("none") : loads.join(QStringLiteral("; "))},
    };
}
