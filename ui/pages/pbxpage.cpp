// The PBX page: the PBX fields, the phones-and-lines table with CSV import and export, and the keychain jobs for
// the lines' passwords. One page the technician sees as one step, a little over 400 lines; the table's model,
// the validator and the messages live in their own files.
#include "ui/pages/pbxpage.h"

#include "core/credentials/credentialjob.h"
#include "core/credentials/credentialstore.h"
#include "core/provisioning/inventorycsv.h"
#include "core/provisioning/provisioningvalidator.h"
#include "ui/models/inventorytablemodel.h"
#include "ui/text/errormessages.h"
#include "ui/text/issuemessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/errorpanel.h"
#include "ui/widgets/refusallabel.h"
#include "ui/wizard/benchsetup.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace {

// Cisco names for the zones and locales technicians ask for most; the combo stays editable for the rest.
const QStringList timeZones = {
    QStringLiteral("GMT Standard/Daylight Time"),     QStringLiteral("W. Europe Standard/Daylight Time"),
    QStringLiteral("Romance Standard/Daylight Time"), QStringLiteral("Central Europe Standard/Daylight Time"),
    QStringLiteral("Eastern Standard/Daylight Time"), QStringLiteral("Central Standard/Daylight Time"),
    QStringLiteral("Pacific Standard/Daylight Time")};
struct LocaleChoice
{
    const char *userLocale;
    const char *langCode;
    const char *network;
};
constexpr LocaleChoice locales[] = {{"English_United_States", "en_US", "United_States"},
                                    {"English_United_Kingdom", "en_GB", "United_Kingdom"},
                                    {"German_Germany", "de_DE", "Germany"},
                                    {"French_France", "fr_FR", "France"},
                                    {"Spanish_Spain", "es_ES", "Spain"}};

