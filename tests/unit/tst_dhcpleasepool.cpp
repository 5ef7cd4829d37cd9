#include "core/dhcp/dhcpleasepool.h"
#include "tests/support/fakeclock.h"

#include <QTest>

namespace {
quint32 ip(const char *text)
{
    return QHostAddress(QString::fromLatin1(text)).toIPv4Address();
}
MacAddress mac(int n)
{
    return MacAddress({0x00, 0x1e, 0x4a, 0x00, 0x00, quint8(n)});
}
QByteArray key(int n)
{
    return QByteArray("k") + QByteArray::number(n);
}
} // namespace

class TestDhcpLeasePool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void subnetRange_data();
    void subnetRange();
    void explicitRangeMustFitSubnet();
    void skipsOwnAddressAndReservations();
    void keepsAddressAcrossExpiryUntilReused();
    void offerHoldExpires();
    void exhaustion();
    void declineQuarantines();
    void conflictCheckSkipsAddressesInUse();
    void restoredLeasesAreHonoured();
    void probingOffersOnlyProbedAddresses_data();
    void probingOffersOnlyProbedAddresses();
    void answeredProbeQuarantines();
    void staleProbeIsNotTrusted();
    void unprobedOfferUnderFlood();
};

void TestDhcpLeasePool::subnetRange_data()
{
    QTest::addColumn<QString>("server");
    QTest::addColumn<int>("prefix");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::addColumn<bool>("ok");
    QTest::newRow("/24") << QStringLiteral("10.231.0.1") << 24 << QStringLiteral("10.231.0.1")
                         << QStringLiteral("10.231.0.254") << true;
    QTest::newRow("/30") << QStringLiteral("192.168.5.1") << 30 << QStringLiteral("192.168.5.1")
                         << QStringLiteral("192.168.5.2") << true;
    QTest::newRow("/8 capped") << QStringLiteral("10.1.2.3") << 8 << QStringLiteral("10.0.0.1")
                               << QStringLiteral("10.0.255.254") << true;
    QTest::newRow("/31 refused") << QStringLiteral("10.0.0.0") << 31 << QString() << QString() << false;
}

void TestDhcpLeasePool::subnetRange()
{
    QFETCH(QString, server);
    QFETCH(int, prefix);
    QFETCH(QString, first);
    QFETCH(QString, last);
    QFETCH(bool, ok);
    const auto config = DhcpLeasePool::configForSubnet(QHostAddress(server), prefix);
    QCOMPARE(config.ok(), ok);
    if (!ok) {
        QCOMPARE(config.error().code(), ErrorCode::DhcpPoolExhausted);
        return;
    }
    QCOMPARE(QHostAddress(config->first), QHostAddress(first));
    QCOMPARE(QHostAddress(config->last), QHostAddress(last));
}

void TestDhcpLeasePool::explicitRangeMustFitSubnet()
{
    const QHostAddress server(QStringLiteral("10.231.0.1"));
    QVERIFY(DhcpLeasePool::configForRange(server, 24, QHostAddress(QStringLiteral("10.231.0.100")),
                                          QHostAddress(QStringLiteral("10.231.0.200"))));
    QVERIFY(!DhcpLeasePool::configForRange(server, 24, QHostAddress(QStringLiteral("10.231.0.100")),
                                           QHostAddress(QStringLiteral("10.231.1.5"))));
    QVERIFY(!DhcpLeasePool::configForRange(server, 24, QHostAddress(QStringLiteral("10.231.0.200")),
                                           QHostAddress(QStringLiteral("10.231.0.100"))));
}

void TestDhcpLeasePool::skipsOwnAddressAndReservations()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForSubnet(QHostAddress(QStringLiteral("10.0.0.1")), 29).value(); // .1-.6
    config.reservations.insert(mac(9), ip("10.0.0.2"));
    DhcpLeasePool pool(config, clock);
    QList<quint32> given;
    for (int n = 1; n <= 4; ++n) {
        const auto address = pool.chooseForOffer(key(n), mac(n), std::nullopt);
        QVERIFY(address);
        QVERIFY(pool.bind(key(n), mac(n), *address, 600, {}));
        given.append(*address);
    }
    QCOMPARE(given, (QList<quint32>{ip("10.0.0.3"), ip("10.0.0.4"), ip("10.0.0.5"), ip("10.0.0.6")}));
    QCOMPARE(pool.chooseForOffer(key(5), mac(5), std::nullopt), std::nullopt);
    QCOMPARE(pool.chooseForOffer(key(9), mac(9), std::nullopt), ip("10.0.0.2"));
    // Someone else asking for the reserved address does not get it.
    QVERIFY(!pool.bind(key(5), mac(5), ip("10.0.0.2"), 600, {}));
    QVERIFY(!pool.bind(key(5), mac(5), ip("10.0.0.1"), 600, {}));
}

