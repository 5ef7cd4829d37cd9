#include "core/dhcp/dhcpconflictguard.h"
#include "core/dhcp/dhcpleasepool.h"
#include "tests/support/fakeclock.h"
#include "tests/support/fakeconflictprober.h"

#include <QSignalSpy>
#include <QTest>

namespace {
quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}
const MacAddress kSilentHost({0x02, 0x00, 0x00, 0x00, 0x00, 0x99});
constexpr int kTimeoutMs = 40;
} // namespace

// Probe-ahead over a fake link: which addresses get probed, when they become offerable, what an answer does.
class TestDhcpConflictGuard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void probesAheadUpToTarget();
    void timeoutMeansFree();
    void answeredAddressQuarantinedAndReplaced();
    void lateAnswerTakesReadyAddressBack();
    void missGrowsTarget_data();
    void missGrowsTarget();
    void refillReplacesTakenAddresses();
    void nothingLeftToProbe();
    void brokenProberFails();

private:
    std::unique_ptr<DhcpConflictGuard> makeGuard(int ahead, int maxInFlight = 256);

    FakeClock m_clock;
    FakeConflictProber m_prober;
    std::unique_ptr<DhcpLeasePool> m_pool;
};

void TestDhcpConflictGuard::init()
{
    m_prober.probed.clear();
    m_prober.holders.clear();
    m_prober.failing = false;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.29")))
                      .value();
    m_pool = std::make_unique<DhcpLeasePool>(config, m_clock);
    m_pool->setProbing(true);
}

std::unique_ptr<DhcpConflictGuard> TestDhcpConflictGuard::makeGuard(int ahead, int maxInFlight)
{
    DhcpConflictGuard::Config config;
    config.timeoutMs = kTimeoutMs;
    config.ahead = ahead;
    config.maxInFlight = maxInFlight;
    return std::make_unique<DhcpConflictGuard>(*m_pool, m_prober, config);
}

void TestDhcpConflictGuard::probesAheadUpToTarget()
{
    auto guard = makeGuard(4);
    QVERIFY(guard->refill());
    QCOMPARE(m_prober.probed, (QList<quint32>{ip("10.0.0.10"), ip("10.0.0.11"), ip("10.0.0.12"), ip("10.0.0.13")}));
    QCOMPARE(guard->inFlight(), 4);
    // Already at target: a second refill sends nothing.
    QVERIFY(guard->refill());
    QCOMPARE(m_prober.probed.size(), 4);
}

