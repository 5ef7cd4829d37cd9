#include "ui/widgets/trustlistguide.h"

#include "ui/text/phoneresettexts.h"

#include "core/phones/phonecatalog.h"
#include "core/phones/phonemodel.h"
#include "ui/widgets/trustlistdrawing.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSvgRenderer>
#include <QSvgWidget>
#include <QVBoxLayout>

TrustListGuide::TrustListGuide(const PhoneCatalog &catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("modelCombo"));
    m_model->setAccessibleName(tr("Phone model"));
    for (const PhoneModel &model : m_catalog.models()) {
        if (model.supported)
            m_model->addItem(model.displayName, model.id);
    }
    auto *modelLabel = new QLabel(tr("Phone &model:"), this);
    modelLabel->setBuddy(m_model);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(modelLabel);
    modelRow->addWidget(m_model, 1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(modelRow);
    layout->addWidget(m_scroll, 1);

    connect(m_model, &QComboBox::currentIndexChanged, this, [this] { showModel(currentModelId()); });
    if (m_model->count() > 0)
        showModel(m_model->currentData().toString());
}

QString TrustListGuide::currentModelId() const
{
    return m_model->currentData().toString();
}

void TrustListGuide::setCompact(bool compact)
{
    m_compact = compact;
    if (const PhoneModel *model = m_catalog.model(currentModelId()))
        rebuild(*model);
}

void TrustListGuide::showModel(const QString &modelId)
{
    const PhoneModel *model = m_catalog.model(modelId);
    const int index = model ? m_model->findData(model->id) : -1;
    if (index < 0)
        return;
    if (m_model->currentIndex() != index) {
        m_model->setCurrentIndex(index); // comes back here through currentIndexChanged
        return;
    }
    rebuild(*model);
    Q_EMIT modelShown(model->id);
}

void TrustListGuide::rebuild(const PhoneModel &model)
{
    // A fresh content widget per model: the old one (and its scroll position) goes with setWidget().
    auto *content = new QWidget;
    m_content = new QVBoxLayout(content);
    m_steps.clear();
    m_drawings = 0;
    addEraseSteps(model);
    addResetSteps(model);
    if (!model.notes.isEmpty()) {
        addSection(tr("Notes for this model"));
        for (const QString &note : model.notes)
            addStep(note);
    }
    m_content->addStretch();
    m_scroll->setWidget(content);
}

void TrustListGuide::addSection(const QString &title)
{
    auto *label = new QLabel(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()));
    label->setTextFormat(Qt::RichText);
    m_content->addWidget(label);
}

void TrustListGuide::addStep(const QString &text, const QByteArray &svg)
{
    m_steps << text;
    auto *row = new QWidget;
    // Beside the live table the pane is narrow: each drawing goes above its text there.
    auto *layout = new QBoxLayout(m_compact ? QBoxLayout::TopToBottom : QBoxLayout::LeftToRight, row);
    layout->setContentsMargins(0, 0, 0, 6);
    if (!svg.isEmpty()) {
        auto *drawing = new QSvgWidget(row);
        drawing->load(svg);
        // Vector drawings scale crisply on high-DPI screens; keep each at a readable width and its own aspect.
        const QSize natural = drawing->renderer()->defaultSize();
        const QSize box = m_compact ? QSize(340, 120) : QSize(560, 150);
        const qreal scale =
            qMin(qreal(box.width()) / qMax(1, natural.width()), qreal(box.height()) / qMax(1, natural.height()));
        drawing->setFixedSize((natural.toSizeF() * scale).toSize());
        drawing->setAccessibleName(text);
        layout->addWidget(drawing, 0, Qt::AlignTop);
        ++m_drawings;
    }
    auto *label = new QLabel(text, row);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label, 1, Qt::AlignTop);
    m_content->addWidget(row);
}

void TrustListGuide::addEraseSteps(const PhoneModel &model)
{
    addSection(tr("1. Erase the trust list from the menu"));
    if (!model.hasTrustListErase || model.trustListErase.menuPaths.isEmpty()) {
        addStep(tr("This model keeps no trust list that the menu can erase. If it still asks for signed "
                   "files, use the factory reset below."));
        return;
    }
    const PhoneTrustListErase &erase = model.trustListErase;
    const QStringList &path = erase.menuPaths.constFirst();
    addStep(tr("Press the Settings button and open %1.").arg(path.join(QStringLiteral(" > "))),
            TrustListDrawing::menuPath(path));
    QStringList alternatives;
    for (qsizetype i = 1; i < erase.menuPaths.size(); ++i)
        alternatives << erase.menuPaths.at(i).join(QStringLiteral(" > "));
    if (!alternatives.isEmpty())
        addStep(tr("Older firmware names the path differently: %1.").arg(alternatives.join(QStringLiteral("; "))));
    if (!erase.unlockKeys.isEmpty())
        addStep(
            tr("Type %1 on the keypad to unlock the settings (a padlock opens on the screen).").arg(erase.unlockKeys),
            TrustListDrawing::keypad(erase.unlockKeys));
    const QString fileEntry = path.constLast();
    addStep(
        (erase.confirm ? tr("Select %1, press the %2 softkey and confirm.") : tr("Select %1 and press the %2 softkey."))
            .arg(fileEntry, erase.softkey),
        TrustListDrawing::softkey(fileEntry, erase.softkey, QStringLiteral("Exit"))); // the phone is English
    addStep(tr("It worked when the bench page shows the phone asking for its plain configuration file instead of "
               "signed (.sgn) files. If Erase is greyed out or nothing changes, do the factory reset."));
    if (model.isUnconfirmed(QStringLiteral("trustListErase")))
        addStep(tr("No public source confirms these menu names for this model: follow what the phone shows."));
}

void TrustListGuide::addResetSteps(const PhoneModel &model)
{
    if (!model.factoryResetKeys.isEmpty()) {
        addSection(tr("2. Factory reset"));
        const QString entry = PhoneResetTexts::resetEntryText(model.resetEntry);
        addStep(entry.isEmpty() ? tr("Unplug the phone, then power it up while holding #.") : entry,
                TrustListDrawing::powerUp(model.resetEntry));
        addStep(tr("Release # and type %1.").arg(model.factoryResetKeys),
                TrustListDrawing::keypad(model.factoryResetKeys));
        if (const QString followUp = PhoneResetTexts::followUpText(model.factoryResetFollowUp); !followUp.isEmpty())
            addStep(followUp);
        if (const QString feedback = PhoneResetTexts::feedbackText(model.feedback); !feedback.isEmpty())
            addStep(tr("While it runs: %1").arg(feedback));
    }
    if (!model.formatKeys.isEmpty()) {
        addSection(tr("3. Format (last resort)"));
        addStep(tr("Enter reset mode as above and type %1 instead. This removes the trust list for certain, and "
                   "the firmware too: the phone then loads it again from this bench, which takes longer.")
                    .arg(model.formatKeys),
                TrustListDrawing::keypad(model.formatKeys));
    }
}
