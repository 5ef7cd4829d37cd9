// Our DHCP server against real clients (busybox udhcpc, dhclient, dhcpcd) and dnsmasq as the other server, in
// network namespaces. The peers share one namespace fixture, so they stay in one suite; hence the length.
#include "core/bench/phonesonlyadmission.h"
#include "core/dhcp/dhcpserver.h"
#include "tests/support/dhcptestclient.h"
#include "tests/support/netnsfixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Our DhcpServer, in-process inside the server namespace and bound to its veth card, against real clients
// (busybox udhcpc, ISC dhclient, dhcpcd) and a real foreign server (dnsmasq) in the client namespace.
class TestDhcpInterop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void udhcpc_data();
    void udhcpc();
    void dhclient();
    void dhcpcd();
    void requestsFromOtherCardsIgnored();
    void silentHostAddressNotOffered_data();
    void silentHostAddressNotOffered();
    void foreignServer_data();
    void foreignServer();

private:
    std::unique_ptr<DhcpServer> startServer(NetnsFixture &net, bool phonesOnly = true);
    static QString writeScript(const QTemporaryDir &dir, const QString &body);
    static QMap<QString, QString> waitForReport(const QString &path, QProcess *client, int timeoutMs);

    QTemporaryDir m_state;
};

namespace {
const QString kPhoneClass = QStringLiteral("Cisco Systems, Inc. IP Phone CP-7941G");
const QString kClientMac = QStringLiteral("00:1e:4a:79:41:00");

NetnsFixture::Options dhcpClientSide()
{
    NetnsFixture::Options options;
    options.clientAddress.clear(); // the client must ask us
    options.clientMac = kClientMac;
    return options;
}
} // namespace

std::unique_ptr<DhcpServer> TestDhcpInterop::startServer(NetnsFixture &net, bool phonesOnly)
{
    if (!net.enterServerNamespace())
        return nullptr;
    DhcpServerConfig config;
    config.interface = net.serverInterface(); // replies must carry this card's address in 150/66
    config.admit = phonesOnly ? phonesOnlyAdmission() : nullptr;
    config.stateDirectory = m_state.path() + QLatin1Char('/') + net.serverNamespace();
    config.foreignProbeListenMs = 600; // nobody else answers here: no need to wait for a slow server
    auto server = std::make_unique<DhcpServer>(config);
    QSignalSpy serving(server.get(), &DhcpServer::serving);
    const Result<void> started = server->start();
    if (!started) {
        qWarning() << started.error().toLogString();
        return nullptr;
    }
    if (!serving.wait(5000))
        return nullptr;
    return server;
}

QString TestDhcpInterop::writeScript(const QTemporaryDir &dir, const QString &body)
{
    const QString path = dir.filePath(QStringLiteral("hook.sh"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n" + body.toUtf8() + "\nexit 0\n");
    file.close();
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return path;
}

// The hook scripts write "key=value" lines, then rename the file into place, so a complete report appears
// atomically.
QMap<QString, QString> TestDhcpInterop::waitForReport(const QString &path, QProcess *client, int timeoutMs)
{
    QMap<QString, QString> report;
    if (!QTest::qWaitFor([&] { return QFile::exists(path); }, timeoutMs)) {
        qWarning() << "client output:" << client->readAllStandardOutput() << client->readAllStandardError();
        return report;
    }
    QFile file(path);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                report.insert(QString::fromUtf8(line.left(eq)),
                              QString::fromUtf8(line.mid(eq + 1)).remove(QLatin1Char('\'')));
        }
    }
    return report;
}

void TestDhcpInterop::udhcpc_data()
{
    QTest::addColumn<QString>("vendorClass");
    QTest::addColumn<bool>("phonesOnly");
    QTest::addColumn<bool>("getsAddress");
    QTest::newRow("phone, gating on") << kPhoneClass << true << true;
    QTest::newRow("not a phone, gating on") << QString() << true << false;
    QTest::newRow("not a phone, gating off") << QString() << false << true;
}

