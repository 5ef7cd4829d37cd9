#include "ui/pages/preflightpage.h"

#include "ui/text/errormessages.h"
#include "ui/uilogging.h"
#include "ui/widgets/errorpanel.h"
#include "ui/widgets/refusallabel.h"
#include "ui/wizard/benchsetup.h"
#include "ui/wizard/networkchecker.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

PreflightPage::PreflightPage(BenchSetup *setup, QWidget *parent)
    : QWizardPage(parent)
    , m_setup(setup)
    , m_checker(new NetworkChecker(this))
{
    connect(m_checker, &NetworkChecker::portsChecked, this, [this](const QHash<quint16, Error> &results) {
        onPortsChecked(results.value(DhcpPort), results.value(TftpPort));
    });
    setTitle(tr("Before you start"));
    setSubTitle(tr("sccp2sip turns Cisco 79xx phones from SCCP into SIP phones. It runs its own DHCP and TFTP "
                   "servers on this computer, so check the bench first."));

    m_requirements = {
        tr("The phones, each powered by PoE or its own power brick."),
        tr("A plain switch between this computer and the phones: no voice VLAN, not the office network."),
        tr("This computer cabled to that switch (a wired card, not Wi-Fi)."),
        tr("The Cisco firmware bundles you own for your phone models (zip, tar or cop.sgn files)."),
        tr("The address of your PBX and the extension, user name and password of each phone's line."),
    };

    // Ports
    auto *portsBox = new QGroupBox(tr("Server ports"), this);
    m_dhcpStatus = new QLabel(portsBox);
    m_dhcpStatus->setObjectName(QStringLiteral("dhcpStatus"));
    m_tftpStatus = new QLabel(portsBox);
    m_tftpStatus->setObjectName(QStringLiteral("tftpStatus"));
    m_dhcpError = new ErrorPanel(portsBox);
    m_dhcpError->setObjectName(QStringLiteral("dhcpError"));
    m_tftpError = new ErrorPanel(portsBox);
    m_tftpError->setObjectName(QStringLiteral("tftpError"));

    m_privilegeBox = new QWidget(portsBox);
    m_setcapLine = new QLineEdit(m_privilegeBox);
    m_setcapLine->setReadOnly(true);
    m_setcapLine->setObjectName(QStringLiteral("setcapCommand"));
    m_setcapLine->setAccessibleName(tr("Command that allows the server ports"));
    m_setcapLine->setText(ErrorMessages::setcapCommand(QCoreApplication::applicationFilePath()));
    m_setcapLine->setCursorPosition(0); // show "sudo setcap", not the tail of a long path
    auto *copyButton = new QPushButton(tr("Cop&y command"), m_privilegeBox);
    m_relaunchButton = new QPushButton(tr("Restart as &administrator"), m_privilegeBox);
    m_relaunchButton->setObjectName(QStringLiteral("relaunchButton"));
    auto *privilegeLayout = new QHBoxLayout(m_privilegeBox);
    privilegeLayout->setContentsMargins(0, 0, 0, 0);
    privilegeLayout->addWidget(m_setcapLine, 1);
    privilegeLayout->addWidget(copyButton);
    privilegeLayout->addWidget(m_relaunchButton);
    m_privilegeBox->setVisible(false);
    connect(copyButton, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_setcapLine->text()); });
    connect(m_relaunchButton, &QPushButton::clicked, this, &PreflightPage::relaunchElevated);

    auto *checkButton = new QPushButton(tr("&Check again"), portsBox);
    checkButton->setObjectName(QStringLiteral("checkAgainButton"));
    connect(checkButton, &QPushButton::clicked, this, &PreflightPage::runChecks);

    auto *portsLayout = new QVBoxLayout(portsBox);
    portsLayout->addWidget(m_dhcpStatus);
    portsLayout->addWidget(m_dhcpError);
    portsLayout->addWidget(m_tftpStatus);
    portsLayout->addWidget(m_tftpError);
    portsLayout->addWidget(m_privilegeBox);
    portsLayout->addWidget(checkButton, 0, Qt::AlignLeft);

    // Checklist
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString &item : std::as_const(m_requirements))
        html += QStringLiteral("<li style=\"margin-bottom:4px\">") + item.toHtmlEscaped() + QStringLiteral("</li>");
    html += QStringLiteral("</ul>");
    auto *needsBox = new QGroupBox(tr("What the bench needs"), this);
    auto *checklist = new QLabel(html, needsBox);
    checklist->setObjectName(QStringLiteral("requirementsList"));
    checklist->setTextFormat(Qt::RichText);
    checklist->setWordWrap(true);
    checklist->setAccessibleName(tr("What the bench needs"));
    auto *needsLayout = new QVBoxLayout(needsBox);
    needsLayout->addWidget(checklist);

    m_prepareOnly = new QCheckBox(tr("&Prepare only: continue without the servers (firmware and lines)"), this);
    m_prepareOnly->setObjectName(QStringLiteral("prepareOnly"));
    registerField(QStringLiteral("prepareOnly"), m_prepareOnly);

    m_refusal = createRefusalLabel(this);
    connect(m_prepareOnly, &QCheckBox::toggled, m_refusal, &QLabel::hide);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(portsBox);
    layout->addWidget(needsBox);
    layout->addWidget(m_prepareOnly);
    layout->addWidget(m_refusal);
    layout->addStretch();
}

