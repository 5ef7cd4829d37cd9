// One simulated phone's boot: every state's request sequence (SCCP, SIP 9.x, trust list, factory reset, 7940/7960
// on SCCP and on SIP) is kept side by side in this file so it reads against docs/phones.md, "Boot sequences"; the
// DHCP client, TFTP client, web server, state file and load rules are files of their own. That is why it is longer
// than our usual 400 lines.
#include "tests/support/phonesim/phonesimphone.h"

#include "core/firmware/firmwareloadsfile.h"
#include "tests/support/phonesim/phonesimeventlog.h"
#include "tests/support/phonesim/phonesimhttpserver.h"
#include "tests/support/phonesim/phonesimlink.h"

#include <QJsonArray>
#include <QTimer>

namespace {
const QString kVendorPrefix = QStringLiteral("Cisco Systems, Inc. IP Phone");
}

PhoneSimPhone::PhoneSimPhone(PhoneSimOptions options, const PhoneCatalog &catalog, const PhoneModel &model,
                             PhoneSimState state, PhoneSimEventLog &log, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_catalog(catalog)
    , m_model(model)
    , m_rules(catalog)
    , m_state(std::move(state))
    , m_log(log)
    , m_http(new PhoneSimHttpServer(this))
    , m_link(new PhoneSimLink(m_options.interfaceName, this))
{
    PhoneSimDhcpClient::Config dhcp;
    dhcp.interfaceName = m_options.interfaceName;
    dhcp.mac = m_options.mac;
    if (!m_options.noVendorClass)
        dhcp.vendorClass = vendorClassFor(model, m_options.oldVendorClass);
    dhcp.timeoutMs = m_options.dhcpTimeoutMs;
    dhcp.maxAttempts = m_options.dhcpAttempts;
    m_dhcp = new PhoneSimDhcpClient(dhcp, this);
    PhoneSimTftpClient::Config tftp;
    tftp.port = m_options.tftpPort;
    tftp.timeoutMs = m_options.tftpTimeoutMs;
    tftp.maxRetries = m_options.tftpRetries;
    tftp.blockSize = m_options.blockSize;
    tftp.lossPercent = m_options.lossPercent;
    tftp.stallAtBytes = m_options.stallAtBytes;
    tftp.stallForMs = m_options.stallForMs;
    m_tftp = new PhoneSimTftpClient(tftp, this);

    connect(m_dhcp, &PhoneSimDhcpClient::sent, this, [this](const QString &type, int attempt) {
        record(QStringLiteral("dhcp"), {{QStringLiteral("phase"), type}, {QStringLiteral("attempt"), attempt}});
    });
    connect(m_dhcp, &PhoneSimDhcpClient::received, this, [this](const QString &type, const QHostAddress &from) {
        record(QStringLiteral("dhcp"), {{QStringLiteral("phase"), type}, {QStringLiteral("server"), from.toString()}});
    });
    connect(m_dhcp, &PhoneSimDhcpClient::leased, this, &PhoneSimPhone::onLeased);
    connect(m_dhcp, &PhoneSimDhcpClient::failed, this, [this](const Error &error) {
        record(QStringLiteral("dhcp-failed"), {{QStringLiteral("detail"), error.toLogString()}});
        reboot(QStringLiteral("dhcp-failed"));
    });
    connect(m_tftp, &PhoneSimTftpClient::fetched, this,
            [this](const QString &name, const PhoneSimTftpClient::Outcome &outcome) {
                QJsonObject fields{{QStringLiteral("file"), name},
                                   {QStringLiteral("result"), outcome.kindName()},
                                   {QStringLiteral("bytes"), qint64(outcome.data.size())},
                                   {QStringLiteral("ms"), outcome.elapsedMs},
                                   {QStringLiteral("retransmits"), outcome.retransmits},
                                   {QStringLiteral("dropped"), outcome.dropped}};
                if (outcome.stalled)
                    fields.insert(QStringLiteral("stalled"), true);
                if (outcome.errorCode >= 0)
                    fields.insert(QStringLiteral("errorCode"), outcome.errorCode);
                record(QStringLiteral("tftp"), fields);
                if (const Then then = std::exchange(m_then, Then()))
                    then(outcome);
            });
    connect(m_http, &PhoneSimHttpServer::served, this,
            [this](const QString &path, int status, const QHostAddress &peer) {
                record(QStringLiteral("http"), {{QStringLiteral("path"), path},
                                                {QStringLiteral("status"), status},
                                                {QStringLiteral("peer"), peer.toString()}});
            });
}

PhoneSimPhone::~PhoneSimPhone() = default;

QByteArray PhoneSimPhone::vendorClassFor(const PhoneModel &model, bool oldImage)
{
    if (oldImage)
        return kVendorPrefix.toLatin1() + '\0';
    const QString text = model.option60.value(0, kVendorPrefix);
    // The 7905/7912 send theirs without "CP-" and without the NUL (docs/phones.md, "DHCP").
    return text.contains(QLatin1String("CP-")) ? text.toLatin1() + '\0' : text.toLatin1();
}

QString PhoneSimPhone::modelNumberFor(const PhoneModel &model)
{
    const QString token = model.option60.value(0).mid(kVendorPrefix.size()).trimmed();
    return token.startsWith(QLatin1String("CP-")) ? token : QStringLiteral("CP-%1G").arg(model.id);
}

bool PhoneSimPhone::isLegacy() const
{
    return m_model.familyId == QLatin1String("P0S3");
}

PhoneProtocol PhoneSimPhone::runningProtocol() const
{
    const PhoneProtocol protocol = m_rules.protocolOf(m_state.load);
    return protocol == PhoneProtocol::Unknown ? PhoneProtocol::Sccp : protocol;
}

void PhoneSimPhone::record(const QString &event, QJsonObject fields)
{
    fields.insert(QStringLiteral("model"), m_model.id);
    m_log.record(event, fields);
}

void PhoneSimPhone::saveState()
{
    if (m_options.stateFile.isEmpty())
        return;
    if (const Result<void> saved = m_state.write(m_options.stateFile); !saved)
        record(QStringLiteral("error"), {{QStringLiteral("detail"), saved.error().toLogString()}});
}

void PhoneSimPhone::start()
{
    record(QStringLiteral("start"),
           {{QStringLiteral("load"), m_state.load},
            {QStringLiteral("protocol"), phoneProtocolName(runningProtocol())},
            {QStringLiteral("trustList"), m_state.trustList},
            {QStringLiteral("factoryReset"), m_state.factoryReset},
            {QStringLiteral("pageOff"), m_state.pageOff},
            {QStringLiteral("vendorClass"),
             QString::fromLatin1(vendorClassFor(m_model, m_options.oldVendorClass)).remove(QChar(0))}});
    saveState();
    boot();
}

bool PhoneSimPhone::control(const QString &command)
{
    record(QStringLiteral("control"), {{QStringLiteral("command"), command}});
    if (command == QLatin1String("erase-trust-list")) {
        m_state.trustList = false;
        saveState();
        record(QStringLiteral("trust-list"), {{QStringLiteral("state"), QStringLiteral("erased")}});
    } else if (command == QLatin1String("factory-reset") || command == QLatin1String("format")) {
        // Whether 123456789*0# always removes the ITL is unconfirmed (docs/phones.md, "Trust lists and resets"): only
        // the format is sure to.
        m_state.factoryReset = true;
        if (command == QLatin1String("format"))
            m_state.trustList = false;
        saveState();
        reboot(command);
    } else if (command == QLatin1String("reboot")) {
        reboot(command);
    } else {
        return false;
    }
    return true;
}

void PhoneSimPhone::boot()
{
    if (++m_boots > m_options.maxBoots) {
        m_gaveUp = true;
        record(QStringLiteral("gave-up"), {{QStringLiteral("reason"), QStringLiteral("max-boots")}});
        return;
    }
    m_configTries = 0;
    record(QStringLiteral("boot"), {{QStringLiteral("n"), m_boots},
                                    {QStringLiteral("load"), m_state.load},
                                    {QStringLiteral("protocol"), phoneProtocolName(runningProtocol())}});
    m_dhcp->start();
}

void PhoneSimPhone::reboot(const QString &reason)
{
    const quint64 generation = ++m_generation;
    m_then = Then();
    m_tftp->cancel();
    m_dhcp->stop();
    m_http->close();
    record(QStringLiteral("reboot"), {{QStringLiteral("reason"), reason}, {QStringLiteral("ms"), m_options.rebootMs}});
    m_link->clearAddresses([this, generation](bool, const QString &) {
        QTimer::singleShot(m_options.rebootMs, this, [this, generation] {
            if (generation == m_generation)
                boot();
        });
    });
}

void PhoneSimPhone::onLeased(const PhoneSimDhcpClient::Lease &lease)
{
    record(QStringLiteral("lease"), {{QStringLiteral("ip"), lease.address.toString()},
                                     {QStringLiteral("prefix"), lease.prefixLength},
                                     {QStringLiteral("server"), lease.server.toString()},
                                     {QStringLiteral("tftp"), lease.tftpServer.toString()},
                                     {QStringLiteral("tftpOption"), lease.tftpSource}});
    const quint64 generation = m_generation;
    m_link->setAddress(lease.address, lease.prefixLength, [this, generation, lease](bool ok, const QString &detail) {
        if (generation != m_generation)
            return;
        if (!ok) {
            record(QStringLiteral("error"),
                   {{QStringLiteral("detail"), QString(QStringLiteral("ip addr: ") + detail)}});
            reboot(QStringLiteral("address-failed"));
            return;
        }
        updateDevice();
        m_leaseAddress = lease.address;
        if (!m_options.pageAtReady)
            listenHttp();
        m_tftp->setServer(lease.tftpServer);
        startTftp();
    });
}

void PhoneSimPhone::updateDevice()
{
    PhoneSimHttpServer::Device device;
    device.mac = m_options.mac.toCompact();
    device.modelNumber = modelNumberFor(m_model);
    device.serialNumber = PhoneSimHttpServer::serialNumberFor(device.mac);
    device.load = m_state.load;
    if (isLegacy()) {
        // docs/phones.md, "Knowing the running load": 7940/7960 show a human version in versionID ("8.1(2.0)" for
        // P00308010200) and the load ID in appLoadID.
        const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(m_state.load);
        if (match.version)
            device.version = QStringLiteral("%1.%2(%3.0)")
                                 .arg(match.version->major)
                                 .arg(match.version->minor)
                                 .arg(match.version->patch);
    }
    device.bootLoad = isLegacy() ? QStringLiteral("PC030301") : QStringLiteral("tnp%1.8-3-1-21a").arg(m_model.id);
    // 7940/7960: the HTML page on the old SCCP loads; SIP 8.x serves /DeviceInformationX as well (docs/phones.md,
    // "Knowing the running load"). Which SCCP loads also have the XML page is uncertain: the simulator takes the harder
    // case.
    device.htmlOnly = isLegacy() && runningProtocol() != PhoneProtocol::Sip;
    m_http->setDevice(device);
}

void PhoneSimPhone::later(std::function<void()> step)
{
    const quint64 generation = m_generation;
    QTimer::singleShot(m_options.retryMs, this, [this, generation, step = std::move(step)] {
        if (generation == m_generation)
            step();
    });
}

bool PhoneSimPhone::spendConfigTry()
{
    if (++m_configTries <= m_options.maxConfigTries)
        return true;
    m_gaveUp = true;
    record(QStringLiteral("gave-up"), {{QStringLiteral("reason"), QStringLiteral("max-config-tries")}});
    return false;
}

void PhoneSimPhone::fetch(const QString &name, Then then)
{
    m_then = std::move(then);
    record(QStringLiteral("tftp-request"), {{QStringLiteral("file"), name}});
    m_tftp->fetch(name);
}

void PhoneSimPhone::fetchAll(QStringList names, std::function<void()> then)
{
    if (names.isEmpty()) {
        then();
        return;
    }
    const QString first = names.takeFirst();
    fetch(first, [this, names, then](const PhoneSimTftpClient::Outcome &) { fetchAll(names, then); });
}

void PhoneSimPhone::startTftp()
{
    if (isLegacy()) {
        bootLegacy();
        return;
    }
    if (!m_state.factoryReset) {
        bootXml();
        return;
    }
    // docs/phones.md, "Boot sequences": straight to the default loads file; its images may be SCCP or SIP, whatever the
    // bundle says.
    const QString term = m_model.defaultLoads.value(0);
    fetch(term, [this, term](const PhoneSimTftpClient::Outcome &outcome) {
        const auto loads = outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok
                               ? FirmwareLoadsFile::parse(outcome.data)
                               : Result<FirmwareLoadsFile>(ErrorCode::FileNotFound, term);
        if (!loads || loads->images().isEmpty()) {
            if (spendConfigTry())
                later([this] { startTftp(); });
            return;
        }
        record(QStringLiteral("upgrade"), {{QStringLiteral("file"), term},
                                           {QStringLiteral("images"), QJsonArray::fromStringList(loads->images())}});
        flashImages(loads->images(), QString(), loads->releaseLine(), 0, false);
    });
}

void PhoneSimPhone::bootXml()
{
    const QString mac = m_options.mac.toCompact();
    fetchAll({QStringLiteral("CTLSEP%1.tlv").arg(mac), QStringLiteral("ITLSEP%1.tlv").arg(mac),
              QStringLiteral("ITLFile.tlv")},
             [this] { m_state.trustList ? askSigned() : askConfig(); });
}

void PhoneSimPhone::askSigned()
{
    // docs/phones.md, "Trust lists and resets": only a config signed by a certificate in its trust list would do; ours
    // never is.
    const QString name = QStringLiteral("SEP%1.cnf.xml.sgn").arg(m_options.mac.toCompact());
    fetch(name, [this, name](const PhoneSimTftpClient::Outcome &) {
        record(QStringLiteral("trust-list"),
               {{QStringLiteral("state"), QStringLiteral("blocked")}, {QStringLiteral("file"), name}});
        if (spendConfigTry())
            later([this] { m_state.trustList ? askSigned() : askConfig(); });
    });
}

void PhoneSimPhone::askConfig()
{
    const QString sep = QStringLiteral("SEP%1.cnf.xml").arg(m_options.mac.toCompact());
    fetch(sep, [this, sep](const PhoneSimTftpClient::Outcome &outcome) {
        if (outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok) {
            onConfig(PhoneSimConfigFile::parseXml(outcome.data, m_model.loadInformationId), sep);
            return;
        }
        const QString fallback = QStringLiteral("XMLDefault.cnf.xml");
        fetch(fallback, [this, fallback](const PhoneSimTftpClient::Outcome &fallbackOutcome) {
            if (fallbackOutcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok) {
                onConfig(PhoneSimConfigFile::parseXml(fallbackOutcome.data, m_model.loadInformationId), fallback);
                return;
            }
            // SIP 9.x shows "Unprovisioned" and keeps asking (docs/phones.md, "Boot sequences"); SCCP loads keep trying
            // too.
            record(QStringLiteral("unprovisioned"));
            if (spendConfigTry())
                later([this] { askConfig(); });
        });
    });
}

void PhoneSimPhone::onConfig(const PhoneSimConfigFile &config, const QString &file)
{
    m_config = config;
    record(QStringLiteral("config"), {{QStringLiteral("file"), file},
                                      {QStringLiteral("valid"), config.valid},
                                      {QStringLiteral("load"), config.load},
                                      {QStringLiteral("deviceProtocol"), config.deviceProtocol}});
    if (config.webAccess >= 0 && m_state.pageOff != (config.webAccess != 0)) {
        m_state.pageOff = config.webAccess != 0; // the setting is stored and applies from now on
        saveState();
        record(QStringLiteral("web-access"),
               {{QStringLiteral("state"), m_state.pageOff ? QStringLiteral("off") : QStringLiteral("on")}});
    }
    if (!config.valid) {
        if (spendConfigTry())
            later([this] { askConfig(); });
        return;
    }
    if (!config.load.isEmpty() && config.load.compare(m_state.load, Qt::CaseInsensitive) != 0) {
        upgrade(config.load + QStringLiteral(".loads"), config.load);
        return;
    }
    fetchLocale();
}

void PhoneSimPhone::upgrade(const QString &loadsFile, const QString &loadId)
{
    fetch(loadsFile, [this, loadsFile, loadId](const PhoneSimTftpClient::Outcome &outcome) {
        const auto loads = outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok
                               ? FirmwareLoadsFile::parse(outcome.data)
                               : Result<FirmwareLoadsFile>(ErrorCode::FileNotFound, outcome.kindName());
        if (!loads || loads->images().isEmpty()) {
            record(QStringLiteral("upgrade-failed"),
                   {{QStringLiteral("file"), loadsFile},
                    {QStringLiteral("reason"), loads ? QStringLiteral("no images") : loads.error().toLogString()}});
            if (spendConfigTry())
                later([this] { startTftp(); });
            return;
        }
        record(QStringLiteral("upgrade"), {{QStringLiteral("file"), loadsFile},
                                           {QStringLiteral("load"), loadId},
                                           {QStringLiteral("images"), QJsonArray::fromStringList(loads->images())}});
        flashImages(loads->images(), loadId, loads->releaseLine(), 0, false);
    });
}

void PhoneSimPhone::flashImages(QStringList images, const QString &loadId, const QString &releaseLine, int index,
                                bool downloaded)
{
    if (index < images.size()) {
        const QString image = images.at(index);
        // Phones fetch only the images their flash does not already hold.
        if (m_state.images.contains(image, Qt::CaseInsensitive)) {
            flashImages(images, loadId, releaseLine, index + 1, downloaded);
            return;
        }
        fetch(image, [=, this](const PhoneSimTftpClient::Outcome &outcome) {
            if (outcome.kind != PhoneSimTftpClient::Outcome::Kind::Ok) {
                record(QStringLiteral("upgrade-failed"),
                       {{QStringLiteral("file"), image}, {QStringLiteral("reason"), outcome.kindName()}});
                reboot(QStringLiteral("download-failed"));
                return;
            }
            flashImages(images, loadId, releaseLine, index + 1, true);
        });
        return;
    }
    QString newLoad = loadId.isEmpty() ? m_rules.derivedLoadId(releaseLine, images) : loadId;
    if (newLoad.isEmpty())
        newLoad = images.value(0);
    record(QStringLiteral("flash"), {{QStringLiteral("load"), newLoad}, {QStringLiteral("downloaded"), downloaded}});
    if (m_rules.rejects(m_state.load, newLoad)) {
        // docs/phones.md, "Jump loads": below 8.3(3) a 9.x load does not stick; the phone comes back on its old load.
        record(QStringLiteral("load-rejected"), {{QStringLiteral("load"), newLoad},
                                                 {QStringLiteral("running"), m_state.load},
                                                 {QStringLiteral("reason"), QStringLiteral("jump-load")}});
        reboot(QStringLiteral("flash-rejected"));
        return;
    }
    const QString old = std::exchange(m_state.load, newLoad);
    m_state.images = images;
    m_state.factoryReset = false;
    saveState();
    updateDevice();
    record(QStringLiteral("load"), {{QStringLiteral("old"), old},
                                    {QStringLiteral("new"), newLoad},
                                    {QStringLiteral("protocol"), phoneProtocolName(runningProtocol())}});
    if (downloaded)
        reboot(QStringLiteral("new-load"));
    else
        fetchLocale();
}

void PhoneSimPhone::fetchLocale()
{
    if (isLegacy()) {
        if (runningProtocol() == PhoneProtocol::Sip)
            legacySipFiles();
        else
            ready();
        return;
    }
    const bool sip = runningProtocol() == PhoneProtocol::Sip;
    const QString jar = sip ? m_model.sipLocaleJar : m_model.sccpLocaleJar;
    QStringList names;
    // docs/phones.md, "Boot sequences": an empty user locale gives "/mk-sip.jar", with the leading slash.
    if (!jar.isEmpty())
        names << (m_config.userLocale.isEmpty() ? QString(QLatin1Char('/') + jar)
                                                : QString(m_config.userLocale + QLatin1Char('/') + jar));
    names << (m_config.networkLocale.isEmpty() ? QStringLiteral("g3-tones.xml")
                                               : m_config.networkLocale + QStringLiteral("/g3-tones.xml"));
    if (sip && !m_config.dialTemplate.isEmpty())
        names << m_config.dialTemplate;
    fetchAll(names, [this] { ready(); });
}

void PhoneSimPhone::bootLegacy()
{
    const QString mac = m_options.mac.toCompact();
    m_state.factoryReset = false;
    if (runningProtocol() == PhoneProtocol::Sip) {
        // docs/phones.md, "Boot sequences": a 7940/60 already on SIP 8.12 still asks for SEP<MAC>.cnf.xml. Whether
        // it acts on a load that file names is not known; the simulator takes the harmful answer (it follows a
        // different load there, back to SCCP if that is what is named), so a bench that serves the wrong file fails.
        const QString sep = QStringLiteral("SEP%1.cnf.xml").arg(mac);
        fetchAll({QStringLiteral("CTLSEP%1.tlv").arg(mac)}, [this, sep] {
            fetch(sep, [this, sep](const PhoneSimTftpClient::Outcome &outcome) {
                const PhoneSimConfigFile xml =
                    outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok
                        ? PhoneSimConfigFile::parseXml(outcome.data, m_model.loadInformationId)
                        : PhoneSimConfigFile{};
                if (xml.valid && !xml.load.isEmpty() && xml.load.compare(m_state.load, Qt::CaseInsensitive) != 0) {
                    record(QStringLiteral("config"), {{QStringLiteral("file"), sep},
                                                      {QStringLiteral("valid"), true},
                                                      {QStringLiteral("load"), xml.load},
                                                      {QStringLiteral("deviceProtocol"), xml.deviceProtocol}});
                    upgrade(xml.load + QStringLiteral(".loads"), xml.load);
                    return;
                }
                fetchAll({m_state.load + QStringLiteral(".loads")}, [this] { legacySipFiles(); });
            });
        });
        return;
    }
    // The universal loader asks OS79XX.TXT first; an SCCP load then learns its target from the XML config.
    fetch(QStringLiteral("OS79XX.TXT"), [this, mac](const PhoneSimTftpClient::Outcome &outcome) {
        if (outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok)
            record(QStringLiteral("os79xx"),
                   {{QStringLiteral("image"), QString::fromLatin1(outcome.data.left(64)).trimmed()}});
        fetchAll({QStringLiteral("CTLSEP%1.tlv").arg(mac)}, [this] { askConfig(); });
    });
}

void PhoneSimPhone::legacySipFiles()
{
    fetch(QStringLiteral("SIPDefault.cnf"), [this](const PhoneSimTftpClient::Outcome &outcome) {
        const PhoneSimConfigFile flat = outcome.kind == PhoneSimTftpClient::Outcome::Kind::Ok
                                            ? PhoneSimConfigFile::parseFlat(outcome.data)
                                            : PhoneSimConfigFile{};
        if (!flat.load.isEmpty() && flat.load.compare(m_state.load, Qt::CaseInsensitive) != 0) {
            upgrade(flat.load + QStringLiteral(".loads"), flat.load);
            return;
        }
        const QString dialplan = flat.dialTemplate.isEmpty() ? QStringLiteral("dialplan") : flat.dialTemplate;
        fetchAll({QStringLiteral("./SIP%1.cnf").arg(m_options.mac.toCompact()), QStringLiteral("RINGLIST.DAT"),
                  dialplan.endsWith(QLatin1String(".xml")) ? dialplan : dialplan + QStringLiteral(".xml")},
                 [this] { ready(); });
    });
}

void PhoneSimPhone::listenHttp()
{
    if (m_state.pageOff || m_http->isListening())
        return;
    if (!m_http->listen(m_leaseAddress, m_options.httpPort))
        record(QStringLiteral("error"),
               {{QStringLiteral("detail"), QString(QStringLiteral("http: ") + m_http->errorString())}});
}

void PhoneSimPhone::ready()
{
    // The page belongs to the phone's app, up only now with --page-at-ready; a config read since the lease may
    // also have turned it on.
    listenHttp();
    record(QStringLiteral("ready"), {{QStringLiteral("load"), m_state.load},
                                     {QStringLiteral("protocol"), phoneProtocolName(runningProtocol())}});
}
