#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

// Read-only bytes a TftpFileSource hands to transfers. Copies share the same bytes (a mapping or a buffer kept
// alive by `owner`), so fifty phones fetching one image cost one mapping, not fifty copies.
class TftpFile
{
public:
    TftpFile() = default;
    TftpFile(QString name, const char *data, qint64 size, std::shared_ptr<const void> owner)
        : m_name(std::move(name))
        , m_data(data)
        , m_size(size)
        , m_owner(std::move(owner))
    {}
    // For generated content (configs): the buffer is moved in, never copied again.
    static TftpFile fromBytes(QString name, QByteArray bytes)
    {
        auto owner = std::make_shared<const QByteArray>(std::move(bytes));
        const char *data = owner->constData();
        const qint64 size = owner->size();
        return TftpFile(std::move(name), data, size, std::move(owner));
    }

    // The name the file really has (its case and folder inside the root), for logs and events.
    const QString &name() const { return m_name; }
    const char *data() const { return m_data; }
    qint64 size() const { return m_size; }
    const std::shared_ptr<const void> &owner() const { return m_owner; }

private:
    QString m_name;
    const char *m_data = nullptr;
    qint64 m_size = 0;
    std::shared_ptr<const void> m_owner;
};