void TestDhcpInterop::udhcpc()
{
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(QString, vendorClass);
    QFETCH(bool, phonesOnly);
    QFETCH(bool, getsAddress);
    NetnsFixture net(dhcpClientSide());
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    auto server = startServer(net, phonesOnly);
    QVERIFY(server);
    QSignalSpy leased(server.get(), &DhcpServer::leased);
    QSignalSpy ignored(server.get(), &DhcpServer::clientIgnored);
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report"));
    // Debian ships no udhcpc script: ours records what the client was given (option 150 arrives as opt150, hex).
    const QString script = writeScript(
        dir, QStringLiteral("case \"$1\" in bound) echo \"ip=$ip\nserverid=$serverid\ntftp=$tftp\nopt150=$opt150\" "
                            "> %1.tmp && mv %1.tmp %1;; esac")
                 .arg(report));
    QStringList argv = {QStringLiteral("busybox"),
                        QStringLiteral("udhcpc"),
                        QStringLiteral("-i"),
                        net.clientInterface(),
                        QStringLiteral("-f"),
                        QStringLiteral("-n"),
                        QStringLiteral("-q"),
                        QStringLiteral("-t"),
                        QStringLiteral("3"),
                        QStringLiteral("-T"),
                        QStringLiteral("1"),
                        QStringLiteral("-s"),
                        script,
                        QStringLiteral("-O"),
                        QStringLiteral("150"),
                        QStringLiteral("-O"),
                        QStringLiteral("66")};
    if (!vendorClass.isEmpty())
        argv << QStringLiteral("-V") << vendorClass;
    QProcess *client = net.startInClient(argv);
    if (!getsAddress) {
        QVERIFY(QTest::qWaitFor([&] { return client->state() == QProcess::NotRunning; }, 15000));
        QVERIFY(client->exitCode() != 0);
        QVERIFY(!QFile::exists(report));
        QVERIFY(leased.isEmpty());
        QCOMPARE(ignored.size(), 1); // reported once although udhcpc sent three DISCOVERs
        QCOMPARE(ignored.at(0).at(0).value<MacAddress>(), *MacAddress::parse(kClientMac));
        return;
    }
    const auto values = waitForReport(report, client, 15000);
    QVERIFY2(!values.isEmpty(), "udhcpc got no lease");
    QVERIFY2(values.value(QStringLiteral("ip")).startsWith(QStringLiteral("10.231.0.")),
             qPrintable(values.value(QStringLiteral("ip"))));
    QVERIFY(values.value(QStringLiteral("ip")) != net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("serverid")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("tftp")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("opt150")), QStringLiteral("0ae70001"));
    QTRY_COMPARE_WITH_TIMEOUT(leased.size(), 1, 5000);
    QCOMPARE(leased.at(0).at(1).value<QHostAddress>(), QHostAddress(values.value(QStringLiteral("ip"))));
}

void TestDhcpInterop::dhclient()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture net(dhcpClientSide());
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    auto server = startServer(net);
    QVERIFY(server);
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report"));
    const QString script = writeScript(
        dir,
        QStringLiteral("case \"$reason\" in BOUND) echo \"ip=$new_ip_address\nserverid=$new_dhcp_server_identifier\n"
                       "tftp=$new_tftp_server_name\nopt150=$new_cisco_tftp\" > %1.tmp && mv %1.tmp %1;; esac")
            .arg(report));
    const QString conf = dir.filePath(QStringLiteral("dhclient.conf"));
    QFile confFile(conf);
    QVERIFY(confFile.open(QIODevice::WriteOnly));
    confFile.write("option cisco-tftp code 150 = array of ip-address;\n"
                   "send vendor-class-identifier \"" +
                   kPhoneClass.toUtf8() +
                   "\";\n"
                   "request subnet-mask, dhcp-server-identifier, tftp-server-name, cisco-tftp;\n");
    confFile.close();
    QProcess *client =
        net.startInClient({QStringLiteral("dhclient"), QStringLiteral("-4"), QStringLiteral("-d"), QStringLiteral("-1"),
                           QStringLiteral("-cf"), conf, QStringLiteral("-sf"), script, QStringLiteral("-lf"),
                           dir.filePath(QStringLiteral("leases")), QStringLiteral("-pf"),
                           dir.filePath(QStringLiteral("pid")), net.clientInterface()});
    const auto values = waitForReport(report, client, 20000);
    QVERIFY2(!values.isEmpty(), "dhclient got no lease");
    QVERIFY(values.value(QStringLiteral("ip")).startsWith(QStringLiteral("10.231.0.")));
    QCOMPARE(values.value(QStringLiteral("serverid")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("tftp")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("opt150")), net.serverAddress());
    QCOMPARE(server->leases().size(), 1);
}

