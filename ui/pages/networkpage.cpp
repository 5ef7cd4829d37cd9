#include "ui/pages/networkpage.h"

#include "ui/text/errormessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/refusallabel.h"
#include "ui/wizard/benchsetup.h"
#include "ui/wizard/networkchecker.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Wired cards that are up and have an address first: the card the technician almost always wants.
int cardRank(const NetworkInterfaceInfo &card)
{
    return (card.wireless ? 4 : 0) + (card.hasIpv4() ? 0 : 2) + (card.running ? 0 : 1);
}

bool inSubnet(const QHostAddress &address, const NetworkInterfaceInfo &card)
{
    const auto [network, prefix] = card.subnet();
    return prefix >= 0 && address.isInSubnet(network, prefix);
}

} // namespace

NetworkPage::NetworkPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
{
    setTitle(tr("Network"));
    setSubTitle(tr("Choose the card cabled to the phones' switch and how the phones get their addresses."));

    m_card = new QComboBox(this);
    m_card->setObjectName(QStringLiteral("cardCombo"));
    m_card->setAccessibleName(tr("Network card"));
    auto *cardLabel = new QLabel(tr("Network &card:"), this);
    cardLabel->setBuddy(m_card);
    auto *refreshButton = new QPushButton(tr("R&efresh"), this);
    connect(refreshButton, &QPushButton::clicked, this, &NetworkPage::refreshCards);
    m_cardNote = new QLabel(this);
    m_cardNote->setObjectName(QStringLiteral("cardNote"));
    m_cardNote->setWordWrap(true);
    m_cardNote->setStyleSheet(QStringLiteral("color: #9a6700;"));
    auto *cardRow = new QHBoxLayout;
    cardRow->addWidget(cardLabel);
    cardRow->addWidget(m_card, 1);
    cardRow->addWidget(refreshButton);

    auto *modeBox = new QGroupBox(tr("Addresses for the phones"), this);
    m_ownDhcp = new QRadioButton(tr("&Run the DHCP server of sccp2sip on this card"), modeBox);
    m_existingDhcp = new QRadioButton(tr("&Use an existing DHCP server (it must send option 150 with this "
                                         "computer's address)"),
                                      modeBox);
    m_ownDhcp->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_ownDhcp);
    group->addButton(m_existingDhcp);

    m_poolBox = new QWidget(modeBox);
    m_poolFirst = new QLineEdit(m_poolBox);
    m_poolFirst->setObjectName(QStringLiteral("poolFirst"));
    m_poolFirst->setAccessibleName(tr("First address of the pool"));
    m_poolFirst->setPlaceholderText(tr("automatic"));
    m_poolLast = new QLineEdit(m_poolBox);
    m_poolLast->setObjectName(QStringLiteral("poolLast"));
    m_poolLast->setAccessibleName(tr("Last address of the pool"));
    m_poolLast->setPlaceholderText(tr("automatic"));
    m_leaseMinutes = new QSpinBox(m_poolBox);
    m_leaseMinutes->setObjectName(QStringLiteral("leaseMinutes"));
    m_leaseMinutes->setAccessibleName(tr("Lease time in minutes"));
    m_leaseMinutes->setRange(5, 24 * 60);
    m_leaseMinutes->setSuffix(tr(" min"));
    auto *poolForm = new QFormLayout(m_poolBox);
    poolForm->addRow(tr("&First address:"), m_poolFirst);
    poolForm->addRow(tr("&Last address:"), m_poolLast);
    poolForm->addRow(tr("Lease &time:"), m_leaseMinutes);
    registerField(QStringLiteral("poolFirst"), m_poolFirst);
    registerField(QStringLiteral("poolLast"), m_poolLast);
    registerField(QStringLiteral("leaseMinutes"), m_leaseMinutes);
    registerField(QStringLiteral("useExistingDhcp"), m_existingDhcp);

    m_scanButton = new QPushButton(tr("&Scan for other DHCP servers"), modeBox);
    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanProgress = new QProgressBar(modeBox);
    m_scanProgress->setObjectName(QStringLiteral("scanProgress"));
    m_scanProgress->setRange(0, 0);
    m_scanProgress->setTextVisible(false);
    m_scanProgress->setAccessibleName(tr("Scan in progress"));
    m_scanProgress->setVisible(false);
    m_scanResult = new QLabel(modeBox);
    m_scanResult->setObjectName(QStringLiteral("scanResult"));
    m_scanResult->setWordWrap(true);
    m_override = new QCheckBox(tr("Serve &anyway: I am sure that server will not answer the phones"), modeBox);
    m_override->setObjectName(QStringLiteral("overrideForeign"));
    m_override->setVisible(false);
    registerField(QStringLiteral("overrideForeignDhcp"), m_override);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanButton);
    scanRow->addWidget(m_scanProgress, 1);
    scanRow->addStretch();

    auto *modeLayout = new QVBoxLayout(modeBox);
    modeLayout->addWidget(m_ownDhcp);
    modeLayout->addWidget(m_poolBox);
    modeLayout->addLayout(scanRow);
    modeLayout->addWidget(m_scanResult);
    modeLayout->addWidget(m_override);
    modeLayout->addWidget(m_existingDhcp);

    m_refusal = createRefusalLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(cardRow);
    layout->addWidget(m_cardNote);
    layout->addWidget(modeBox);
    layout->addWidget(m_refusal);
    layout->addStretch();

    m_checker = new NetworkChecker(this);
    connect(m_checker, &NetworkChecker::scanProgressed, this, [this](int elapsedMs, int totalMs) {
        m_scanProgress->setRange(0, totalMs);
        m_scanProgress->setValue(std::min(elapsedMs, totalMs));
    });
    connect(m_checker, &NetworkChecker::scanFinished, this, &NetworkPage::onScanFinished);
    connect(m_card, &QComboBox::currentIndexChanged, this, &NetworkPage::onCardChanged);
    connect(m_scanButton, &QPushButton::clicked, this, &NetworkPage::startScan);
    connect(m_ownDhcp, &QRadioButton::toggled, this, &NetworkPage::updateModeWidgets);
    connect(m_override, &QCheckBox::toggled, m_refusal, &QLabel::hide);
}

