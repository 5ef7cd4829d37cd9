#include "core/dhcp/dhcpofferwaitlist.h"

#include <QNetworkDatagram>
#include <QTest>

// The bounded wait for a probed address: a request whose deadline passes is handed back (the server then offers
// without the probe) in arrival order, never silently dropped.
class TestDhcpOfferWaitList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void expiredRequestsAreHandedBackInOrder();
    void takeAllLeavesNothingToExpire();
    void aRequestHeldBackAgainFromTheHandlerStays();
    void fullAtCapacity();
};

static QNetworkDatagram request(char tag)
{
    return QNetworkDatagram(QByteArray(1, tag));
}

void TestDhcpOfferWaitList::expiredRequestsAreHandedBackInOrder()
{
    QList<QByteArray> handed;
    DhcpOfferWaitList list(8, [&](const QNetworkDatagram &d) { handed.append(d.data()); });
    const qint64 now = list.nowMs();
    list.push(request('a'), now + 20);
    list.push(request('b'), now + 20);
    list.push(request('c'), now + 400);
    QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 2, 2000);
    QCOMPARE(handed, (QList<QByteArray>{"a", "b"}));
    QVERIFY(!list.empty()); // c's deadline is later
    QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 3, 3000);
    QCOMPARE(handed.last(), QByteArray("c"));
    QVERIFY(list.empty());
}

void TestDhcpOfferWaitList::takeAllLeavesNothingToExpire()
{
    int handed = 0;
    DhcpOfferWaitList list(8, [&](const QNetworkDatagram &) { ++handed; });
    list.push(request('a'), list.nowMs() + 10);
    const std::deque<DhcpOfferWaitList::Entry> taken = list.takeAll();
    QCOMPARE(taken.size(), size_t(1));
    QTest::qWait(100);
    QCOMPARE(handed, 0);
}

void TestDhcpOfferWaitList::aRequestHeldBackAgainFromTheHandlerStays()
{
    QList<QByteArray> handed;
    DhcpOfferWaitList *self = nullptr;
    DhcpOfferWaitList list(8, [&](const QNetworkDatagram &d) {
        handed.append(d.data());
        if (handed.size() == 1)
            self->push(d, self->nowMs() + 30); // held back once more: must come back again, not vanish
    });
    self = &list;
    list.push(request('a'), list.nowMs() + 10);
    QTRY_COMPARE_WITH_TIMEOUT(handed.size(), 2, 2000);
    QCOMPARE(handed, (QList<QByteArray>{"a", "a"}));
    QVERIFY(list.empty());
}

void TestDhcpOfferWaitList::fullAtCapacity()
{
    DhcpOfferWaitList list(2, [](const QNetworkDatagram &) {});
    QVERIFY(!list.full());
    list.push(request('a'), list.nowMs() + 10000);
    QVERIFY(!list.full());
    list.push(request('b'), list.nowMs() + 10000);
    QVERIFY(list.full());
    list.clear();
    QVERIFY(list.empty());
    QVERIFY(!list.full());
}

QTEST_GUILESS_MAIN(TestDhcpOfferWaitList)
#include "tst_dhcpofferwaitlist.moc"
