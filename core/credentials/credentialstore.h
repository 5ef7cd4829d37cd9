#pragma once

#include "core/common/macaddress.h"
#include "core/credentials/credentialjob.h"

#include <QObject>
#include <QString>

// Where SIP passwords live between sessions: only ever the OS keychain (KeychainCredentialStore), or memory in
// tests (InMemoryCredentialStore). Everything is asynchronous; no implementation may spin a nested event loop.
// The returned job is not started yet and is owned by `parent`.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual CredentialJob *read(const QString &key, QObject *parent) = 0;
    virtual CredentialJob *write(const QString &key, const QString &secret, QObject *parent) = 0;
    virtual CredentialJob *remove(const QString &key, QObject *parent) = 0;

    // The key for one phone line: "SEP001C58D64433/line1".
    static QString lineKey(const MacAddress &mac, int line);
};
