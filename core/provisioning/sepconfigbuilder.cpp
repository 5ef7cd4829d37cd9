#include "core/provisioning/sepconfigbuilder.h"

#include "core/common/logging.h"
#include "core/provisioning/provisioningxml.h"

#include <QCryptographicHash>
#include <QRegularExpression>

using namespace ProvisioningXml;

namespace {

constexpr int kEthernetPhonePort = 2000; // SCCP port; the loads expect the element even when running SIP
constexpr int kStartMediaPort = 16384;
constexpr int kStopMediaPort = 32766;

void appendDevicePool(pugi::xml_node device, const PbxSettings &pbx)
{
    pugi::xml_node pool = appendElement(device, "devicePool");
    pugi::xml_node dateTime = appendElement(pool, "dateTimeSetting");
    appendText(dateTime, "dateTemplate", pbx.dateTemplate);
    appendText(dateTime, "timeZone", pbx.timeZone);
    pugi::xml_node ntps = appendElement(dateTime, "ntps");
    if (!pbx.ntpServer.isEmpty()) {
        pugi::xml_node ntp = appendElement(ntps, "ntp");
        appendText(ntp, "name", pbx.ntpServer);
        appendText(ntp, "ntpMode", QStringLiteral("Unicast"));
    }
    pugi::xml_node member = appendElement(appendElement(appendElement(pool, "callManagerGroup"), "members"), "member");
    setAttribute(member, "priority", QStringLiteral("0"));
    pugi::xml_node callManager = appendElement(member, "callManager");
    pugi::xml_node ports = appendElement(callManager, "ports");
    appendNumber(ports, "ethernetPhonePort", kEthernetPhonePort);
    appendNumber(ports, "sipPort", pbx.sipPort);
    appendNumber(ports, "securedSipPort", pbx.securedSipPort);
    appendText(callManager, "processNodeName", pbx.host);
}

void appendLine(pugi::xml_node sipLines, int button, const PhoneLine &line, const PbxSettings &pbx, bool useCm)
{
    pugi::xml_node node = appendElement(sipLines, "line");
    setAttribute(node, "button", QString::number(button));
    setAttribute(node, "lineIndex", QString::number(button));
    appendNumber(node, "featureID", 9); // 9 = SIP line; at least one is needed to register
    appendText(node, "featureLabel", line.effectiveLabel());
    appendText(node, "proxy", useCm ? QStringLiteral("USECALLMANAGER") : pbx.host);
    appendNumber(node, "port", pbx.sipPort);
    // name, authName and contact all default to the extension: mismatches are the classic "401 forever".
    appendText(node, "name", line.extension);
    appendText(node, "displayName", line.displayName.isEmpty() ? line.extension : line.displayName);
    appendText(node, "callWaiting", QStringLiteral("3"));
    appendText(node, "authName", line.effectiveAuthUser());
    appendText(node, "authPassword", line.password);
    appendText(node, "sharedLine", QStringLiteral("false"));
    appendText(node, "messageWaitingLampPolicy", QStringLiteral("3"));
    appendText(node, "messagesNumber", QString());
    appendText(node, "ringSettingIdle", QStringLiteral("4"));
    appendText(node, "ringSettingActive", QStringLiteral("5"));
    appendText(node, "contact", line.extension);
}

void appendSipProfile(pugi::xml_node device, const ProvisioningTarget &target, const PbxSettings &pbx,
                      const QMap<int, PhoneLine> &lines)
{
    pugi::xml_node profile = appendElement(device, "sipProfile");
    pugi::xml_node proxies = appendElement(profile, "sipProxies");
    appendText(proxies, "registerWithProxy", QStringLiteral("true")); // without it: "Unregistered"
    pugi::xml_node features = appendElement(profile, "sipCallFeatures");
    appendText(features, "cnfJoinEnabled", QStringLiteral("true"));
    appendText(features, "rfc2543Hold", QStringLiteral("false"));
    appendText(features, "callHoldRingback", QStringLiteral("2"));
    appendText(features, "localCfwdEnable", QStringLiteral("true"));
    appendText(features, "semiAttendedTransfer", QStringLiteral("true"));
    pugi::xml_node stack = appendElement(profile, "sipStack");
    appendText(stack, "sipInviteRetx", QStringLiteral("6"));
    appendText(stack, "sipRetx", QStringLiteral("10"));
    appendText(stack, "timerRegisterExpires", QStringLiteral("3600"));
    appendText(stack, "timerRegisterDelta", QStringLiteral("5"));
    const QString phoneLabel = lines.contains(1) ? lines.value(1).effectiveLabel() : QString();
    appendText(profile, "phoneLabel", phoneLabel);
    appendNumber(profile, "startMediaPort", kStartMediaPort);
    appendNumber(profile, "stopMediaPort", kStopMediaPort);
    appendText(profile, "natEnabled", QStringLiteral("false"));
    pugi::xml_node sipLines = appendElement(profile, "sipLines");
    const bool useCm = SepConfigBuilder::usesCallManagerProxy(target.loadId);
    for (auto it = lines.cbegin(); it != lines.cend(); ++it)
        appendLine(sipLines, it.key(), it.value(), pbx, useCm);
    appendNumber(profile, "voipControlPort", pbx.sipPort);
    if (!pbx.dialPlanFile.isEmpty())
        appendText(profile, "dialTemplate", pbx.dialPlanFile);
}

void appendTail(pugi::xml_node device, const ProvisioningTarget &target, const PbxSettings &pbx)
{
    pugi::xml_node common = appendElement(device, "commonProfile");
    appendText(common, "phonePassword", QString());
    appendText(common, "backgroundImageAccess", QStringLiteral("true"));
    appendText(common, "callLogBlfEnabled", QStringLiteral("2"));
    appendText(device, "loadInformation", target.loadId);
    pugi::xml_node vendor = appendElement(device, "vendorConfig");
    appendText(vendor, "webAccess", QStringLiteral("0"));      // inverted: 0 = enabled, needed to verify
    appendText(vendor, "sshAccess", QStringLiteral("1"));      // inverted: 1 = disabled
    appendText(vendor, "settingsAccess", QStringLiteral("1")); // 1 = the settings menu works
    appendText(vendor, "pcPort", QStringLiteral("0"));         // inverted: 0 = PC port enabled
    appendText(device, "versionStamp", QString());
    pugi::xml_node userLocale = appendElement(device, "userLocale");
    appendText(userLocale, "name", pbx.userLocale);
    appendText(userLocale, "uid", QStringLiteral("1"));
    appendText(userLocale, "langCode", pbx.userLocaleLangCode);
    appendText(userLocale, "version", QStringLiteral("1.0.0.0-1"));
    appendText(userLocale, "winCharSet", QStringLiteral("utf-8"));
    appendText(device, "networkLocale", pbx.networkLocale);
    pugi::xml_node networkLocaleInfo = appendElement(device, "networkLocaleInfo");
    appendText(networkLocaleInfo, "name", pbx.networkLocale);
    appendText(networkLocaleInfo, "version", QStringLiteral("1.0.0.0-1"));
    appendNumber(device, "deviceSecurityMode", 1);
    appendNumber(device, "transportLayerProtocol", PbxSettings::transportLayerProtocol(pbx.transport));
    appendText(device, "certHash", QString());
    appendText(device, "encrConfig", QStringLiteral("false"));
}

} // namespace

