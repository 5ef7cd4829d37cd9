#pragma once

#include "core/common/error.h"
#include "core/provisioning/phoneinventory.h"

#include <QObject>

class CredentialStore;

// Fills an inventory's passwords from the keychain before a bench starts: one read job per line, all at once,
// never a nested event loop. A line without a stored password stays without one; the first real keychain
// failure (KeychainUnavailable, …) is reported with the inventory as far as it was read.
class BenchPasswordReader : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Returns at once; finished() follows, exactly once per call, never inside it. No store: no passwords.
    void start(CredentialStore *store, const PhoneInventory &inventory);
    bool isRunning() const { return m_pending > 0 || m_running; }

Q_SIGNALS:
    void finished(const PhoneInventory &inventory, const Error &error);

private:
    void lineRead(const MacAddress &mac, int line, const QString &secret, const Error &error);
    void finish();

    PhoneInventory m_inventory;
    Error m_error;
    int m_pending = 0;
    bool m_running = false;
};
