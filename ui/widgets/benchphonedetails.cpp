#include "ui/widgets/benchphonedetails.h"

#include "ui/text/errormessages.h"
#include "ui/widgets/errorpanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QVBoxLayout>

#include <algorithm>

BenchPhoneDetails::BenchPhoneDetails(QWidget *parent)
    : QWidget(parent)
{
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("phoneSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_summary->setAccessibleName(tr("Selected phone"));

    m_cause = new ErrorPanel(this);
    m_cause->setObjectName(QStringLiteral("phoneCause"));

    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(QStringLiteral("phoneLog"));
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setAccessibleName(tr("Event log of the selected phone"));
    m_log->setTabChangesFocus(true);

    // Who it is and what to do on the left, its log on the right: both readable in a short pane.
    auto *facts = new QVBoxLayout;
    facts->addWidget(m_summary);
    facts->addWidget(m_cause);
    facts->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(facts, 2);
    layout->addWidget(m_log, 3);
    showPhone(nullptr, {});
}

QString BenchPhoneDetails::summaryText() const
{
    return m_summary->text();
}

QString BenchPhoneDetails::logText() const
{
    return m_log->toPlainText();
}

void BenchPhoneDetails::showPhone(const PhoneRecord *record, const QList<BenchPhoneModel::Event> &events)
{
    if (!record) {
        m_mac = MacAddress();
        m_summary->setText(tr("Select a phone to see its event log."));
        m_cause->clearMessage();
        m_log->clear();
        return;
    }
    m_mac = record->mac;
    QStringList facts{record->modelId.isEmpty() ? tr("Unknown model") : record->modelId, record->mac.toColon()};
    if (!record->ip.isNull())
        facts << record->ip.toString();
    if (!record->serial.isEmpty())
        facts << tr("serial %1").arg(record->serial);
    if (!record->oldLoad.isEmpty() || !record->newLoad.isEmpty())
        facts << tr("load %1 → %2")
                     .arg(record->oldLoad.isEmpty() ? QStringLiteral("?") : record->oldLoad,
                          record->newLoad.isEmpty() ? record->targetLoad : record->newLoad);
    m_summary->setText(facts.join(QStringLiteral(" · ")));

    if (record->cause) {
        ErrorMessage explained = ErrorMessages::forPhone(*record, m_catalog);
        if (record->fix != PhoneFix::None)
            explained.detail +=
                QStringLiteral("\nfix: %1 %2").arg(PhoneStageNames::toString(record->fix), record->fixDetail);
        m_cause->showMessage(explained);
    } else {
        m_cause->clearMessage();
    }

    // Stage history and events on one time line; a stable sort keeps each list's own order at equal times.
    QList<BenchPhoneModel::Event> lines;
    for (const PhoneHistoryEntry &entry : record->history) {
        const QString stage = PhoneStageNames::toString(entry.stage);
        lines.append({entry.at, entry.note.isEmpty() ? stage : QStringLiteral("%1 (%2)").arg(stage, entry.note),
                      entry.stage == PhoneStage::Failed});
    }
    lines += events;
    std::stable_sort(lines.begin(), lines.end(),
                     [](const BenchPhoneModel::Event &a, const BenchPhoneModel::Event &b) { return a.at < b.at; });
    QStringList text;
    text.reserve(lines.size());
    for (const BenchPhoneModel::Event &line : std::as_const(lines))
        text << QStringLiteral("%1  %2%3")
                    .arg(line.at.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                         line.problem ? QStringLiteral("! ") : QString(), line.text);
    const QScrollBar *scroll = m_log->verticalScrollBar();
    const bool atEnd = scroll->value() == scroll->maximum();
    const int position = scroll->value();
    m_log->setPlainText(text.join(QLatin1Char('\n')));
    // Follow new lines only when the technician has not scrolled back to read.
    m_log->verticalScrollBar()->setValue(atEnd ? m_log->verticalScrollBar()->maximum() : position);
}