void NetworkPage::initializePage()
{
    const BenchSetup::NetworkChoice &choice = m_setup->networkChoice();
    refreshCards();
    m_existingDhcp->setChecked(choice.useExistingDhcp);
    m_poolFirst->setText(choice.poolFirst);
    m_poolLast->setText(choice.poolLast);
    m_leaseMinutes->setValue(choice.leaseMinutes);
    updateModeWidgets();
    // The scan takes a few seconds and needs no input: start it at once so its verdict is ready.
    if (m_ownDhcp->isChecked() && selectedCard() && selectedCard()->hasIpv4())
        startScan();
    m_scanOnCardChange = true;
}

void NetworkPage::refreshCards()
{
    const QString previous = selectedCard() ? selectedCard()->name : m_setup->networkChoice().interfaceName;
    m_cards.clear();
    for (const NetworkInterfaceInfo &card : m_setup->interfaces()) {
        if (!card.loopback)
            m_cards << card;
    }
    std::stable_sort(m_cards.begin(), m_cards.end(),
                     [](const auto &a, const auto &b) { return cardRank(a) < cardRank(b); });
    const QSignalBlocker blocker(m_card);
    m_card->clear();
    for (const NetworkInterfaceInfo &card : std::as_const(m_cards)) {
        QString text = card.humanReadable.isEmpty() ? card.name : card.humanReadable;
        text += card.hasIpv4() ? QStringLiteral(" — %1/%2").arg(card.ipv4.toString()).arg(card.prefixLength)
                               : QStringLiteral(" — ") + tr("no address");
        text += QStringLiteral(" — ") + (card.running ? tr("link up") : tr("no link"));
        if (card.wireless)
            text += QStringLiteral(" — ") + tr("Wi-Fi");
        m_card->addItem(text, card.name);
    }
    const int index = m_card->findData(previous);
    m_card->setCurrentIndex(index >= 0 ? index : 0);
    onCardChanged();
}

const NetworkInterfaceInfo *NetworkPage::selectedCard() const
{
    const int index = m_card->currentIndex();
    return index >= 0 && index < m_cards.size() ? &m_cards.at(index) : nullptr;
}

void NetworkPage::onCardChanged()
{
    // A scan result belongs to the card it ran on.
    m_found.clear();
    m_scanned = false;
    m_scanResult->clear();
    m_override->setChecked(false);
    m_override->setVisible(false);
    m_refusal->setVisible(false);
    const NetworkInterfaceInfo *card = selectedCard();
    QStringList notes;
    if (!card)
        notes << tr("No network card found. Connect the USB or built-in Ethernet card, then press Refresh.");
    else {
        if (card->wireless)
            notes << tr("This is a Wi-Fi card. Phones are cabled: choose the wired card connected to their switch.");
        if (!card->hasIpv4())
            notes << tr("This card has no IPv4 address. Give it a fixed one (for example 10.231.0.1/24) in the "
                        "system's network settings, then press Refresh.");
        else if (!card->running)
            notes << tr("No link on this card: check the cable to the switch.");
    }
    m_cardNote->setText(notes.join(QLatin1Char(' ')));
    m_cardNote->setVisible(!notes.isEmpty());
    // Another card is another network: look again (a scan still running for the old card is superseded).
    if (m_scanOnCardChange && m_ownDhcp->isChecked() && card && card->hasIpv4())
        startScan();
    Q_EMIT completeChanged();
}

void NetworkPage::updateModeWidgets()
{
    const bool own = m_ownDhcp->isChecked();
    m_poolBox->setEnabled(own);
    m_scanButton->setEnabled(own && !isScanning());
    m_refusal->setVisible(false);
    Q_EMIT completeChanged();
}