QStringList PreflightPage::requirements() const
{
    return m_requirements;
}

void PreflightPage::initializePage()
{
    runChecks();
}

void PreflightPage::runChecks()
{
    for (QLabel *status : {m_dhcpStatus, m_tftpStatus}) {
        status->setText(tr("… checking"));
        status->setStyleSheet(QString());
    }
    // The setup's probe binds the ports for a moment: on the checker's thread, never on this one.
    m_checker->checkPorts({DhcpPort, TftpPort}, m_setup->portProbe());
    Q_EMIT completeChanged();
}

bool PreflightPage::isChecking() const
{
    return m_checker->isCheckingPorts();
}

void PreflightPage::onPortsChecked(const Error &dhcp, const Error &tftp)
{
    m_setup->setPortChecks(dhcp, tftp);
    showPortResult(m_dhcpStatus, m_dhcpError, tr("DHCP server (UDP %1)").arg(DhcpPort), DhcpPort, !dhcp);
    showPortResult(m_tftpStatus, m_tftpError, tr("TFTP server (UDP %1)").arg(TftpPort), TftpPort, !tftp);
    bool needsPrivileges =
        dhcp.code() == ErrorCode::PortNeedsPrivileges || tftp.code() == ErrorCode::PortNeedsPrivileges;
#if !defined(Q_OS_LINUX)
    needsPrivileges = false; // setcap and pkexec are Linux tools; the message names the fix for other systems
#endif
    m_privilegeBox->setVisible(needsPrivileges);
    if (portsReady())
        m_refusal->hide();
    qCInfo(lcUiWizard) << "Preflight: port 67" << dhcp.toLogString() << "port 69" << tftp.toLogString();
    Q_EMIT completeChanged();
    Q_EMIT checksFinished();
}

void PreflightPage::showPortResult(QLabel *status, ErrorPanel *panel, const QString &service, quint16 port, bool ok)
{
    const Error &error = port == DhcpPort ? m_setup->dhcpPortCheck() : m_setup->tftpPortCheck();
    status->setText(ok ? tr("✔ %1: ready").arg(service) : tr("✘ %1: blocked").arg(service));
    status->setStyleSheet(ok ? QStringLiteral("color: #1a7f37;") : QStringLiteral("color: #b42318;"));
    if (ok)
        panel->clearMessage();
    else
        panel->showMessage(ErrorMessages::forBind(error, port));
}

bool PreflightPage::portsReady() const
{
    return !m_setup->dhcpPortCheck() && !m_setup->tftpPortCheck();
}

bool PreflightPage::isComplete() const
{
    // Blocked only for the moment the ports are being checked; afterwards validatePage() explains a refusal,
    // which a disabled Next button would not.
    return !isChecking();
}

bool PreflightPage::validatePage()
{
    if (portsReady() || m_prepareOnly->isChecked())
        return true;
    m_refusal->setText(tr("The DHCP and TFTP ports must open before the bench can run. Fix the problem shown "
                          "above, or tick \"Prepare only\" to set up firmware and lines now."));
    m_refusal->setVisible(true);
    return false;
}

QStringList PreflightPage::elevatedRelaunchCommand(const QString &binaryPath, const QStringList &arguments)
{
    // pkexec clears the environment; the relaunched window needs the display and the user's locale back.
    QStringList command{QStringLiteral("pkexec"), QStringLiteral("env")};
    for (const char *name : {"DISPLAY", "XAUTHORITY", "WAYLAND_DISPLAY", "XDG_RUNTIME_DIR", "LANG"}) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            command << QString::fromLatin1(name) + QLatin1Char('=') + value;
    }
    command << binaryPath << arguments;
    return command;
}

void PreflightPage::relaunchElevated()
{
    const QStringList command =
        elevatedRelaunchCommand(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    if (QProcess::startDetached(command.first(), command.mid(1))) {
        qCInfo(lcUiWizard) << "Relaunching through pkexec";
        window()->close();
        return;
    }
    m_refusal->setText(tr("pkexec could not be started. Run the command above in a terminal instead."));
    m_refusal->setVisible(true);
}