void TestDhcpLeasePool::keepsAddressAcrossExpiryUntilReused()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.11")))
                      .value();
    DhcpLeasePool pool(config, clock);
    QVERIFY(pool.bind(key(1), mac(1), ip("10.0.0.10"), 60, {}));
    QVERIFY(pool.activeLease(key(1)));
    clock.advanceMs(61'000);
    QVERIFY(!pool.activeLease(key(1)));
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), std::nullopt), ip("10.0.0.10"));
    QVERIFY(pool.bind(key(2), mac(2), ip("10.0.0.11"), 60, {}));
    // Pool full of one expired lease: a new client may take it.
    QCOMPARE(pool.chooseForOffer(key(3), mac(3), std::nullopt), ip("10.0.0.10"));
}

void TestDhcpLeasePool::offerHoldExpires()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.10")))
                      .value();
    config.offerHoldSecs = 30;
    DhcpLeasePool pool(config, clock);
    pool.markOffered(key(1), mac(1), ip("10.0.0.10"));
    QCOMPARE(pool.chooseForOffer(key(2), mac(2), std::nullopt), std::nullopt);
    clock.advanceMs(31'000);
    QCOMPARE(pool.chooseForOffer(key(2), mac(2), std::nullopt), ip("10.0.0.10"));
}

void TestDhcpLeasePool::exhaustion()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.12")))
                      .value();
    DhcpLeasePool pool(config, clock);
    for (int n = 0; n < 3; ++n)
        QVERIFY(pool.bind(key(n), mac(n), *pool.chooseForOffer(key(n), mac(n), std::nullopt), 600, {}));
    QCOMPARE(pool.chooseForOffer(key(7), mac(7), std::nullopt), std::nullopt);
    QVERIFY(pool.release(key(1), ip("10.0.0.11")));
    QCOMPARE(pool.chooseForOffer(key(7), mac(7), std::nullopt), ip("10.0.0.11"));
}

void TestDhcpLeasePool::declineQuarantines()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.11")))
                      .value();
    config.declineHoldSecs = 100;
    DhcpLeasePool pool(config, clock);
    QVERIFY(pool.bind(key(1), mac(1), ip("10.0.0.10"), 600, {}));
    QVERIFY(pool.decline(key(1), ip("10.0.0.10")));
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), ip("10.0.0.10")), ip("10.0.0.11"));
    QVERIFY(!pool.bind(key(2), mac(2), ip("10.0.0.10"), 600, {}));
    clock.advanceMs(101'000);
    QVERIFY(pool.bind(key(2), mac(2), ip("10.0.0.10"), 600, {}));
}

void TestDhcpLeasePool::conflictCheckSkipsAddressesInUse()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                                QHostAddress(QStringLiteral("10.0.0.10")),
                                                QHostAddress(QStringLiteral("10.0.0.12")))
                      .value();
    DhcpLeasePool pool(config, clock);
    QList<quint32> probed;
    pool.setConflictCheck([&](quint32 address, const MacAddress &) {
        probed.append(address);
        return address == ip("10.0.0.10");
    });
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), std::nullopt), ip("10.0.0.11"));
    QCOMPARE(probed, (QList<quint32>{ip("10.0.0.10"), ip("10.0.0.11")}));
    // The conflicting address stays out for the next client too, without probing it again.
    probed.clear();
    pool.markOffered(key(1), mac(1), ip("10.0.0.11"));
    QCOMPARE(pool.chooseForOffer(key(2), mac(2), std::nullopt), ip("10.0.0.12"));
    QCOMPARE(probed, (QList<quint32>{ip("10.0.0.12")}));
}

