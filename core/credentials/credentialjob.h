#pragma once

#include "core/common/error.h"

#include <QObject>
#include <QString>

// One asynchronous keychain operation, KJob-shaped: create it through a CredentialStore, connect to
// finished(), call start(). start() returns at once and finished() comes later (never inside start()), exactly
// once. The job does not delete itself: its parent owns it, or connect finished to deleteLater.
class CredentialJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    Operation operation() const { return m_operation; }
    const QString &key() const { return m_key; }
    // The secret, after a Read finished without error. Never log it.
    const QString &secret() const { return m_secret; }
    bool isFinished() const { return m_finished; }

    virtual void start() = 0;

Q_SIGNALS:
    // Error::None on success; KeychainEntryNotFound when a read finds nothing; KeychainUnavailable when there
    // is no usable keychain (no Secret Service, locked, access denied). Removing a missing entry succeeds.
    void finished(const Error &error);

protected:
    CredentialJob(Operation operation, QString key, QObject *parent);
    void setSecret(const QString &secret) { m_secret = secret; }
    // Emits finished() the first time only, and logs the outcome without the secret.
    void finish(const Error &error);

private:
    Operation m_operation;
    QString m_key;
    QString m_secret;
    bool m_finished = false;
};
