#include "core/credentials/keychaincredentialstore.h"

#include "core/credentials/keychaincredentialjob.h"

KeychainCredentialStore::KeychainCredentialStore(QString service, QObject *parent)
    : CredentialStore(parent)
    , m_service(std::move(service))
{}

CredentialJob *KeychainCredentialStore::read(const QString &key, QObject *parent)
{
    return new KeychainCredentialJob(CredentialJob::Operation::Read, m_service, key, {}, parent);
}

CredentialJob *KeychainCredentialStore::write(const QString &key, const QString &secret, QObject *parent)
{
    return new KeychainCredentialJob(CredentialJob::Operation::Write, m_service, key, secret, parent);
}

CredentialJob *KeychainCredentialStore::remove(const QString &key, QObject *parent)
{
    return new KeychainCredentialJob(CredentialJob::Operation::Remove, m_service, key, {}, parent);
}
