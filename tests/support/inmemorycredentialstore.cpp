#include "tests/support/inmemorycredentialstore.h"

#include "tests/support/inmemorycredentialjob.h"

CredentialJob *InMemoryCredentialStore::read(const QString &key, QObject *parent)
{
    return new InMemoryCredentialJob(this, CredentialJob::Operation::Read, key, {}, parent);
}

CredentialJob *InMemoryCredentialStore::write(const QString &key, const QString &secret, QObject *parent)
{
    return new InMemoryCredentialJob(this, CredentialJob::Operation::Write, key, secret, parent);
}

CredentialJob *InMemoryCredentialStore::remove(const QString &key, QObject *parent)
{
    return new InMemoryCredentialJob(this, CredentialJob::Operation::Remove, key, {}, parent);
}