void TestDhcpLeasePool::restoredLeasesAreHonoured()
{
    FakeClock clock;
    auto config = DhcpLeasePool::configForSubnet(QHostAddress(QStringLiteral("10.0.0.1")), 24).value();
    DhcpLeasePool pool(config, clock);
    const qint64 later = clock.nowUtc().toSecsSinceEpoch() + 600;
    pool.restore(
        DhcpLease{ip("10.0.0.2"), key(1), mac(1), QStringLiteral("SEP001E4A000001"), later, DhcpLease::State::Bound});
    pool.restore(DhcpLease{ip("10.0.0.1"), key(2), mac(2), QString(), later, DhcpLease::State::Bound}); // ours: dropped
    QCOMPARE(pool.boundLeases().size(), 1);
    QCOMPARE(pool.activeLease(key(1))->address, ip("10.0.0.2"));
    QCOMPARE(pool.chooseForOffer(key(3), mac(3), ip("10.0.0.2")), ip("10.0.0.3"));
}

namespace {
DhcpLeasePool::Config smallRange(const char *first, const char *last)
{
    return DhcpLeasePool::configForRange(QHostAddress(QStringLiteral("10.0.0.1")), 24,
                                         QHostAddress(QString::fromLatin1(first)),
                                         QHostAddress(QString::fromLatin1(last)))
        .value();
}
} // namespace

void TestDhcpLeasePool::probingOffersOnlyProbedAddresses_data()
{
    // A client's own record, its reservation or the address it asks for needs no probe; a fresh one does.
    QTest::addColumn<QString>("situation");
    QTest::addColumn<bool>("waitsForProbe");
    QTest::addColumn<QString>("offered");
    QTest::newRow("fresh client") << QStringLiteral("fresh") << true << QString();
    QTest::newRow("own earlier lease") << QStringLiteral("own") << false << QStringLiteral("10.0.0.12");
    QTest::newRow("reservation") << QStringLiteral("reserved") << false << QStringLiteral("10.0.0.13");
    QTest::newRow("requested address, not probed") << QStringLiteral("requested") << true << QString();
    QTest::newRow("requested address, probed")
        << QStringLiteral("requested probed") << false << QStringLiteral("10.0.0.11");
}

void TestDhcpLeasePool::probingOffersOnlyProbedAddresses()
{
    QFETCH(QString, situation);
    QFETCH(bool, waitsForProbe);
    QFETCH(QString, offered);
    FakeClock clock;
    auto config = smallRange("10.0.0.10", "10.0.0.14");
    config.reservations.insert(mac(5), ip("10.0.0.13"));
    DhcpLeasePool pool(config, clock);
    pool.setProbing(true);
    if (situation == QLatin1String("own")) {
        QVERIFY(pool.bind(key(1), mac(1), ip("10.0.0.12"), 60, {}));
        clock.advanceMs(120'000); // expired, still its own
    }
    if (situation == QLatin1String("requested probed")) {
        // Probed silent ahead of need, but not first in line: the client that asks for it gets it.
        pool.probeCleared(*pool.takeProbeCandidate());
        pool.probeCleared(*pool.takeProbeCandidate());
    }
    const MacAddress client = situation == QLatin1String("reserved") ? mac(5) : mac(1);
    const auto requested =
        situation.startsWith(QLatin1String("requested")) ? std::optional<quint32>(ip("10.0.0.11")) : std::nullopt;
    bool awaiting = false;
    const auto address = pool.chooseForOffer(key(1), client, requested, &awaiting);
    QCOMPARE(awaiting, waitsForProbe);
    if (waitsForProbe) {
        QCOMPARE(address, std::nullopt);
        // Probe ahead: the candidate is free, not reserved, and not probed twice.
        const auto candidate = pool.takeProbeCandidate();
        QCOMPARE(candidate, ip("10.0.0.10"));
        QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.11"));
        QCOMPARE(pool.probingCount(), 2);
        pool.probeCleared(*candidate); // silence within the bound: free
        QCOMPARE(pool.readyCount(), 1);
        awaiting = false;
        QCOMPARE(pool.chooseForOffer(key(1), client, std::nullopt, &awaiting), ip("10.0.0.10"));
        QVERIFY(!awaiting);
        QCOMPARE(pool.readyCount(), 0);
        return;
    }
    QCOMPARE(address, ip(offered.toLatin1().constData()));
}

void TestDhcpLeasePool::answeredProbeQuarantines()
{
    FakeClock clock;
    auto config = smallRange("10.0.0.10", "10.0.0.12");
    config.declineHoldSecs = 100;
    DhcpLeasePool pool(config, clock);
    pool.setProbing(true);
    QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.10"));
    QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.11"));
    pool.probeAnswered(ip("10.0.0.10")); // a silent host holds it
    pool.probeCleared(ip("10.0.0.10"));  // its deadline passing later changes nothing
    pool.probeCleared(ip("10.0.0.11"));
    QCOMPARE(pool.readyCount(), 1);
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), std::nullopt), ip("10.0.0.11"));
    pool.markOffered(key(1), mac(1), ip("10.0.0.11"));
    // Quarantined: never probed again, never offered, not even when asked for, until the hold ends.
    QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.12"));
    QCOMPARE(pool.takeProbeCandidate(), std::nullopt);
    QVERIFY(!pool.bind(key(2), mac(2), ip("10.0.0.10"), 600, {}));
    // A late answer for an address already probed silent takes it out of the probed set as well.
    pool.probeCleared(ip("10.0.0.12"));
    pool.probeAnswered(ip("10.0.0.12"));
    QCOMPARE(pool.readyCount(), 0);
    bool awaiting = false;
    QCOMPARE(pool.chooseForOffer(key(3), mac(3), std::nullopt, &awaiting), std::nullopt);
    QVERIFY(awaiting);
    // An answer for an address a client holds is that client, rightly: no quarantine.
    pool.probeAnswered(ip("10.0.0.11"));
    QVERIFY(pool.bind(key(1), mac(1), ip("10.0.0.11"), 600, {}));
    clock.advanceMs(101'000);
    QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.10"));
}

