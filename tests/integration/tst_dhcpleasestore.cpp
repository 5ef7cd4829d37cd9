#include "core/dhcp/dhcpleasestore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
DhcpLease lease(int n, qint64 expiresAt = 2'000'000'000)
{
    return DhcpLease{0x0ae70000u + quint32(n),
                     QByteArray("\x01\x00\x1e\x4a\x00\x00", 6) + char(n),
                     MacAddress({0x00, 0x1e, 0x4a, 0x00, 0x00, quint8(n)}),
                     QStringLiteral("SEP001E4A0000%1").arg(n, 2, 16, QLatin1Char('0')).toUpper(),
                     expiresAt,
                     DhcpLease::State::Bound};
}
} // namespace

class TestDhcpLeaseStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTripAcrossReopen();
    void freedLeasesAreGone();
    void tornTail_data();
    void tornTail();
    void corruptLineSkipped();
    void compactionKeepsLiveLeases();
    void unwritableDirectory();
};

void TestDhcpLeaseStore::roundTripAcrossReopen()
{
    QTemporaryDir dir;
    {
        DhcpLeaseStore store(dir.path());
        QVERIFY(store.open());
        for (int n = 1; n <= 3; ++n)
            store.appendBound(lease(n));
        QVERIFY(store.commit());
    }
    DhcpLeaseStore store(dir.path());
    const auto leases = store.open();
    QVERIFY(leases);
    QCOMPARE(leases->size(), 3);
    for (const DhcpLease &l : leases.value()) {
        const int n = int(l.address - 0x0ae70000u);
        QCOMPARE(l.clientKey, lease(n).clientKey);
        QCOMPARE(l.mac, lease(n).mac);
        QCOMPARE(l.hostname, lease(n).hostname);
        QCOMPARE(l.expiresAt, lease(n).expiresAt);
    }
}

void TestDhcpLeaseStore::freedLeasesAreGone()
{
    QTemporaryDir dir;
    {
        DhcpLeaseStore store(dir.path());
        QVERIFY(store.open());
        store.appendBound(lease(1));
        store.appendBound(lease(2));
        store.appendFreed(lease(1));
        // A freed record of another client for the same address must not remove the current holder.
        DhcpLease stranger = lease(2);
        stranger.clientKey = "other";
        store.appendFreed(stranger);
        QVERIFY(store.commit());
    }
    DhcpLeaseStore store(dir.path());
    const auto leases = store.open();
    QVERIFY(leases);
    QCOMPARE(leases->size(), 1);
    QCOMPARE(leases->first().address, lease(2).address);
}

void TestDhcpLeaseStore::tornTail_data()
{
    QTest::addColumn<int>("cut"); // bytes removed from the end of the last record
    QTest::newRow("newline lost") << 1;
    QTest::newRow("half a record") << 20;
    QTest::newRow("one byte left") << int(DhcpLeaseStore::encode(lease(3), true).size()) - 1;
}

void TestDhcpLeaseStore::tornTail()
{
    QFETCH(int, cut);
    QTemporaryDir dir;
    QString path;
    {
        DhcpLeaseStore store(dir.path());
        QVERIFY(store.open());
        for (int n = 1; n <= 3; ++n)
            store.appendBound(lease(n));
        QVERIFY(store.commit());
        path = store.journalPath();
    }
    // A torn write: the end of the last record never reached the disk (the space after it is zero-filled).
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    const qsizetype end = content.lastIndexOf('\n') + 1;
    content.replace(end - cut, cut, QByteArray(cut, '\0'));
    file.seek(0);
    file.write(content);
    file.close();
    {
        DhcpLeaseStore store(dir.path());
        const auto leases = store.open();
        QVERIFY(leases);
        QCOMPARE(leases->size(), 2);
        QCOMPARE(store.skippedLines(), 0);
        // Appending after the cut yields a clean journal again.
        store.appendBound(lease(4));
        QVERIFY(store.commit());
    }
    DhcpLeaseStore store(dir.path());
    const auto leases = store.open();
    QVERIFY(leases);
    QCOMPARE(leases->size(), 3);
    QCOMPARE(store.skippedLines(), 0);
}

void TestDhcpLeaseStore::corruptLineSkipped()
{
    QTemporaryDir dir;
    QString path;
    {
        DhcpLeaseStore store(dir.path());
        QVERIFY(store.open());
        for (int n = 1; n <= 3; ++n)
            store.appendBound(lease(n));
        QVERIFY(store.commit());
        path = store.journalPath();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray content = file.readAll();
    const qsizetype secondLine = content.indexOf('\n') + 1;
    content[secondLine + 3] = content[secondLine + 3] == 'a' ? 'b' : 'a'; // flips a digit of lease 2's address
    file.seek(0);
    file.write(content);
    file.close();
    DhcpLeaseStore store(dir.path());
    const auto leases = store.open();
    QVERIFY(leases);
    QCOMPARE(leases->size(), 2);
    QCOMPARE(store.skippedLines(), 1);
}

void TestDhcpLeaseStore::compactionKeepsLiveLeases()
{
    QTemporaryDir dir;
    DhcpLeaseStore store(dir.path());
    QVERIFY(store.open());
    for (int round = 0; round < 50; ++round) {
        for (int n = 1; n <= 100; ++n)
            store.appendBound(lease(n, 2'000'000'000 + round));
        QVERIFY(store.commit());
    }
    QVERIFY(store.wantsCompaction());
    QList<DhcpLease> live;
    for (int n = 1; n <= 100; ++n)
        live.append(lease(n, 2'000'000'049));
    const qint64 before = QFileInfo(store.journalPath()).size();
    QVERIFY(store.compact(live));
    QVERIFY(!store.wantsCompaction());
    QVERIFY(QFileInfo(store.journalPath()).size() * 40 < before);
    store.appendBound(lease(101));
    QVERIFY(store.commit());
    store.close();
    DhcpLeaseStore reopened(dir.path());
    const auto leases = reopened.open();
    QVERIFY(leases);
    QCOMPARE(leases->size(), 101);
}

void TestDhcpLeaseStore::unwritableDirectory()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("file")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    DhcpLeaseStore store(dir.filePath(QStringLiteral("file/sub")));
    const auto leases = store.open();
    QVERIFY(!leases);
    QCOMPARE(leases.error().code(), ErrorCode::DirectoryUnwritable);
}

QTEST_GUILESS_MAIN(TestDhcpLeaseStore)
#include "tst_dhcpleasestore.moc"