void TestDhcpConflictGuard::timeoutMeansFree()
{
    auto guard = makeGuard(2);
    QSignalSpy ready(guard.get(), &DhcpConflictGuard::addressesReady);
    guard->refill();
    QCOMPARE(m_pool->readyCount(), 0); // nothing is offerable before its probe's bound
    QVERIFY(ready.wait(2000));
    QCOMPARE(m_pool->readyCount(), 2);
    QCOMPARE(guard->inFlight(), 0);
    QCOMPARE(m_pool->chooseForOffer("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), std::nullopt), ip("10.0.0.10"));
}

void TestDhcpConflictGuard::answeredAddressQuarantinedAndReplaced()
{
    m_prober.holders.insert(ip("10.0.0.11"), kSilentHost);
    auto guard = makeGuard(2);
    QSignalSpy ready(guard.get(), &DhcpConflictGuard::addressesReady);
    guard->refill();
    // The answer arrives before the bound; the guard probes a replacement at once.
    QTRY_COMPARE_WITH_TIMEOUT(m_prober.probed.size(), 3, 2000);
    QCOMPARE(m_prober.probed.at(2), ip("10.0.0.12"));
    QTRY_COMPARE_WITH_TIMEOUT(m_pool->readyCount(), 2, 2000);
    QVERIFY(!m_pool->isReady(ip("10.0.0.11")));
    QVERIFY(m_pool->isReady(ip("10.0.0.10")));
    QVERIFY(m_pool->isReady(ip("10.0.0.12")));
    // Quarantined: nobody gets it, not even by asking for it.
    QVERIFY(!m_pool->bind("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), ip("10.0.0.11"), 600, {}));
    QVERIFY(!ready.isEmpty());
}

void TestDhcpConflictGuard::lateAnswerTakesReadyAddressBack()
{
    auto guard = makeGuard(1);
    QSignalSpy ready(guard.get(), &DhcpConflictGuard::addressesReady);
    guard->refill();
    QVERIFY(ready.wait(2000));
    QVERIFY(m_pool->isReady(ip("10.0.0.10")));
    // The holder speaks up after the bound (a slow host, a gratuitous ARP): the address leaves the probed set
    // and a replacement is probed.
    Q_EMIT m_prober.answered(ip("10.0.0.10"), kSilentHost);
    QVERIFY(!m_pool->isReady(ip("10.0.0.10")));
    QCOMPARE(m_prober.probed.last(), ip("10.0.0.11"));
    // An answer for an address we are not about to offer changes nothing.
    Q_EMIT m_prober.answered(ip("10.0.0.25"), kSilentHost);
    QVERIFY(m_pool->bind("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), ip("10.0.0.25"), 600, {}));
}

void TestDhcpConflictGuard::missGrowsTarget_data()
{
    QTest::addColumn<int>("ahead");
    QTest::addColumn<int>("maxInFlight");
    QTest::addColumn<int>("misses");
    QTest::addColumn<int>("target");
    QTest::newRow("one miss doubles") << 2 << 256 << 1 << 4;
    QTest::newRow("three misses") << 2 << 256 << 3 << 16;
    QTest::newRow("capped") << 4 << 10 << 5 << 10;
}

void TestDhcpConflictGuard::missGrowsTarget()
{
    QFETCH(int, ahead);
    QFETCH(int, maxInFlight);
    QFETCH(int, misses);
    QFETCH(int, target);
    auto guard = makeGuard(ahead, maxInFlight);
    for (int n = 0; n < misses; ++n)
        guard->missed();
    QCOMPARE(guard->target(), target);
    guard->refill();
    QCOMPARE(guard->inFlight(), std::min(target, 20)); // the range holds 20 addresses
}

void TestDhcpConflictGuard::refillReplacesTakenAddresses()
{
    auto guard = makeGuard(2);
    QSignalSpy ready(guard.get(), &DhcpConflictGuard::addressesReady);
    guard->refill();
    QVERIFY(ready.wait(2000));
    QVERIFY(m_pool->chooseForOffer("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), std::nullopt));
    m_pool->markOffered("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), ip("10.0.0.10"));
    guard->refill();
    QCOMPARE(m_prober.probed.last(), ip("10.0.0.12"));
    QCOMPARE(m_pool->readyCount() + guard->inFlight(), 2);
}

void TestDhcpConflictGuard::nothingLeftToProbe()
{
    // Every address bound: no probe can help, so refill() says waiting is pointless.
    for (int n = 10; n <= 29; ++n)
        QVERIFY(m_pool->bind(QByteArray::number(n), MacAddress({0, 0x1e, 0x4a, 0, 0, quint8(n)}),
                             ip(QStringLiteral("10.0.0.%1").arg(n).toLatin1().constData()), 600, {}));
    auto guard = makeGuard(2);
    QVERIFY(!guard->refill());
    QVERIFY(m_prober.probed.isEmpty());
}

void TestDhcpConflictGuard::brokenProberFails()
{
    m_prober.failing = true;
    auto guard = makeGuard(2);
    QSignalSpy failed(guard.get(), &DhcpConflictGuard::failed);
    QVERIFY(!guard->refill());
    QCOMPARE(failed.size(), 1);
    QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("probe socket gone")));
    // The address it could not probe is neither offerable nor quarantined.
    QCOMPARE(m_pool->probingCount(), 0);
    QCOMPARE(m_pool->readyCount(), 0);
    m_pool->setProbing(false);
    QCOMPARE(m_pool->chooseForOffer("k1", MacAddress({0, 0x1e, 0x4a, 0, 0, 1}), std::nullopt), ip("10.0.0.10"));
}

QTEST_GUILESS_MAIN(TestDhcpConflictGuard)
#include "tst_dhcpconflictguard.moc"
