#include "core/net/netbusypoll.h"

#include <QTest>

// The spin policy alone, with no clock and no sockets: each row is a script of what the socket set asks and what
// the policy must answer.
//   "start=1"       startSpin() answers true     "start*63=0"  63 times, false each time
//   "spun 40=1"     continueSpin(40 µs) answers true
//   "hit"           a spin found a datagram
class TestNetBusyPoll : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void followsTheScript_data();
    void followsTheScript();
};

using namespace Qt::StringLiterals;

void TestNetBusyPoll::followsTheScript_data()
{
    QTest::addColumn<int>("budgetMicros");
    QTest::addColumn<QStringList>("script");

    const QString waitForProbe = u"start*%1=0"_s.arg(NetBusyPoll::kProbeEvery - 1);
    QTest::newRow("zero budget never spins") << 0 << QStringList{u"start=0"_s, u"start=0"_s, u"start*100=0"_s};
    QTest::newRow("spins while spins pay off")
        << 50 << QStringList{u"start=1"_s, u"spun 10=1"_s, u"spun 49=1"_s, u"hit"_s,
                             u"start=1"_s, u"spun 0=1"_s,  u"hit"_s,       u"start=1"_s};
    QTest::newRow("a spent budget stops spinning")
        << 50 << QStringList{u"start=1"_s, u"spun 50=0"_s, waitForProbe, u"start=1"_s};
    QTest::newRow("a probe that hits turns spinning back on")
        << 50 << QStringList{u"start=1"_s,   u"spun 80=0"_s, waitForProbe, u"start=1"_s,
                             u"spun 20=1"_s, u"hit"_s,       u"start=1"_s, u"start=1"_s};
    QTest::newRow("a probe that misses waits a whole round again")
        << 50 << QStringList{u"start=1"_s,   u"spun 51=0"_s, waitForProbe, u"start=1"_s,
                             u"spun 50=0"_s, waitForProbe,   u"start=1"_s};
    QTest::newRow("a slow peer costs one budget per round")
        << 20 << QStringList{u"start=1"_s, u"spun 300=0"_s, waitForProbe, u"start=1"_s, u"spun 300=0"_s, waitForProbe};
}

void TestNetBusyPoll::followsTheScript()
{
    QFETCH(int, budgetMicros);
    QFETCH(QStringList, script);
    NetBusyPoll policy{std::chrono::microseconds(budgetMicros)};
    for (const QString &step : script) {
        const QStringList parts = step.split(QLatin1Char('='));
        const QString action = parts.first();
        const bool expected = parts.value(1) == QLatin1String("1");
        if (action == QLatin1String("hit")) {
            policy.hit();
            QVERIFY(policy.isPayingOff());
        } else if (action.startsWith(QLatin1String("start"))) {
            const int times = action.contains(QLatin1Char('*')) ? action.section(QLatin1Char('*'), 1).toInt() : 1;
            QVERIFY2(times > 0, qPrintable(step));
            for (int i = 0; i < times; ++i)
                QVERIFY2(policy.startSpin() == expected,
                         qPrintable(QStringLiteral("%1 (call %2)").arg(step).arg(i + 1)));
        } else if (action.startsWith(QLatin1String("spun "))) {
            const auto spun = std::chrono::microseconds(action.section(QLatin1Char(' '), 1).toInt());
            QVERIFY2(policy.continueSpin(spun) == expected, qPrintable(step));
        } else {
            QFAIL(qPrintable(QStringLiteral("bad step %1").arg(step)));
        }
    }
}

QTEST_APPLESS_MAIN(TestNetBusyPoll)
#include "tst_netbusypoll.moc"
