#include "tests/support/inmemorycredentialjob.h"

#include "tests/support/inmemorycredentialstore.h"

InMemoryCredentialJob::InMemoryCredentialJob(InMemoryCredentialStore *store, Operation operation, QString key,
                                             QString secret, QObject *parent)
    : CredentialJob(operation, std::move(key), parent)
    , m_store(store)
    , m_secretToWrite(std::move(secret))
{}

void InMemoryCredentialJob::start()
{
    if (m_started)
        return;
    m_started = true;
    if (m_store)
        ++m_store->m_jobsStarted;
    QMetaObject::invokeMethod(this, &InMemoryCredentialJob::run, Qt::QueuedConnection);
}

void InMemoryCredentialJob::run()
{
    if (!m_store || m_store->m_unavailable) {
        finish(Error(ErrorCode::KeychainUnavailable, QStringLiteral("in-memory store switched off")));
        return;
    }
    switch (operation()) {
    case Operation::Read: {
        const auto it = m_store->m_secrets.constFind(key());
        if (it == m_store->m_secrets.cend()) {
            finish(Error(ErrorCode::KeychainEntryNotFound, key()));
            return;
        }
        setSecret(it.value());
        break;
    }
    case Operation::Write:
        m_store->m_secrets.insert(key(), m_secretToWrite);
        break;
    case Operation::Remove:
        m_store->m_secrets.remove(key());
        break;
    }
    finish({});
}