// Runs `work` on the thread pool and hands its result to `done` on the GUI thread, if `context` still lives.
template<typename Work, typename Done>
void runAsync(QObject *context, Work work, Done done)
{
    QPointer<QObject> guard(context);
    QThreadPool::globalInstance()->start([guard, work, done] {
        auto result = work();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [guard, done, result = std::move(result)] {
                if (guard)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace

PbxPage::PbxPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
{
    setTitle(tr("PBX and lines"));
    setSubTitle(tr("Where the phones register, and the lines of each phone. Passwords are kept in the system "
                   "keychain, never in files."));

    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("pbxHost"));
    m_host->setAccessibleName(tr("PBX address"));
    m_host->setPlaceholderText(tr("192.168.1.10 or pbx.example.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("sipPort"));
    m_port->setAccessibleName(tr("SIP port"));
    m_port->setRange(1, 65535);
    m_transport = new QComboBox(this);
    m_transport->setAccessibleName(tr("Transport"));
    // No TLS: see PbxSettings::Transport (the tooltip says why).
    m_transport->setToolTip(tr("TLS is not offered: a phone registers over TLS only with a trust list signed for "
                               "its PBX, which only a Cisco call manager can make."));
    for (auto transport : {PbxSettings::Transport::Udp, PbxSettings::Transport::Tcp})
        m_transport->addItem(PbxSettings::transportName(transport).toUpper(), int(transport));
    m_ntp = new QLineEdit(this);
    m_ntp->setObjectName(QStringLiteral("ntpServer"));
    m_ntp->setAccessibleName(tr("NTP server"));
    m_ntp->setPlaceholderText(tr("optional; without it the phones show a wrong time"));
    m_router = new QLineEdit(this);
    m_router->setObjectName(QStringLiteral("phoneRouter"));
    m_router->setAccessibleName(tr("Router for the phones"));
    m_router->setPlaceholderText(tr("optional; needed when the PBX is on another network"));
    m_dns = new QLineEdit(this);
    m_dns->setObjectName(QStringLiteral("phoneDnsServer"));
    m_dns->setAccessibleName(tr("DNS server for the phones"));
    m_dns->setPlaceholderText(tr("optional; without it a PBX name is written as its address"));
    m_timeZone = new QComboBox(this);
    m_timeZone->setEditable(true);
    m_timeZone->addItems(timeZones);
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_locale = new QComboBox(this);
    m_locale->setAccessibleName(tr("Phone language"));
    for (const LocaleChoice &choice : locales)
        m_locale->addItem(QString::fromLatin1(choice.userLocale), QString::fromLatin1(choice.userLocale));

    auto *form = new QFormLayout;
    form->addRow(tr("PBX &address:"), m_host);
    auto *portRow = new QHBoxLayout;
    portRow->addWidget(m_port);
    auto *transportLabel = new QLabel(tr("&Transport:"), this);
    transportLabel->setBuddy(m_transport);
    portRow->addWidget(transportLabel);
    portRow->addWidget(m_transport);
    portRow->addStretch();
    auto *portLabel = new QLabel(tr("SIP &port:"), this);
    portLabel->setBuddy(m_port);
    form->addRow(portLabel, portRow);
    form->addRow(tr("&NTP server:"), m_ntp);
    form->addRow(tr("Ro&uter (phones):"), m_router);
    form->addRow(tr("DN&S server (phones):"), m_dns);
    form->addRow(tr("Time &zone:"), m_timeZone);
    form->addRow(tr("Phone lan&guage:"), m_locale);
    m_pbxIssues = new QLabel(this);
    m_pbxIssues->setObjectName(QStringLiteral("pbxIssues"));
    m_pbxIssues->setWordWrap(true);
    m_pbxIssues->setTextFormat(Qt::RichText);

    m_model = new InventoryTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("inventoryTable"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Phones and lines"));
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(int(InventoryTableModel::Column::Mac),
                                                      QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    auto *tableLabel = new QLabel(tr("P&hones and lines:"), this);
    tableLabel->setBuddy(m_table);

    auto *addButton = new QPushButton(tr("A&dd line"), this);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    auto *importButton = new QPushButton(tr("&Import CSV…"), this);
    auto *exportButton = new QPushButton(tr("E&xport CSV…"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {addButton, removeButton, importButton, exportButton})
        buttons->addWidget(button);
    buttons->addStretch();
    connect(addButton, &QPushButton::clicked, this, [this] {
        const int row = m_model->addRow();
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->edit(m_model->index(row, 0));
    });
    connect(removeButton, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedIndexes())
            rows << index.row();
        m_model->removeRows(rows);
    });
    connect(importButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Import inventory"), QString(), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &PbxPage::importCsv);
        dialog->open();
    });
    connect(exportButton, &QPushButton::clicked, this, [this] {
        auto *dialog =
            new QFileDialog(this, tr("Export inventory (without passwords)"), QString(), tr("CSV files (*.csv)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setDefaultSuffix(QStringLiteral("csv"));
        connect(dialog, &QFileDialog::fileSelected, this, &PbxPage::exportCsv);
        dialog->open();
    });

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_keychainStatus = new QLabel(this);
    m_keychainStatus->setObjectName(QStringLiteral("keychainStatus"));
    m_error = new ErrorPanel(this);
    m_refusal = createRefusalLabel(this);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pbxIssues);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_keychainStatus);
    layout->addWidget(m_error);
    layout->addWidget(m_refusal);

    for (QLineEdit *edit : {m_host, m_ntp, m_router, m_dns})
        connect(edit, &QLineEdit::textChanged, this, &PbxPage::updatePbxIssues);
    connect(m_port, &QSpinBox::valueChanged, this, &PbxPage::updatePbxIssues);
    connect(m_model, &InventoryTableModel::passwordEdited, this, &PbxPage::storePassword);
    connect(m_model, &InventoryTableModel::dataChanged, m_refusal, &QLabel::hide);
    registerField(QStringLiteral("pbxHost"), m_host);
    registerField(QStringLiteral("sipPort"), m_port);
    registerField(QStringLiteral("ntpServer"), m_ntp);
}

void PbxPage::initializePage()
{
    const PbxSettings &pbx = m_setup->pbxSettings();
    m_host->setText(pbx.host);
    m_port->setValue(pbx.sipPort);
    m_transport->setCurrentIndex(m_transport->findData(int(pbx.transport)));
    m_ntp->setText(pbx.ntpServer);
    m_router->setText(pbx.phoneRouter);
    m_dns->setText(pbx.phoneDnsServer);
    m_timeZone->setCurrentText(pbx.timeZone);
    m_locale->setCurrentIndex(qMax(0, m_locale->findData(pbx.userLocale)));
    m_model->setInventory(m_setup->inventory());
    m_pbxIssues->clear();
    readPasswords();
}

PbxSettings PbxPage::pbxSettings() const
{
    PbxSettings pbx = m_setup->pbxSettings();
    pbx.host = m_host->text().trimmed();
    pbx.sipPort = m_port->value();
    pbx.transport = PbxSettings::Transport(m_transport->currentData().toInt());
    pbx.ntpServer = m_ntp->text().trimmed();
    pbx.phoneRouter = m_router->text().trimmed();
    pbx.phoneDnsServer = m_dns->text().trimmed();
    pbx.timeZone = m_timeZone->currentText().trimmed();
    for (const LocaleChoice &choice : locales) {
        if (m_locale->currentData().toString() == QLatin1String(choice.userLocale)) {
            pbx.userLocale = QString::fromLatin1(choice.userLocale);
            pbx.userLocaleLangCode = QString::fromLatin1(choice.langCode);
            pbx.networkLocale = QString::fromLatin1(choice.network);
        }
    }
    return pbx;
}

void PbxPage::updatePbxIssues()
{
    // Errors in red block Next; warnings in amber only advise.
    QStringList lines;
    for (const ProvisioningIssue &issue : ProvisioningValidator::validatePbx(pbxSettings())) {
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>")
                     .arg(issue.isError() ? QStringLiteral("#b42318") : QStringLiteral("#9a6700"),
                          IssueMessages::text(issue).toHtmlEscaped());
    }
    m_pbxIssues->setText(lines.join(QStringLiteral("<br>")));
    m_refusal->setVisible(false);
}

void PbxPage::jobStarted()
{
    if (m_pendingJobs++ == 0) {
        m_keychainStatus->setText(tr("Talking to the system keychain…"));
        Q_EMIT completeChanged();
    }
}

void PbxPage::jobFinished(const Error &error)
{
    // A missing entry only means no password was stored for that line yet.
    if (error && error.code() != ErrorCode::KeychainEntryNotFound) {
        qCWarning(lcUiWizard) << "Keychain:" << error.toLogString();
        m_error->showMessage(ErrorMessages::forError(error));
    }
    if (--m_pendingJobs == 0) {
        m_keychainStatus->clear();
        Q_EMIT completeChanged();
        Q_EMIT keychainIdle();
    }
}

void PbxPage::readPasswords()
{
    CredentialStore *store = m_setup->credentialStore();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QString key = m_model->credentialKey(row);
        if (key.isEmpty() || !store)
            continue;
        CredentialJob *job = store->read(key, this);
        const QString mac = key.section(QLatin1Char('/'), 0, 0).mid(3);
        const int line = key.section(QLatin1Char('/'), 1).mid(4).toInt();
        connect(job, &CredentialJob::finished, this, [this, job, mac, line](const Error &error) {
            if (!error)
                m_model->setPassword(mac, line, job->secret());
            job->deleteLater();
            jobFinished(error);
        });
        jobStarted();
        job->start();
    }
}

void PbxPage::storePassword(int row)
{
    CredentialStore *store = m_setup->credentialStore();
    const QString key = m_model->credentialKey(row);
    if (!store || key.isEmpty())
        return; // stored once the MAC is valid and the page is accepted
    const QString secret =
        m_model->index(row, int(InventoryTableModel::Column::Password)).data(Qt::EditRole).toString();
    CredentialJob *job = secret.isEmpty() ? store->remove(key, this) : store->write(key, secret, this);
    connect(job, &CredentialJob::finished, this, [this, job](const Error &error) {
        job->deleteLater();
        jobFinished(error);
    });
    jobStarted();
    job->start();
}

void PbxPage::importCsv(const QString &path)
{
    m_error->clearMessage();
    m_status->setText(tr("Reading %1…").arg(path));
    runAsync(
        this, [path] { return InventoryCsv::readFile(path); },
        [this](const Result<InventoryCsv::Import> &imported) {
            if (!imported) {
                m_status->clear();
                m_error->showMessage(ErrorMessages::forError(imported.error()));
                Q_EMIT csvImported();
                return;
            }
            m_model->setInventory(imported->inventory);
            QStringList texts;
            for (const ProvisioningIssue &issue : imported->issues)
                texts << IssueMessages::text(issue);
            m_status->setText(texts.isEmpty() ? tr("Imported %1 phones.").arg(imported->inventory.size())
                                              : tr("Imported %1 phones; rows left out:\n%2")
                                                    .arg(imported->inventory.size())
                                                    .arg(texts.join(QLatin1Char('\n'))));
            // Passwords from the file go to the keychain; the file itself is the technician's.
            for (int row = 0; row < m_model->rowCount(); ++row) {
                if (!m_model->index(row, int(InventoryTableModel::Column::Password))
                         .data(Qt::EditRole)
                         .toString()
                         .isEmpty())
                    storePassword(row);
            }
            Q_EMIT csvImported();
        });
}

void PbxPage::exportCsv(const QString &path)
{
    const QByteArray csv = InventoryCsv::serialize(m_model->toInventory(), InventoryCsv::Passwords::Omit);
    runAsync(
        this,
        [path, csv] {
            QSaveFile file(path);
            const bool ok = file.open(QIODevice::WriteOnly) && file.write(csv) == csv.size() && file.commit();
            return ok ? Error() : Error(ErrorCode::FileUnwritable, path + QStringLiteral(": ") + file.errorString());
        },
        [this, path](const Error &error) {
            if (error)
                m_error->showMessage(ErrorMessages::forError(error));
            else
                m_status->setText(tr("Exported to %1 (without passwords).").arg(path));
            Q_EMIT csvExported();
        });
}

bool PbxPage::isComplete() const
{
    return m_pendingJobs == 0;
}

void PbxPage::refuse(const QString &text)
{
    m_refusal->setText(text);
    m_refusal->setVisible(true);
}

bool PbxPage::validatePage()
{
    const PbxSettings pbx = pbxSettings();
    const QList<ProvisioningIssue> pbxIssues = ProvisioningValidator::validatePbx(pbx);
    updatePbxIssues();
    if (IssueMessages::hasError(pbxIssues)) {
        refuse(tr("Fix the PBX settings shown in red."));
        return false;
    }
    if (m_model->rowCount() == 0) {
        refuse(tr("Add at least one phone line, or import an inventory file."));
        return false;
    }
    if (m_model->hasErrors()) {
        refuse(tr("Fix the cells marked in red in the table (hover over a cell to see why)."));
        return false;
    }
    m_setup->setPbxSettings(pbx);
    m_setup->setInventory(m_model->toInventory());
    return true;
}
