#include "core/provisioning/xmldefaultbuilder.h"

#include "core/common/logging.h"
#include "core/provisioning/provisioningxml.h"

#include <QMap>

using namespace ProvisioningXml;

GeneratedFile XmlDefaultBuilder::build(const PbxSettings &pbx, const QList<ProvisioningTarget> &availableLoads)
{
    pugi::xml_document document;
    pugi::xml_node root = document.append_child("Default");
    pugi::xml_node member = appendElement(appendElement(appendElement(root, "callManagerGroup"), "members"), "member");
    setAttribute(member, "priority", QStringLiteral("0"));
    pugi::xml_node callManager = appendElement(member, "callManager");
    pugi::xml_node ports = appendElement(callManager, "ports");
    appendNumber(ports, "ethernetPhonePort", 2000);
    appendNumber(ports, "sipPort", pbx.sipPort);
    appendNumber(ports, "securedSipPort", pbx.securedSipPort);
    appendText(callManager, "processNodeName", pbx.host);

    QMap<int, ProvisioningTarget> byId;
    for (const ProvisioningTarget &load : availableLoads) {
        if (load.loadInformationId <= 0 || load.loadId.isEmpty()) {
            qCWarning(lcProvisioning).noquote() << "XMLDefault: skipping" << load.modelName << "without id or load";
            continue;
        }
        if (!byId.contains(load.loadInformationId))
            byId.insert(load.loadInformationId, load);
    }
    for (const ProvisioningTarget &load : std::as_const(byId)) {
        const QByteArray element = "loadInformation" + QByteArray::number(load.loadInformationId);
        pugi::xml_node node = appendText(root, element.constData(), load.loadId);
        setAttribute(node, "model", load.modelName);
    }
    appendText(root, "authenticationURL", QString());
    appendText(root, "directoryURL", QString());
    appendText(root, "idleURL", QString());
    appendText(root, "informationURL", QString());
    appendText(root, "messagesURL", QString());
    appendText(root, "servicesURL", QString());

    GeneratedFile file{fileName(), serialize(document)};
    qCInfo(lcProvisioning).noquote() << "generated" << file.name << "with" << byId.size() << "loads, bytes"
                                     << file.content.size();
    return file;
}