void TestDhcpInterop::dhcpcd()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture net(dhcpClientSide());
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    auto server = startServer(net);
    QVERIFY(server);
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report"));
    const QString script = writeScript(
        dir,
        QStringLiteral("case \"$reason\" in BOUND) echo \"ip=$new_ip_address\nserverid=$new_dhcp_server_identifier\n"
                       "tftp=$new_tftp_server_name\nopt150=$new_cisco_tftp\" > %1.tmp && mv %1.tmp %1;; esac")
            .arg(report));
    const QString conf = dir.filePath(QStringLiteral("dhcpcd.conf"));
    QFile confFile(conf);
    QVERIFY(confFile.open(QIODevice::WriteOnly));
    confFile.write("define 150 array ipaddress cisco_tftp\n"
                   "option subnet_mask, tftp_server_name, cisco_tftp\n"
                   "vendorclassid " +
                   kPhoneClass.toUtf8() +
                   "\n"
                   "noipv4ll\nnoarp\n");
    confFile.close();
    QProcess *client =
        net.startInClient({QStringLiteral("dhcpcd"), QStringLiteral("-B"), QStringLiteral("-1"), QStringLiteral("-4"),
                           QStringLiteral("-t"), QStringLiteral("15"), QStringLiteral("-f"), conf, QStringLiteral("-c"),
                           script, net.clientInterface()});
    const auto values = waitForReport(report, client, 20000);
    // dhcpcd keeps its lease in the host's /var/lib/dhcpcd whatever we say: remove ours.
    for (const QString &leftover :
         QDir(QStringLiteral("/var/lib/dhcpcd")).entryList({net.clientInterface() + QLatin1Char('*')}, QDir::Files))
        QFile::remove(QStringLiteral("/var/lib/dhcpcd/") + leftover);
    QVERIFY2(!values.isEmpty(), "dhcpcd got no lease");
    QVERIFY(values.value(QStringLiteral("ip")).startsWith(QStringLiteral("10.231.0.")));
    QCOMPARE(values.value(QStringLiteral("serverid")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("tftp")), net.serverAddress());
    QCOMPARE(values.value(QStringLiteral("opt150")), net.serverAddress());
}

void TestDhcpInterop::requestsFromOtherCardsIgnored()
{
    SCCP2SIP_REQUIRE_ROOT();
    NetnsFixture net(dhcpClientSide());
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    auto server = startServer(net);
    QVERIFY(server);
    QSignalSpy seen(server.get(), &DhcpServer::clientSeen);
    // A phone's DISCOVER arriving on another card (here: loopback of the server's namespace) is not ours.
    DhcpTestClient other(server->port());
    QVERIFY(other.bind());
    QVERIFY(other.staysSilent(DhcpTestClient::phoneMessage(DhcpMessage::Type::Discover, DhcpTestClient::mac(1)), 500));
    QVERIFY(seen.isEmpty());
    // The same request through the bench card is seen (the control for the assertion above).
    QTemporaryDir dir;
    net.startInClient({QStringLiteral("busybox"), QStringLiteral("udhcpc"), QStringLiteral("-i"), net.clientInterface(),
                       QStringLiteral("-f"), QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-t"),
                       QStringLiteral("3"), QStringLiteral("-T"), QStringLiteral("1"), QStringLiteral("-s"),
                       QStringLiteral("/bin/true"), QStringLiteral("-V"), kPhoneClass});
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 8000);
}

void TestDhcpInterop::silentHostAddressNotOffered_data()
{
    QTest::addColumn<bool>("hostHoldsAddress");
    QTest::newRow("a silent host holds the first address") << true;
    QTest::newRow("control: nobody holds it") << false;
}

