#include "core/provisioning/provisioningxml.h"

namespace {

class ByteArrayWriter final : public pugi::xml_writer
{
public:
    void write(const void *data, size_t size) override
    {
        m_bytes.append(static_cast<const char *>(data), static_cast<qsizetype>(size));
    }
    QByteArray m_bytes;
};

} // namespace

namespace ProvisioningXml {

pugi::xml_node appendElement(pugi::xml_node parent, const char *name)
{
    return parent.append_child(name);
}

pugi::xml_node appendText(pugi::xml_node parent, const char *name, const QString &text)
{
    pugi::xml_node node = parent.append_child(name);
    // An empty element is written as <name/>, which the phones accept the same as <name></name>.
    if (!text.isEmpty())
        node.text().set(text.toUtf8().constData());
    return node;
}

pugi::xml_node appendNumber(pugi::xml_node parent, const char *name, int value)
{
    pugi::xml_node node = parent.append_child(name);
    node.text().set(value);
    return node;
}

void setAttribute(pugi::xml_node node, const char *name, const QString &value)
{
    node.append_attribute(name).set_value(value.toUtf8().constData());
}

QByteArray serialize(const pugi::xml_document &document)
{
    ByteArrayWriter writer;
    document.save(writer, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") + writer.m_bytes;
}

} // namespace ProvisioningXml
