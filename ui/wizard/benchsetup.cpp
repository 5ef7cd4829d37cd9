#include "ui/wizard/benchsetup.h"

#include "ui/uilogging.h"

#include <QDir>
#include <QSettings>

namespace {
const QString guideModelKey = QStringLiteral("trustList/model");
}

BenchSetup::BenchSetup(PhoneCatalog catalog, QString stateDirectory, QObject *parent)
    : QObject(parent)
    , m_catalog(std::move(catalog))
    , m_stateDirectory(std::move(stateDirectory))
    , m_library(QDir(m_stateDirectory).filePath(QStringLiteral("firmware")))
{
    if (const Result<void> loaded = m_library.reload(); !loaded)
        qCWarning(lcUiWizard) << "Firmware library not readable:" << loaded.error().toLogString();
}

Result<void> BenchSetup::reloadFirmware()
{
    Result<void> loaded = m_library.reload();
    if (!loaded)
        qCWarning(lcUiWizard) << "Firmware library not readable:" << loaded.error().toLogString();
    Q_EMIT firmwareChanged();
    return loaded;
}

Error BenchSetup::probePort(quint16 port) const
{
    if (!m_portProbe)
        return Error(ErrorCode::SocketError, QStringLiteral("no port probe configured"));
    return m_portProbe(port);
}

void BenchSetup::setPortChecks(const Error &dhcp, const Error &tftp)
{
    m_dhcpPortCheck = dhcp;
    m_tftpPortCheck = tftp;
    Q_EMIT portChecksChanged();
}

void BenchSetup::setGuideModelId(const QString &modelId)
{
    m_guideModelId = modelId;
}

void BenchSetup::saveChoices(QSettings &settings) const
{
    settings.setValue(guideModelKey, m_guideModelId);
}

void BenchSetup::restoreChoices(const QSettings &settings)
{
    const QString modelId = settings.value(guideModelKey).toString();
    // A model id from an older catalog must not select nothing silently.
    m_guideModelId = m_catalog.model(modelId) ? modelId : QString();
}