void TestDhcpInterop::silentHostAddressNotOffered()
{
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(bool, hostHoldsAddress);
    const QString firstAddress = QStringLiteral("10.231.0.2"); // the pool's first, after our own .1
    NetnsFixture net(dhcpClientSide());
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    if (hostHoldsAddress) {
        // A host that never spoke to us: its address is in nobody's neighbour table, only an ARP probe finds it.
        const auto added =
            net.runInClient({QStringLiteral("ip"), QStringLiteral("addr"), QStringLiteral("add"),
                             firstAddress + QStringLiteral("/24"), QStringLiteral("dev"), net.clientInterface()});
        QVERIFY2(added.succeeded(), qPrintable(added.describe()));
    }
    const auto flushed = net.runInServer(
        {QStringLiteral("ip"), QStringLiteral("neigh"), QStringLiteral("flush"), QStringLiteral("all")});
    QVERIFY2(flushed.succeeded(), qPrintable(flushed.describe()));
    auto server = startServer(net);
    QVERIFY(server);
    QSignalSpy offered(server.get(), &DhcpServer::offered);
    QTemporaryDir dir;
    const QString report = dir.filePath(QStringLiteral("report"));
    const QString script = writeScript(
        dir, QStringLiteral("case \"$1\" in bound) echo \"ip=$ip\" > %1.tmp && mv %1.tmp %1;; esac").arg(report));
    QProcess *client = net.startInClient(
        {QStringLiteral("busybox"), QStringLiteral("udhcpc"), QStringLiteral("-i"), net.clientInterface(),
         QStringLiteral("-f"), QStringLiteral("-n"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("3"),
         QStringLiteral("-T"), QStringLiteral("1"), QStringLiteral("-s"), script, QStringLiteral("-V"), kPhoneClass});
    const auto values = waitForReport(report, client, 15000);
    QVERIFY2(!values.isEmpty(), "udhcpc got no lease");
    const QString given = values.value(QStringLiteral("ip"));
    QVERIFY2(given.startsWith(QStringLiteral("10.231.0.")), qPrintable(given));
    QVERIFY(given != net.serverAddress());
    QVERIFY(!offered.isEmpty());
    if (hostHoldsAddress) {
        QVERIFY2(given != firstAddress, qPrintable(given));
        for (const QList<QVariant> &offer : std::as_const(offered))
            QVERIFY(offer.at(1).value<QHostAddress>() != QHostAddress(firstAddress));
    } else {
        QCOMPARE(given, firstAddress);
    }
}

void TestDhcpInterop::foreignServer_data()
{
    QTest::addColumn<bool>("override");
    QTest::addColumn<bool>("ping");          // dnsmasq's default: ping an address (3 s) before offering it
    QTest::addColumn<bool>("loseFirstSeen"); // the first DISCOVER never reaches it
    QTest::newRow("refuses to start") << false << false << false;
    QTest::newRow("user overrides") << true << false << false;
    // An office router as shipped: dnsmasq with its ping check, so its OFFER comes about 3 s late.
    QTest::newRow("slow server (ping check)") << false << true << false;
    // ... and the first DISCOVER lost on the way: only a retransmit finds it.
    QTest::newRow("slow server, first DISCOVER lost") << false << true << true;
}

void TestDhcpInterop::foreignServer()
{
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(bool, override);
    QFETCH(bool, ping);
    QFETCH(bool, loseFirstSeen);
    NetnsFixture::Options options;
    options.clientMac = QStringLiteral("02:0f:ee:00:00:01");
    NetnsFixture net(options); // the client side has 10.231.0.2: the "office" server lives there
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    if (loseFirstSeen) {
        // nftables in the office namespace: the first DHCP packet to port 67 is dropped (a DISCOVER is about 330
        // bytes on the wire: the first fits the 400-byte quota, the second does not), later ones pass.
        for (const QStringList &rule :
             {QStringList{u"nft"_qs, u"add"_qs, u"table"_qs, u"inet"_qs, u"lossy"_qs},
              QStringList{u"nft"_qs, u"add chain inet lossy input { type filter hook input priority 0 ; }"_qs},
              QStringList{u"nft"_qs,
                          u"add rule inet lossy input udp dport 67 quota until 400 bytes counter drop"_qs}}) {
            const NetnsFixture::RunResult added = net.runInClient(rule);
            QVERIFY2(added.succeeded(), qPrintable(added.describe()));
        }
    }
    QTemporaryDir dir;
    QStringList arguments{QStringLiteral("dnsmasq"),
                          QStringLiteral("--no-daemon"),
                          QStringLiteral("--conf-file=/dev/null"),
                          QStringLiteral("--port=0"),
                          QStringLiteral("--user=root"),
                          QStringLiteral("--bind-interfaces"),
                          QStringLiteral("--interface=") + net.clientInterface(),
                          QStringLiteral("--dhcp-range=10.231.0.100,10.231.0.150,1h"),
                          QStringLiteral("--log-dhcp"),
                          QStringLiteral("--dhcp-leasefile=") + dir.filePath(QStringLiteral("leases")),
                          QStringLiteral("--pid-file=") + dir.filePath(QStringLiteral("pid"))};
    if (!ping)
        arguments << QStringLiteral("--no-ping");
    QProcess *dnsmasq = net.startInClient(arguments);
    QVERIFY(dnsmasq->state() == QProcess::Running);
    // dnsmasq binds its DHCP socket after start-up: wait until it says it is ready, bounded.
    QByteArray said;
    QVERIFY2(QTest::qWaitFor(
                 [&] {
                     said += dnsmasq->readAllStandardError();
                     return said.contains("DHCP, IP range");
                 },
                 5000),
             said.constData());

    QVERIFY(net.enterServerNamespace());
    DhcpServerConfig config;
    config.interface = net.serverInterface();
    config.allowForeignServer = override;
    DhcpServer server(config); // the probe's default timing: what the bench uses
    QSignalSpy failed(&server, &DhcpServer::failed);
    QSignalSpy serving(&server, &DhcpServer::serving);
    QSignalSpy foreign(&server, &DhcpServer::foreignServerSeen);
    QElapsedTimer clock;
    clock.start();
    QVERIFY(server.start());
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() || !serving.isEmpty(), 15000);
    said += dnsmasq->readAllStandardError();
    QVERIFY2(foreign.size() == 1, said.constData());
    QCOMPARE(foreign.at(0).at(0).value<QHostAddress>(), QHostAddress(QStringLiteral("10.231.0.2")));
    QCOMPARE(foreign.at(0).at(1).value<MacAddress>(), *MacAddress::parse(options.clientMac));
    if (ping)
        QVERIFY2(clock.elapsed() >= 2500, qPrintable(QString::number(clock.elapsed()))); // it did ping first
    if (override) {
        QCOMPARE(serving.size(), 1);
        QCOMPARE(server.state(), DhcpServer::State::Serving);
        // While serving, the other server's answers are still reported: a client on our side of the link
        // asks for broadcast replies and dnsmasq's OFFER reaches our watcher on the client port.
        net.startInServer({QStringLiteral("busybox"), QStringLiteral("udhcpc"), QStringLiteral("-i"),
                           net.serverInterface(), QStringLiteral("-f"), QStringLiteral("-n"), QStringLiteral("-q"),
                           QStringLiteral("-B"), QStringLiteral("-t"), QStringLiteral("3"), QStringLiteral("-T"),
                           QStringLiteral("1"), QStringLiteral("-s"), QStringLiteral("/bin/true")});
        QTRY_COMPARE_WITH_TIMEOUT(foreign.size(), 2, 8000);
        QCOMPARE(foreign.at(1).at(0).value<QHostAddress>(), QHostAddress(QStringLiteral("10.231.0.2")));
        return;
    }
    QCOMPARE(failed.size(), 1);
    const Error error = failed.at(0).at(0).value<Error>();
    QCOMPARE(error.code(), ErrorCode::DhcpForeignServer);
    QVERIFY2(error.detail().contains(QStringLiteral("10.231.0.2")), qPrintable(error.detail()));
    QVERIFY2(error.detail().contains(options.clientMac), qPrintable(error.detail()));
    QCOMPARE(server.state(), DhcpServer::State::Stopped);
    QVERIFY(serving.isEmpty());
    if (loseFirstSeen) {
        // The rule did drop exactly one DISCOVER: the server was found through a retransmit.
        const NetnsFixture::RunResult rules =
            net.runInClient({u"nft"_qs, u"list"_qs, u"table"_qs, u"inet"_qs, u"lossy"_qs});
        QVERIFY2(rules.standardOutput.contains("counter packets 1 "), rules.standardOutput.constData());
    }
}

QTEST_GUILESS_MAIN(TestDhcpInterop)
#include "tst_dhcpinterop.moc"
