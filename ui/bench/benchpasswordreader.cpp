#include "ui/bench/benchpasswordreader.h"

#include "core/credentials/credentialjob.h"
#include "core/credentials/credentialstore.h"

void BenchPasswordReader::start(CredentialStore *store, const PhoneInventory &inventory)
{
    if (isRunning())
        return;
    m_running = true;
    m_inventory = inventory;
    m_error = Error();
    m_pending = 0;
    if (store) {
        const QList<PhoneInventoryEntry> entries = m_inventory.entries();
        for (const PhoneInventoryEntry &entry : entries) {
            for (auto line = entry.lines.cbegin(); line != entry.lines.cend(); ++line) {
                const MacAddress mac = entry.mac;
                const int number = line.key();
                CredentialJob *job = store->read(CredentialStore::lineKey(mac, number), this);
                connect(job, &CredentialJob::finished, this, [this, job, mac, number](const Error &error) {
                    job->deleteLater();
                    lineRead(mac, number, job->secret(), error);
                });
                ++m_pending;
                job->start();
            }
        }
    }
    if (m_pending == 0)
        QMetaObject::invokeMethod(this, &BenchPasswordReader::finish, Qt::QueuedConnection);
}

void BenchPasswordReader::lineRead(const MacAddress &mac, int line, const QString &secret, const Error &error)
{
    if (!error) {
        if (const PhoneInventoryEntry *found = m_inventory.find(mac)) {
            PhoneInventoryEntry entry = *found;
            entry.lines[line].password = secret;
            m_inventory.insert(entry);
        }
    } else if (error.code() != ErrorCode::KeychainEntryNotFound && !m_error) {
        m_error = error; // the job has logged it, with its key and never a secret
    }
    if (--m_pending == 0)
        finish();
}

void BenchPasswordReader::finish()
{
    m_running = false;
    const PhoneInventory inventory = std::exchange(m_inventory, PhoneInventory());
    Q_EMIT finished(inventory, m_error);
}