QString SepConfigBuilder::fileName(const MacAddress &mac)
{
    return QStringLiteral("SEP") + mac.toCompact() + QStringLiteral(".cnf.xml");
}

bool SepConfigBuilder::usesCallManagerProxy(const QString &loadId)
{
    static const QRegularExpression eightX(QStringLiteral("^SIP[0-9A-Z]+\\.8-"),
                                           QRegularExpression::CaseInsensitiveOption);
    return !eightX.match(loadId).hasMatch();
}

GeneratedFile SepConfigBuilder::build(const MacAddress &mac, const ProvisioningTarget &target, const PbxSettings &pbx,
                                      const QMap<int, PhoneLine> &lines)
{
    pugi::xml_document document;
    pugi::xml_node device = document.append_child("device");
    appendText(device, "fullConfig", QStringLiteral("true"));
    appendText(device, "deviceProtocol", QStringLiteral("SIP"));
    appendText(device, "sshUserId", QString());
    appendText(device, "sshPassword", QString());
    appendDevicePool(device, pbx);
    appendSipProfile(device, target, pbx, lines);
    appendTail(device, target, pbx);

    // Hash the file with an empty stamp, then write the stamp: same content, same stamp.
    const QByteArray withoutStamp = serialize(document);
    const QByteArray digest = QCryptographicHash::hash(withoutStamp, QCryptographicHash::Sha256).toHex().left(32);
    device.child("versionStamp").text().set(digest.constData());

    GeneratedFile file{fileName(mac), serialize(document)};
    qCInfo(lcProvisioning).noquote() << "generated" << file.name << "for" << target.loadId << "lines" << lines.size()
                                     << "bytes" << file.content.size() << "versionStamp" << digest;
    return file;
}