bool NetworkPage::isScanning() const
{
    return m_checker->isScanning();
}

void NetworkPage::startScan()
{
    const NetworkInterfaceInfo *card = selectedCard();
    if (!card)
        return;
    m_found.clear();
    m_scanned = false;
    const DhcpForeignProbe::Config config = m_setup->foreignProbeConfig(*card);
    m_scanProgress->setRange(0, config.totalMs());
    m_scanProgress->setValue(0);
    m_scanProgress->setVisible(true);
    m_scanButton->setEnabled(false);
    m_override->setVisible(false);
    m_scanResult->setText(tr("Asking the network on %1 for other DHCP servers (slow ones included, up to %2 s)…")
                              .arg(card->name)
                              .arg((config.totalMs() + 999) / 1000));
    qCInfo(lcUiWizard) << "Scanning" << card->name << "for foreign DHCP servers";
    m_checker->scan(config); // a scan still running for another card is superseded
    Q_EMIT completeChanged();
}

void NetworkPage::onScanFinished(const QList<DhcpForeignProbe::Finding> &servers, const Error &error)
{
    m_scanProgress->setVisible(false);
    m_scanButton->setEnabled(m_ownDhcp->isChecked());
    m_found = servers;
    m_scanned = !error;
    if (error) {
        const ErrorMessage message = ErrorMessages::forBind(error, 68);
        m_scanResult->setText(tr("The scan could not run: %1").arg(message.summary()));
    } else if (servers.isEmpty()) {
        m_scanResult->setText(tr("✔ No other DHCP server answered on this card."));
    } else {
        m_scanResult->setText(tr("✘ Another DHCP server answers on this card: %1. Phones would take its addresses "
                                 "and never find this bench. Unplug it from the switch, or choose \"Use an "
                                 "existing DHCP server\".")
                                  .arg(DhcpForeignProbe::describe(servers)));
    }
    m_override->setVisible(!servers.isEmpty());
    Q_EMIT completeChanged();
    Q_EMIT scanFinished();
}

QString NetworkPage::validatePool() const
{
    const NetworkInterfaceInfo *card = selectedCard();
    const QString firstText = m_poolFirst->text().trimmed();
    const QString lastText = m_poolLast->text().trimmed();
    if (firstText.isEmpty() && lastText.isEmpty())
        return {}; // the card's subnet minus our own address
    const QHostAddress first(firstText);
    const QHostAddress last(lastText);
    if (first.protocol() != QAbstractSocket::IPv4Protocol || last.protocol() != QAbstractSocket::IPv4Protocol)
        return tr("Enter both pool addresses as IPv4 addresses (for example 10.231.0.100), or leave both empty.");
    if (!inSubnet(first, *card) || !inSubnet(last, *card))
        return tr("The pool must lie in the card's network %1/%2.")
            .arg(card->subnet().first.toString())
            .arg(card->prefixLength);
    if (first.toIPv4Address() > last.toIPv4Address())
        return tr("The first pool address must not come after the last one.");
    const quint32 own = card->ipv4.toIPv4Address();
    if (own >= first.toIPv4Address() && own <= last.toIPv4Address() && first.toIPv4Address() == last.toIPv4Address())
        return tr("The pool holds only this computer's own address.");
    return {};
}

bool NetworkPage::isComplete() const
{
    return !isScanning();
}

void NetworkPage::refuse(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(true);
}

bool NetworkPage::validatePage()
{
    const NetworkInterfaceInfo *card = selectedCard();
    if (!card) {
        refuse(tr("Choose the network card cabled to the phones."));
        return false;
    }
    if (!card->hasIpv4()) {
        refuse(tr("The chosen card has no IPv4 address, so the phones could not reach this computer."));
        return false;
    }
    BenchSetup::NetworkChoice choice;
    choice.interfaceName = card->name;
    choice.useExistingDhcp = m_existingDhcp->isChecked();
    choice.poolFirst = m_poolFirst->text().trimmed();
    choice.poolLast = m_poolLast->text().trimmed();
    choice.leaseMinutes = m_leaseMinutes->value();
    if (!choice.useExistingDhcp) {
        if (const QString problem = validatePool(); !problem.isEmpty()) {
            refuse(problem);
            return false;
        }
        // "Prepare only" runs no server now, and without privileges the scan could not bind anyway.
        const bool prepareOnly = field(QStringLiteral("prepareOnly")).toBool();
        if (!m_scanned && !prepareOnly) {
            refuse(tr("Scan for other DHCP servers first: two servers on one switch give the phones the wrong "
                      "addresses."));
            return false;
        }
        if (!m_found.isEmpty() && !m_override->isChecked()) {
            refuse(tr("Another DHCP server answers on this card. Remove it, use it instead, or tick \"Serve "
                      "anyway\"."));
            return false;
        }
        choice.allowForeignServer = m_override->isChecked();
    }
    m_setup->setNetworkChoice(choice);
    return true;
}
