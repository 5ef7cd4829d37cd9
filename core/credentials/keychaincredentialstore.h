#pragma once

#include "core/credentials/credentialstore.h"

// The OS keychain through QtKeychain (Secret Service, macOS Keychain, Windows Credential Manager). Jobs run
// asynchronously and never exec(). Without a session bus or Secret Service, jobs finish with
// KeychainUnavailable at once; the UI explains what to install or unlock.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QString service = QStringLiteral("sccp2sip"), QObject *parent = nullptr);

    const QString &service() const { return m_service; }

    CredentialJob *read(const QString &key, QObject *parent) override;
    CredentialJob *write(const QString &key, const QString &secret, QObject *parent) override;
    CredentialJob *remove(const QString &key, QObject *parent) override;

private:
    QString m_service;
};
