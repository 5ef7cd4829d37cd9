#pragma once

#include "core/credentials/credentialstore.h"

#include <QHash>

// A CredentialStore for unit tests: secrets in a hash, results delivered through the event loop like a real
// keychain, and a switch to behave like a machine with no usable keychain.
class InMemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    CredentialJob *read(const QString &key, QObject *parent) override;
    CredentialJob *write(const QString &key, const QString &secret, QObject *parent) override;
    CredentialJob *remove(const QString &key, QObject *parent) override;

    // While set, every job finishes with KeychainUnavailable and the stored secrets are untouched.
    void setUnavailable(bool unavailable) { m_unavailable = unavailable; }
    bool isUnavailable() const { return m_unavailable; }
    const QHash<QString, QString> &secrets() const { return m_secrets; }
    int jobsStarted() const { return m_jobsStarted; }

private:
    friend class InMemoryCredentialJob;
    QHash<QString, QString> m_secrets;
    bool m_unavailable = false;
    int m_jobsStarted = 0;
};
