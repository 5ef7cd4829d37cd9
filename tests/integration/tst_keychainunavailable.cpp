#include "core/credentials/keychaincredentialstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The machine without a usable keychain (no session bus, as on a bare server or over SSH): every job must end,
// quickly and asynchronously, in KeychainUnavailable so the UI can explain it, never hang or crash.
class TestKeychainUnavailable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOperationFails_data();
    void everyOperationFails();
};

void TestKeychainUnavailable::initTestCase()
{
    // Before the first D-Bus use: a bus address that cannot exist, and nothing to autolaunch one with.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/sccp2sip-test-bus");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestKeychainUnavailable::everyOperationFails_data()
{
    QTest::addColumn<int>("operation");
    QTest::newRow("read") << int(CredentialJob::Operation::Read);
    QTest::newRow("write") << int(CredentialJob::Operation::Write);
    QTest::newRow("remove") << int(CredentialJob::Operation::Remove);
}

void TestKeychainUnavailable::everyOperationFails()
{
    QFETCH(int, operation);
    KeychainCredentialStore store;
    const QString key = u"SEP001E4A794100/line1"_s;
    CredentialJob *job = nullptr;
    switch (CredentialJob::Operation(operation)) {
    case CredentialJob::Operation::Read:
        job = store.read(key, &store);
        break;
    case CredentialJob::Operation::Write:
        job = store.write(key, u"s3cret"_s, &store);
        break;
    case CredentialJob::Operation::Remove:
        job = store.remove(key, &store);
        break;
    }
    QSignalSpy finished(job, &CredentialJob::finished);
    job->start();
    QCOMPARE(finished.size(), 0); // never inside start()
    QVERIFY(finished.wait(15000));
    QCOMPARE(finished.size(), 1);
    const Error error = finished.first().first().value<Error>();
    QCOMPARE(error.code(), ErrorCode::KeychainUnavailable);
    QVERIFY(!error.detail().contains(u"s3cret"_s));
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychainunavailable.moc"
