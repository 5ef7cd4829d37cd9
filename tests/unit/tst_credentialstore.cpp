#include "tests/support/inmemorycredentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The CredentialStore contract, on the in-memory fake that the wizard and bench tests use.
class TestCredentialStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lineKey();
    void writeReadRemove();
    void finishedNeverInsideStart();
    void unavailable();

private:
    static Error run(CredentialJob *job)
    {
        QSignalSpy finished(job, &CredentialJob::finished);
        job->start();
        if (!finished.wait(5000))
            return Error(ErrorCode::TimedOut);
        if (finished.size() != 1)
            return Error(ErrorCode::InvalidArgument, u"finished more than once"_s);
        return finished.first().first().value<Error>();
    }
};

void TestCredentialStore::lineKey()
{
    QCOMPARE(CredentialStore::lineKey(*MacAddress::parse(u"00:1c:58:d6:44:33"), 2), u"SEP001C58D64433/line2"_s);
}

void TestCredentialStore::writeReadRemove()
{
    InMemoryCredentialStore store;
    const QString key = CredentialStore::lineKey(*MacAddress::parse(u"001c58d64433"), 1);

    QCOMPARE(run(store.read(key, &store)).code(), ErrorCode::KeychainEntryNotFound);
    CredentialJob *write = store.write(key, u"s3cret"_s, &store);
    QCOMPARE(write->operation(), CredentialJob::Operation::Write);
    QCOMPARE(run(write).code(), ErrorCode::None);
    QVERIFY(write->secret().isEmpty()); // a write never exposes the secret afterwards

    CredentialJob *read = store.read(key, &store);
    QCOMPARE(run(read).code(), ErrorCode::None);
    QCOMPARE(read->secret(), u"s3cret"_s);
    QCOMPARE(read->key(), key);

    QCOMPARE(run(store.write(key, u"changed"_s, &store)).code(), ErrorCode::None);
    CredentialJob *reread = store.read(key, &store);
    QCOMPARE(run(reread).code(), ErrorCode::None);
    QCOMPARE(reread->secret(), u"changed"_s);

    QCOMPARE(run(store.remove(key, &store)).code(), ErrorCode::None);
    QCOMPARE(run(store.remove(key, &store)).code(), ErrorCode::None); // idempotent
    QCOMPARE(run(store.read(key, &store)).code(), ErrorCode::KeychainEntryNotFound);
    QCOMPARE(store.jobsStarted(), 8);
}

void TestCredentialStore::finishedNeverInsideStart()
{
    InMemoryCredentialStore store;
    CredentialJob *job = store.read(u"k"_s, &store);
    QSignalSpy finished(job, &CredentialJob::finished);
    job->start();
    QCOMPARE(finished.size(), 0);
    QVERIFY(!job->isFinished());
    QVERIFY(finished.wait(5000));
    job->start(); // a second start does nothing
    QTest::qWait(20);
    QCOMPARE(finished.size(), 1);
}

void TestCredentialStore::unavailable()
{
    InMemoryCredentialStore store;
    QCOMPARE(run(store.write(u"k"_s, u"v"_s, &store)).code(), ErrorCode::None);
    store.setUnavailable(true);
    QCOMPARE(run(store.read(u"k"_s, &store)).code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(run(store.write(u"k"_s, u"other"_s, &store)).code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(run(store.remove(u"k"_s, &store)).code(), ErrorCode::KeychainUnavailable);
    QCOMPARE(store.secrets().value(u"k"_s), u"v"_s);
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
