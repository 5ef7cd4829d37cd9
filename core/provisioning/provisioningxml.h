#pragma once

#include <QByteArray>
#include <QString>

#include <pugixml.hpp>

// Small shared helpers for the XML generators, so every file is written the same way: UTF-8 declaration,
// two-space indentation, LF line ends, and text set through pugixml (which escapes it) — never pasted.
namespace ProvisioningXml {

pugi::xml_node appendElement(pugi::xml_node parent, const char *name);
pugi::xml_node appendText(pugi::xml_node parent, const char *name, const QString &text);
pugi::xml_node appendNumber(pugi::xml_node parent, const char *name, int value);
void setAttribute(pugi::xml_node node, const char *name, const QString &value);
QByteArray serialize(const pugi::xml_document &document);

} // namespace ProvisioningXml
