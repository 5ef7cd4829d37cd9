#include "core/credentials/keychaincredentialstore.h"
#include "tests/support/keyringenvironment.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// KeychainCredentialStore against a real, private Secret Service (tests/support/with-keyring).
class TestKeychainCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadRemove();
    void missingEntry();

private:
    static Error run(CredentialJob *job)
    {
        QSignalSpy finished(job, &CredentialJob::finished);
        job->start();
        if (!finished.wait(15000))
            return Error(ErrorCode::TimedOut);
        return finished.first().first().value<Error>();
    }
};

void TestKeychainCredentialStore::writeReadRemove()
{
    SCCP2SIP_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    QCOMPARE(store.service(), u"sccp2sip"_s);
    const QString key = CredentialStore::lineKey(*MacAddress::parse(u"00:1e:4a:79:41:00"), 1);

    QCOMPARE(run(store.write(key, u"Pässw0rd-42"_s, &store)).code(), ErrorCode::None);
    CredentialJob *read = store.read(key, &store);
    QCOMPARE(run(read).code(), ErrorCode::None);
    QCOMPARE(read->secret(), u"Pässw0rd-42"_s);

    // Stored under the service name "sccp2sip", where the wizard and any later version will look.
    QKeychain::ReadPasswordJob raw(u"sccp2sip"_s);
    raw.setAutoDelete(false);
    raw.setKey(key);
    QSignalSpy rawDone(&raw, &QKeychain::Job::finished);
    raw.start();
    QVERIFY(rawDone.wait(15000));
    QCOMPARE(raw.error(), QKeychain::NoError);
    QCOMPARE(raw.textData(), u"Pässw0rd-42"_s);

    QCOMPARE(run(store.remove(key, &store)).code(), ErrorCode::None);
    QCOMPARE(run(store.read(key, &store)).code(), ErrorCode::KeychainEntryNotFound);
    QCOMPARE(run(store.remove(key, &store)).code(), ErrorCode::None); // idempotent, as in every store
}

void TestKeychainCredentialStore::missingEntry()
{
    SCCP2SIP_REQUIRE_KEYRING();
    KeychainCredentialStore store;
    const Error error = run(store.read(u"SEP000000000000/line9"_s, &store));
    QCOMPARE(error.code(), ErrorCode::KeychainEntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeychainCredentialStore)
#include "tst_keychaincredentialstore.moc"
