#include "core/credentials/keychaincredentialjob.h"

#include <qt6keychain/keychain.h>

KeychainCredentialJob::KeychainCredentialJob(Operation operation, QString service, QString key, QString secret,
                                             QObject *parent)
    : CredentialJob(operation, std::move(key), parent)
    , m_service(std::move(service))
    , m_secretToWrite(std::move(secret))
{}

void KeychainCredentialJob::start()
{
    if (m_started)
        return;
    m_started = true;
    // Queued, so that even a backend failing synchronously never emits finished() inside start().
    QMetaObject::invokeMethod(this, &KeychainCredentialJob::startKeychainJob, Qt::QueuedConnection);
}

void KeychainCredentialJob::startKeychainJob()
{
    QKeychain::Job *job = nullptr;
    switch (operation()) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(m_secretToWrite);
        job = write;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    m_secretToWrite.clear();
    job->setAutoDelete(false); // owned by this job, so it cannot vanish under the handler
    job->setInsecureFallback(false);
    job->setKey(key());
    connect(job, &QKeychain::Job::finished, this, &KeychainCredentialJob::onKeychainJobFinished);
    job->start();
}

void KeychainCredentialJob::onKeychainJobFinished(QKeychain::Job *job)
{
    job->deleteLater();
    Error error;
    switch (job->error()) {
    case QKeychain::NoError:
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job))
            setSecret(read->textData());
        break;
    case QKeychain::EntryNotFound:
        // Removing what is not there is success: remove() is idempotent for every store.
        if (operation() != Operation::Remove)
            error = Error(ErrorCode::KeychainEntryNotFound, key());
        break;
    default:
        // errorString() describes the backend failure (no D-Bus, locked, denied); it never holds the secret.
        error = Error(ErrorCode::KeychainUnavailable, job->errorString());
        break;
    }
    finish(error);
}
