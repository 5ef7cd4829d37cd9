#include "core/bench/pbxhostplan.h"

#include <QTest>

// How the bench settles a PBX host name before it starts (docs/phones.md, DHCP: without option 6 a phone cannot
// resolve a name). The laptop's resolver is a fake here: no query leaves the machine.
class TestPbxHostPlan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void plans_data();
    void plans();
};

Q_DECLARE_METATYPE(PbxHostPlan::Kind)

void TestPbxHostPlan::plans_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QStringList>("dns");
    QTest::addColumn<QStringList>("resolvesTo"); // empty: the lookup fails
    QTest::addColumn<int>("error");              // ErrorCode, 0 for none
    QTest::addColumn<PbxHostPlan::Kind>("kind");
    QTest::addColumn<QString>("configHost");
    QTest::addColumn<bool>("lookedUp");
    const int none = 0;
    const int unresolved = int(ErrorCode::PbxHostUnresolved);
    using Kind = PbxHostPlan::Kind;
    QTest::newRow("address: nothing to resolve")
        << u"10.0.0.5"_qs << QStringList() << QStringList() << none << Kind::Address << u"10.0.0.5"_qs << false;
    QTest::newRow("no PBX (firmware only): nothing to resolve")
        << QString() << QStringList() << QStringList() << none << Kind::Address << QString() << false;
    QTest::newRow("name, no DNS for the phones: written as the address")
        << u"pbx.example"_qs << QStringList() << QStringList{u"2001:db8::5"_qs, u"10.1.2.3"_qs} << none
        << Kind::LaptopResolved << u"10.1.2.3"_qs << true;
    QTest::newRow("name, DNS handed out: the phones resolve it")
        << u"pbx.example"_qs << QStringList{u"10.0.0.53"_qs} << QStringList{u"10.1.2.3"_qs} << none
        << Kind::PhonesResolve << u"pbx.example"_qs << true;
    QTest::newRow("name this computer cannot resolve")
        << u"pbx.example"_qs << QStringList{u"10.0.0.53"_qs} << QStringList() << unresolved << Kind::Address
        << QString() << true;
    QTest::newRow("name with IPv6 addresses only")
        << u"pbx.example"_qs << QStringList() << QStringList{u"2001:db8::5"_qs} << unresolved << Kind::Address
        << QString() << true;
}

void TestPbxHostPlan::plans()
{
    QFETCH(QString, host);
    QFETCH(QStringList, dns);
    QFETCH(QStringList, resolvesTo);
    QFETCH(int, error);
    QFETCH(PbxHostPlan::Kind, kind);
    QFETCH(QString, configHost);
    QFETCH(bool, lookedUp);
    bool asked = false;
    const PbxHostPlan::Lookup lookup = [&](const QString &name) -> Result<QList<QHostAddress>> {
        asked = true;
        if (name != host)
            return Error(ErrorCode::InvalidArgument, name);
        if (resolvesTo.isEmpty())
            return Error(ErrorCode::PbxHostUnresolved, u"Host not found"_qs);
        QList<QHostAddress> addresses;
        for (const QString &address : resolvesTo)
            addresses << QHostAddress(address);
        return addresses;
    };
    QList<QHostAddress> servers;
    for (const QString &server : dns)
        servers << QHostAddress(server);
    const Result<PbxHostPlan> plan = PbxHostPlan::make(host, servers, lookup);
    QCOMPARE(asked, lookedUp);
    if (error != 0) {
        QVERIFY(!plan);
        QCOMPARE(int(plan.error().code()), error);
        QVERIFY(plan.error().detail().contains(host)); // the message names the host
        return;
    }
    QVERIFY(plan.ok());
    QCOMPARE(plan->kind, kind);
    QCOMPARE(plan->configHost(), configHost);
}

QTEST_GUILESS_MAIN(TestPbxHostPlan)
#include "tst_pbxhostplan.moc"
