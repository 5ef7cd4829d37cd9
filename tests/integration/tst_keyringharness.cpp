#include "tests/support/keyringenvironment.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QTest>

// Proves the harness gives a suite a working, private Secret Service: write, read back, delete.
class TestKeyringHarness : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writeReadDelete();

private:
    static QKeychain::Error runJob(QKeychain::Job *job);
};

QKeychain::Error TestKeyringHarness::runJob(QKeychain::Job *job)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &QKeychain::Job::finished);
    job->start();
    if (!finished.wait(10000))
        return QKeychain::OtherError;
    return job->error();
}

void TestKeyringHarness::writeReadDelete()
{
    SCCP2SIP_REQUIRE_KEYRING();
    const QString service = QStringLiteral("sccp2sip-harness-test");
    const QString key = QStringLiteral("SEP001E4A794100/line1");

    QKeychain::WritePasswordJob write(service);
    write.setKey(key);
    write.setTextData(QStringLiteral("s3cret-42"));
    QCOMPARE(runJob(&write), QKeychain::NoError);

    QKeychain::ReadPasswordJob read(service);
    read.setKey(key);
    QCOMPARE(runJob(&read), QKeychain::NoError);
    QCOMPARE(read.textData(), QStringLiteral("s3cret-42"));

    QKeychain::DeletePasswordJob remove(service);
    remove.setKey(key);
    QCOMPARE(runJob(&remove), QKeychain::NoError);

    QKeychain::ReadPasswordJob gone(service);
    gone.setKey(key);
    QCOMPARE(runJob(&gone), QKeychain::EntryNotFound);
}

QTEST_GUILESS_MAIN(TestKeyringHarness)
#include "tst_keyringharness.moc"
