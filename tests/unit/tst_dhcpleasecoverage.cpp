#include "core/dhcp/dhcpleasecoverage.h"

#include <QTest>

namespace {
constexpr quint32 kAddress = 0x0a00000a;
DhcpLease lease(const char *key, qint64 expiresAt)
{
    return DhcpLease{kAddress, QByteArray(key), MacAddress(), QString(), expiresAt, DhcpLease::State::Bound};
}
} // namespace

// Whether an ACK may leave without a sync of its own: only if every record a crash could leave on top for its
// address binds it to the same client for at least as long as the ACK promises.
class TestDhcpLeaseCoverage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void covers_data();
    void covers();
    void resetAfterCompaction();
};

void TestDhcpLeaseCoverage::covers_data()
{
    // Steps: "B<key>:<expiry>" bound record appended, "F<key>" freed record appended, "S" everything synced,
    // "S<n>" records up to number n synced, "L<n>" records up to n lost (write failed). Then: does the journal
    // cover an ACK to client A until 1000?
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("covered");
    QTest::newRow("nothing written") << QStringList{} << false;
    QTest::newRow("offer record not synced yet") << QStringList{u"BA:1060"_qs} << false;
    QTest::newRow("offer record synced") << QStringList{u"BA:1060"_qs, u"S"_qs} << true;
    QTest::newRow("synced but too short") << QStringList{u"BA:999"_qs, u"S"_qs} << false;
    QTest::newRow("another client's record") << QStringList{u"BB:5000"_qs, u"S"_qs} << false;
    QTest::newRow("other client appended since") << QStringList{u"BA:1060"_qs, u"S"_qs, u"BB:5000"_qs} << false;
    QTest::newRow("freed since") << QStringList{u"BA:1060"_qs, u"S"_qs, u"FA"_qs} << false;
    QTest::newRow("own shorter record appended since") << QStringList{u"BA:1060"_qs, u"S"_qs, u"BA:900"_qs} << false;
    QTest::newRow("own ACK record appended since") << QStringList{u"BA:1060"_qs, u"S"_qs, u"BA:1000"_qs} << true;
    QTest::newRow("offer synced while ACK record pending")
        << QStringList{u"BA:1060"_qs, u"BA:1000"_qs, u"S1"_qs} << true;
    QTest::newRow("released then offered again, offer pending")
        << QStringList{u"BA:1060"_qs, u"S"_qs, u"FA"_qs, u"S"_qs, u"BA:1060"_qs} << false;
    QTest::newRow("released then offered again, synced")
        << QStringList{u"BA:1060"_qs, u"FA"_qs, u"BA:1060"_qs, u"S"_qs} << true;
    QTest::newRow("write lost") << QStringList{u"BA:1060"_qs, u"S"_qs, u"BA:1100"_qs, u"L2"_qs} << false;
    QTest::newRow("later record synced after a loss")
        << QStringList{u"BA:1060"_qs, u"L1"_qs, u"BA:1100"_qs, u"S2"_qs} << true;
}

void TestDhcpLeaseCoverage::covers()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, covered);
    DhcpLeaseCoverage coverage;
    quint64 seq = 0;
    for (const QString &step : std::as_const(steps)) {
        const QChar kind = step.at(0);
        if (kind == QLatin1Char('B')) {
            const QStringList parts = step.mid(1).split(QLatin1Char(':'));
            coverage.appended(++seq, lease(parts.at(0).toLatin1().constData(), parts.at(1).toLongLong()), true);
        } else if (kind == QLatin1Char('F')) {
            coverage.appended(++seq, lease(step.mid(1).toLatin1().constData(), 0), false);
        } else if (kind == QLatin1Char('S')) {
            coverage.durableUpTo(step.size() > 1 ? step.mid(1).toULongLong() : seq);
        } else if (kind == QLatin1Char('L')) {
            coverage.lostUpTo(step.mid(1).toULongLong());
        }
    }
    QCOMPARE(coverage.covers(lease("A", 1000)), covered);
}

void TestDhcpLeaseCoverage::resetAfterCompaction()
{
    DhcpLeaseCoverage coverage;
    coverage.appended(1, lease("A", 1060), true);
    QVERIFY(!coverage.covers(lease("A", 1000)));
    // Compaction rewrote and synced the journal with exactly these leases.
    coverage.reset({lease("A", 1000)});
    QVERIFY(coverage.covers(lease("A", 1000)));
    QVERIFY(!coverage.covers(lease("A", 1001)));
    coverage.reset({});
    QVERIFY(!coverage.covers(lease("A", 1000)));
}

QTEST_GUILESS_MAIN(TestDhcpLeaseCoverage)
#include "tst_dhcpleasecoverage.moc"