void TestDhcpLeasePool::staleProbeIsNotTrusted()
{
    FakeClock clock;
    auto config = smallRange("10.0.0.10", "10.0.0.11");
    config.probeFreshSecs = 60;
    DhcpLeasePool pool(config, clock);
    pool.setProbing(true);
    pool.probeCleared(*pool.takeProbeCandidate());
    clock.advanceMs(30'000);
    // The background refresh takes addresses probed before a moment out to probe them again.
    QCOMPARE(pool.takeStaleReady(pool.nowSecs() - 10), (QList<quint32>{ip("10.0.0.10")}));
    QCOMPARE(pool.readyCount(), 0);
    QCOMPARE(pool.probingCount(), 1);
    pool.probeCleared(ip("10.0.0.10"));
    clock.advanceMs(61'000);
    bool awaiting = false;
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), std::nullopt, &awaiting), std::nullopt);
    QVERIFY(awaiting);
}

void TestDhcpLeasePool::unprobedOfferUnderFlood()
{
    FakeClock clock;
    DhcpLeasePool pool(smallRange("10.0.0.10", "10.0.0.11"), clock);
    pool.setProbing(true);
    QList<quint32> checked;
    pool.setConflictCheck([&](quint32 address, const MacAddress &) {
        checked.append(address);
        return false;
    });
    QCOMPARE(pool.takeProbeCandidate(), ip("10.0.0.10"));
    pool.setUnprobedAllowed(true);
    // Unprobed means unprobed: an address whose probe is still out may go too (a small pool can be all under
    // probe), and the neighbour-table check still runs on it.
    QCOMPARE(pool.chooseForOffer(key(1), mac(1), std::nullopt), ip("10.0.0.10"));
    QCOMPARE(checked, (QList<quint32>{ip("10.0.0.10")}));
    pool.markOffered(key(1), mac(1), ip("10.0.0.10"));
    QCOMPARE(pool.probingCount(), 0);
    pool.probeCleared(ip("10.0.0.10")); // the late result changes nothing
    QCOMPARE(pool.readyCount(), 0);
    QCOMPARE(pool.chooseForOffer(key(2), mac(2), std::nullopt), ip("10.0.0.11"));
}

QTEST_GUILESS_MAIN(TestDhcpLeasePool)
#include "tst_dhcpleasepool.moc"
