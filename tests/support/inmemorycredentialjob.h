#pragma once

#include "core/credentials/credentialjob.h"

#include <QPointer>

class InMemoryCredentialStore;

// The job type of InMemoryCredentialStore: does its work on the next event-loop turn.
class InMemoryCredentialJob final : public CredentialJob
{
    Q_OBJECT
public:
    InMemoryCredentialJob(InMemoryCredentialStore *store, Operation operation, QString key, QString secret,
                          QObject *parent);
    void start() override;

private:
    void run();

    QPointer<InMemoryCredentialStore> m_store;
    QString m_secretToWrite;
    bool m_started = false;
};
