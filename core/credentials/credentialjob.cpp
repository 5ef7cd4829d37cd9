#include "core/credentials/credentialjob.h"

#include "core/common/logging.h"

CredentialJob::CredentialJob(Operation operation, QString key, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_key(std::move(key))
{}

void CredentialJob::finish(const Error &error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError())
        qCWarning(lcCredentials).noquote() << m_operation << m_key << "failed:" << error.toLogString();
    else
        qCDebug(lcCredentials).noquote() << m_operation << m_key << "done";
    Q_EMIT finished(error);
}
