#pragma once

#include "core/credentials/credentialjob.h"

namespace QKeychain {
class Job;
}

// A CredentialJob backed by one QtKeychain job.
class KeychainCredentialJob final : public CredentialJob
{
    Q_OBJECT
public:
    KeychainCredentialJob(Operation operation, QString service, QString key, QString secret, QObject *parent);
    void start() override;

private:
    void startKeychainJob();
    void onKeychainJobFinished(QKeychain::Job *job);

    QString m_service;
    QString m_secretToWrite;
    bool m_started = false;
};
