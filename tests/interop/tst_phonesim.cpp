// The phone simulator against real peers: dnsmasq for DHCP and our TftpServer for TFTP, in network namespaces.
// Each scenario asserts the request sequence of docs/phones.md, "Boot sequences", from both ends (the simulator's
// events and the names the server saw), and the web page the bench will verify.
#include "core/dhcp/dhcpmessage.h"
#include "core/dhcp/dhcpserver.h"
#include "core/tftp/tftpdirectorysource.h"
#include "core/tftp/tftpserver.h"
#include "tests/support/netnsfixture.h"
#include "tests/support/phonesimprocess.h"
#include "tests/support/syntheticbundle.h"

#include <QDir>
#include <QFile>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <memory>

namespace {

constexpr int kBootMs = 30000; // generous: two cores shared by several builds

QString sep(const QString &mac)
{
    return QStringLiteral("SEP%1.cnf.xml").arg(MacAddress::parse(mac)->toCompact());
}

QString compact(const QString &mac)
{
    return MacAddress::parse(mac)->toCompact();
}

QByteArray sepFile(const QString &load, const QString &protocol = QStringLiteral("SIP"))
{
    return QStringLiteral("<device><fullConfig>true</fullConfig><deviceProtocol>%1</deviceProtocol>"
                          "<loadInformation>%2</loadInformation><userLocale><name></name></userLocale>"
                          "<networkLocale></networkLocale><sipProfile><dialTemplate>dialplan.xml</dialTemplate>"
                          "</sipProfile></device>\n")
        .arg(protocol, load)
        .toUtf8();
}

// One bench: a bridge with phones, dnsmasq (or our DhcpServer) handing out addresses with options 150 and 66,
// and our TftpServer serving a folder, both of ours run in-process in the server namespace.
class Bench
{
public:
    explicit Bench(const QStringList &macs)
    {
        NetnsFixture::Options options;
        options.phoneMacs = macs;
        net = std::make_unique<NetnsFixture>(options);
    }

    enum class Dhcp { Dnsmasq, Ours };
    bool start(Dhcp dhcp = Dhcp::Dnsmasq)
    {
        if (!root.isValid() || !net->setUp() || !net->enterServerNamespace())
            return false;
        if (dhcp == Dhcp::Ours) {
            DhcpServerConfig config;
            config.interface = net->bridgeInterface();
            config.poolFirst = QHostAddress(u"10.231.0.50"_qs);
            config.poolLast = QHostAddress(u"10.231.0.150"_qs);
            config.probeForeignServers = false; // a fresh namespace has no other server
            config.conflictCheck = false;
            ourDhcp = std::make_unique<DhcpServer>(config);
            if (!ourDhcp->start().ok())
                return false;
        } else {
            dnsmasq = net->startInServer(
                {QStringLiteral("dnsmasq"), QStringLiteral("--no-daemon"), QStringLiteral("--port=0"),
                 QStringLiteral("--conf-file=/dev/null"), QStringLiteral("--interface=") + net->bridgeInterface(),
                 QStringLiteral("--bind-interfaces"), QStringLiteral("--no-ping"), QStringLiteral("--log-dhcp"),
                 QStringLiteral("--log-facility=-"), QStringLiteral("--dhcp-authoritative"),
                 QStringLiteral("--dhcp-range=10.231.0.50,10.231.0.150,255.255.255.0,10m"),
                 QStringLiteral("--dhcp-option=150,") + net->serverAddress(),
                 QStringLiteral("--dhcp-option=66,\"%1\"").arg(net->serverAddress()),
                 QStringLiteral("--dhcp-leasefile=") + root.filePath(QStringLiteral("dnsmasq.leases")),
                 QStringLiteral("--pid-file=")});
            if (dnsmasq->state() != QProcess::Running)
                return false;
        }
        QDir().mkpath(tftpRoot());
        source = std::make_unique<TftpDirectorySource>(tftpRoot());
        TftpServer::Config config;
        config.address = QHostAddress(net->serverAddress());
        config.source = source.get();
        server = std::make_unique<TftpServer>(config);
        QObject::connect(server.get(), &TftpServer::readRequested, server.get(),
                         [this](const TftpReadRequest &request) { served.append(request.requestedName); });
        return server->start().ok();
    }

    QString tftpRoot() const { return root.filePath(QStringLiteral("tftp")); }
    bool write(const QString &name, const QByteArray &bytes)
    {
        QFile file(QDir(tftpRoot()).filePath(name));
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }
    bool add(const SyntheticBundle &bundle)
    {
        // Flat in the TFTP root, as the bench serves an imported bundle.
        const QMap<QString, QByteArray> files = bundle.files();
        for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
            if (!write(it.key(), it.value()))
                return false;
        }
        return true;
    }
    QByteArray dnsmasqLog()
    {
        return dnsmasq ? dnsmasq->readAllStandardError() + dnsmasq->readAllStandardOutput() : QByteArray();
    }

    // GET http://ip/path from the server namespace with curl, without blocking the in-process TFTP server.
    QByteArray httpGet(const QString &ip, const QString &path, int *status)
    {
        QProcess *curl = net->startInServer(
            {QStringLiteral("curl"), QStringLiteral("-s"), QStringLiteral("--max-time"), QStringLiteral("5"),
             QStringLiteral("-w"), QStringLiteral("\n%{http_code}"), QStringLiteral("http://%1%2").arg(ip, path)});
        QSignalSpy done(curl, &QProcess::finished);
        if (curl->state() != QProcess::NotRunning && !done.wait(10000))
            return {};
        QByteArray out = curl->readAllStandardOutput();
        const qsizetype cut = out.lastIndexOf('\n');
        *status = out.mid(cut + 1).toInt();
        return out.left(cut);
    }

    QTemporaryDir root;
    std::unique_ptr<NetnsFixture> net;
    QProcess *dnsmasq = nullptr;
    std::unique_ptr<DhcpServer> ourDhcp;
    std::unique_ptr<TftpDirectorySource> source;
    std::unique_ptr<TftpServer> server;
    QStringList served;
};

QStringList trustProbes(const QString &mac)
{
    const QString m = compact(mac);
    return {QStringLiteral("CTLSEP%1.tlv").arg(m), QStringLiteral("ITLSEP%1.tlv").arg(m),
            QStringLiteral("ITLFile.tlv")};
}

} // namespace

class TestPhoneSim : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void discoverLooksLikeThePhone_data();
    void discoverLooksLikeThePhone();
    void sccpToSip_data();
    void sccpToSip();
    void trustListBlocksUntilErased();
    void factoryResetGoesThroughTermFile();
    void oldLoadLoopsUntilJumpLoad();
    void lossAndStallStillComplete();
    void legacy7940ToSip();
    void stateSurvivesRestart();
    void benchOfMixedPhones_data();
    void benchOfMixedPhones();
};

void TestPhoneSim::discoverLooksLikeThePhone_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QByteArray>("option60");
    QTest::newRow("7941") << u"7941"_qs << QStringList() << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38);
    QTest::newRow("7911") << u"7911"_qs << QStringList() << QByteArray("Cisco Systems, Inc. IP Phone CP-7911G\0", 38);
    QTest::newRow("7975") << u"7975"_qs << QStringList() << QByteArray("Cisco Systems, Inc. IP Phone CP-7975G\0", 38);
    QTest::newRow("7940 old image") << u"7940"_qs << QStringList{u"--old-vendor-class"_qs}
                                    << QByteArray("Cisco Systems, Inc. IP Phone\0", 29);
}

void TestPhoneSim::discoverLooksLikeThePhone()
{
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(QString, model);
    QFETCH(QStringList, extra);
    QFETCH(QByteArray, option60);
    const QString mac = QStringLiteral("00:1e:4a:79:41:00");
    NetnsFixture::Options options;
    options.phoneMacs = {mac};
    NetnsFixture net(options);
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    QVERIFY(net.enterServerNamespace());
    QUdpSocket server; // a DHCP server that only listens: the phone keeps discovering
    QVERIFY(server.bind(QHostAddress::AnyIPv4, 67));
    QSignalSpy received(&server, &QUdpSocket::readyRead);
    PhoneSimProcess phone(net, 0, QStringList{u"--model"_qs, model, u"--dhcp-attempts"_qs, u"3"_qs} + extra);
    QVERIFY2(received.wait(10000), qPrintable(phone.describe()));
    const QNetworkDatagram datagram = server.receiveDatagram();
    const auto discover = DhcpMessage::parse(datagram.data());
    QVERIFY(discover.ok());
    QCOMPARE(discover->type(), DhcpMessage::Type::Discover);
    QCOMPARE(datagram.senderPort(), 68);
    QCOMPARE(datagram.senderAddress().toIPv4Address(), 0u);
    QVERIFY(discover->broadcastFlag());
    QCOMPARE(discover->option(DhcpMessage::VendorClass), option60);
    QCOMPARE(discover->option(DhcpMessage::HostName), QByteArray("SEP001E4A794100"));
    QCOMPARE(discover->option(DhcpMessage::ClientIdentifier), QByteArray::fromHex("01001e4a794100"));
    QCOMPARE(discover->parameterRequestList(), (QList<quint8>{1, 66, 6, 3, 15, 150, 35}));
    QCOMPARE(discover->clientMac(), MacAddress::parse(mac));
}

void TestPhoneSim::sccpToSip_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("digits");
    QTest::addColumn<QString>("modelNumber");
    QTest::addColumn<QString>("jar");
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("7941") << u"7941"_qs << u"41"_qs << u"CP-7941G"_qs << u"mk-sip.jar"_qs << QStringList();
    QTest::newRow("7961") << u"7961"_qs << u"41"_qs << u"CP-7961G"_qs << u"mk-sip.jar"_qs << QStringList();
    QTest::newRow("7942") << u"7942"_qs << u"42"_qs << u"CP-7942G"_qs << u"mk-sip.jar"_qs << QStringList();
    QTest::newRow("7945") << u"7945"_qs << u"45"_qs << u"CP-7945G"_qs << u"be-sip.jar"_qs << QStringList();
    QTest::newRow("7975") << u"7975"_qs << u"75"_qs << u"CP-7975G"_qs << u"td-sip.jar"_qs << QStringList();
    QTest::newRow("7911") << u"7911"_qs << u"11"_qs << u"CP-7911G"_qs << u"tc-sip.jar"_qs << QStringList();
    QTest::newRow("7962 with blksize") << u"7962"_qs << u"42"_qs << u"CP-7962G"_qs << u"mk-sip.jar"_qs
                                       << QStringList{u"--blksize"_qs, u"1428"_qs};
}

void TestPhoneSim::sccpToSip()
{
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(QString, model);
    QFETCH(QString, digits);
    QFETCH(QString, modelNumber);
    QFETCH(QString, jar);
    QFETCH(QStringList, extra);
    const QString mac = QStringLiteral("00:21:d8:ba:09:65");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    const SyntheticBundle bundle = SyntheticBundle::sip(digits);
    QVERIFY(bench.add(bundle));
    QVERIFY(bench.write(sep(mac), sepFile(bundle.loadId())));
    QVERIFY(bench.write(QStringLiteral("dialplan.xml"), "<DIALTEMPLATE/>"));

    PhoneSimProcess phone(*bench.net, 0,
                          QStringList{u"--model"_qs, model, u"--load"_qs, QStringLiteral("SCCP%1.8-5-2S").arg(digits)} +
                              extra);
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1, qPrintable(phone.describe()),
                              kBootMs);

    QStringList expected = trustProbes(mac) << sep(mac) << bundle.loadsFileName();
    expected << bundle.imageNames();
    expected << trustProbes(mac) << sep(mac) << QLatin1Char('/') + jar << u"g3-tones.xml"_qs << u"dialplan.xml"_qs;
    QCOMPARE(phone.requestedFiles(), expected);
    QCOMPARE(bench.served, expected); // what the server saw, byte for byte
    QCOMPARE(phone.count(u"reboot"_qs), 1);
    QCOMPARE(phone.last(u"load"_qs)->value(u"new"_qs).toString(), bundle.loadId());
    for (int i = 0; i < bundle.imageNames().size(); ++i) {
        const auto transfers = phone.eventsNamed(u"tftp"_qs);
        const auto it = std::find_if(transfers.cbegin(), transfers.cend(), [&](const QJsonObject &e) {
            return e.value(u"file"_qs).toString() == bundle.imageNames().at(i);
        });
        QVERIFY(it != transfers.cend());
        QCOMPARE(it->value(u"bytes"_qs).toInteger(), bundle.imageFileSizes().at(i));
    }

    const QString ip = phone.last(u"lease"_qs)->value(u"ip"_qs).toString();
    QCOMPARE(phone.last(u"lease"_qs)->value(u"tftpOption"_qs).toString(), u"150"_qs);
    int status = 0;
    const QByteArray page = bench.httpGet(ip, u"/DeviceInformationX"_qs, &status);
    QCOMPARE(status, 200);
    const QString id = compact(mac);
    QVERIFY2(page.contains(QByteArray("<versionID>" + bundle.loadId().toLatin1() + "</versionID>")), page.constData());
    QVERIFY2(page.contains(QByteArray("<appLoadID>" + bundle.loadId().toLatin1() + "</appLoadID>")), page.constData());
    QVERIFY2(page.contains(QByteArray("<MACAddress>" + id.toLatin1() + "</MACAddress>")), page.constData());
    QVERIFY2(page.contains(QByteArray("<HostName>SEP" + id.toLatin1() + "</HostName>")), page.constData());
    QVERIFY2(page.contains(QByteArray("<modelNumber>" + modelNumber.toLatin1() + "</modelNumber>")), page.constData());
    QVERIFY2(page.contains("<serialNumber>FCH"), page.constData());
    bench.httpGet(ip, u"/NoSuchPage"_qs, &status);
    QCOMPARE(status, 404);
    QTRY_COMPARE_WITH_TIMEOUT(phone.count(u"http"_qs), 2, 5000);

    // dnsmasq saw the phone as a real 7911 capture shows it (docs/phones.md, "Boot sequences").
    const QByteArray log = bench.dnsmasqLog();
    QVERIFY2(log.contains(QByteArray("vendor class: Cisco Systems, Inc. IP Phone " + modelNumber.toLatin1())),
             log.constData());
    QVERIFY2(log.contains(QByteArray("client provides name: SEP" + id.toLatin1())), log.constData());
}

void TestPhoneSim::trustListBlocksUntilErased()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("00:1b:d5:11:22:33");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    const SyntheticBundle bundle = SyntheticBundle::sip(u"41"_qs);
    QVERIFY(bench.add(bundle));
    QVERIFY(bench.write(sep(mac), sepFile(bundle.loadId())));
    PhoneSimProcess phone(*bench.net, 0, {u"--model"_qs, u"7961"_qs, u"--trust-list"_qs, u"--retry-ms"_qs, u"200"_qs});
    const QString signedName = sep(mac) + QStringLiteral(".sgn");
    QTRY_VERIFY2_WITH_TIMEOUT(phone.requestedFiles().count(signedName) >= 3, qPrintable(phone.describe()), kBootMs);
    // Blocked: the unsigned config is never asked for, let alone accepted.
    QVERIFY(!phone.requestedFiles().contains(sep(mac)));
    QVERIFY(bench.served.contains(signedName));
    QCOMPARE(phone.requestedFiles().mid(0, 4), trustProbes(mac) << signedName);
    // The phone records "blocked" once a request's answer has arrived, a moment after the request itself.
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"trust-list"_qs, u"state"_qs, u"blocked"_qs) >= 3,
                              qPrintable(phone.describe()), 10000);

    const int erasedAt = int(phone.events().size());
    phone.send(u"erase-trust-list"_qs);
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1, qPrintable(phone.describe()),
                              kBootMs);
    const QStringList after = phone.requestedFiles(phone.indexOf(u"trust-list"_qs, erasedAt));
    QCOMPARE(after.value(0),
             sep(mac)); // docs/phones.md, "Trust lists and resets": the success signal is a plain config request
    QVERIFY(!after.contains(signedName));
    QCOMPARE(phone.last(u"load"_qs)->value(u"new"_qs).toString(), bundle.loadId());
}

void TestPhoneSim::factoryResetGoesThroughTermFile()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("00:27:0d:aa:bb:cc");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    SyntheticBundle bundle = SyntheticBundle::sip(u"42"_qs);
    bundle.withTermFiles({u"term42.default.loads"_qs, u"term62.default.loads"_qs});
    QVERIFY(bench.add(bundle));
    // No SEP file: the auto-registration default names the load for device type 434 (the 7942).
    QVERIFY(bench.write(u"XMLDefault.cnf.xml"_qs,
                        QStringLiteral("<Default><loadInformation434 model=\"IP Phone 7942\">%1</loadInformation434>"
                                       "</Default>")
                            .arg(bundle.loadId())
                            .toUtf8()));
    PhoneSimProcess phone(*bench.net, 0, {u"--model"_qs, u"7942"_qs, u"--factory-reset"_qs});
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1, qPrintable(phone.describe()),
                              kBootMs);
    QStringList expected{u"term42.default.loads"_qs};
    expected << bundle.imageNames();
    // After the reboot: already on these images, so the named .loads adds no download.
    expected << trustProbes(mac) << sep(mac) << u"XMLDefault.cnf.xml"_qs << bundle.loadsFileName() << u"/mk-sip.jar"_qs
             << u"g3-tones.xml"_qs;
    QCOMPARE(phone.requestedFiles(), expected);
    QCOMPARE(bench.served, expected);
    QCOMPARE(phone.last(u"ready"_qs)->value(u"load"_qs).toString(), bundle.loadId());
    int status = 0;
    const QByteArray page =
        bench.httpGet(phone.last(u"lease"_qs)->value(u"ip"_qs).toString(), u"/DeviceInformationX"_qs, &status);
    QCOMPARE(status, 200);
    QVERIFY2(page.contains(QByteArray("<versionID>" + bundle.loadId().toLatin1() + "</versionID>")), page.constData());
}

void TestPhoneSim::oldLoadLoopsUntilJumpLoad()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("d0:c7:89:01:02:03");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    const SyntheticBundle sip = SyntheticBundle::sip(u"45"_qs, u"9-4-2SR4-3S"_qs);
    const SyntheticBundle jump = SyntheticBundle::sccp(u"45"_qs, u"8-5-2SR1S"_qs);
    QVERIFY(bench.add(sip));
    QVERIFY(bench.add(jump));
    QVERIFY(bench.write(sep(mac), sepFile(sip.loadId())));
    PhoneSimProcess phone(*bench.net, 0, {u"--model"_qs, u"7945"_qs, u"--load"_qs, u"SCCP45.8-2-1S"_qs});
    // docs/phones.md, "Jump loads": 8.2(1) is below 8.3(3), so the 9.x images are fetched, flashed, and the phone comes
    // back on 8.2(1).
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"load-rejected"_qs) >= 2, qPrintable(phone.describe()), kBootMs);
    QCOMPARE(phone.count(u"load"_qs), 0);
    for (const QString &image : sip.imageNames())
        QVERIFY2(phone.requestedFiles().count(image) >= 2, qPrintable(image));
    QCOMPARE(phone.last(u"boot"_qs)->value(u"load"_qs).toString(), u"SCCP45.8-2-1S"_qs);

    // The bench serves the jump load...
    QVERIFY(bench.write(sep(mac), sepFile(jump.loadId(), u"SCCP"_qs)));
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"load"_qs, u"new"_qs, jump.loadId()) == 1, qPrintable(phone.describe()),
                              kBootMs);
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"load"_qs, jump.loadId()) == 1, qPrintable(phone.describe()),
                              kBootMs);
    QVERIFY(
        phone.requestedFiles().contains(u"/be-sccp.jar"_qs)); // the SCCP image asks for the -sccp jar (docs/catalog.md)
    // ...then the target, which now sticks.
    QVERIFY(bench.write(sep(mac), sepFile(sip.loadId())));
    phone.send(u"reboot"_qs);
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"load"_qs, sip.loadId()) == 1, qPrintable(phone.describe()),
                              kBootMs);
    QCOMPARE(phone.last(u"load"_qs)->value(u"old"_qs).toString(), jump.loadId());
    // Once on the jump load, the 9.x flash is not rejected any more.
    const int jumpReady = phone.indexOf(u"ready"_qs);
    QVERIFY(jumpReady > 0);
    QCOMPARE(phone.indexOf(u"load-rejected"_qs, jumpReady), -1);
}

void TestPhoneSim::lossAndStallStillComplete()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("00:26:99:ef:0f:1a");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    SyntheticBundle bundle = SyntheticBundle::sip(u"11"_qs);
    bundle.withPayloadSizes({40000, 30000, 30000, 20000, 30000});
    QVERIFY(bench.add(bundle));
    QVERIFY(bench.write(sep(mac), sepFile(bundle.loadId())));
    PhoneSimProcess phone(*bench.net, 0,
                          {u"--model"_qs, u"7911"_qs, u"--loss"_qs, u"10"_qs, u"--stall-at"_qs, u"6000"_qs,
                           u"--stall-for"_qs, u"1200"_qs, u"--tftp-timeout-ms"_qs, u"300"_qs, u"--tftp-retries"_qs,
                           u"10"_qs});
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1, qPrintable(phone.describe()),
                              60000);
    int dropped = 0;
    int stalled = 0;
    for (const QJsonObject &transfer : phone.eventsNamed(u"tftp"_qs)) {
        dropped += transfer.value(u"dropped"_qs).toInt();
        stalled += transfer.value(u"stalled"_qs).toBool() ? 1 : 0;
    }
    QVERIFY2(dropped > 0, qPrintable(phone.describe()));
    QCOMPARE(stalled, 1);
    for (int i = 0; i < bundle.imageNames().size(); ++i)
        QCOMPARE(phone.count(u"tftp"_qs, u"file"_qs, bundle.imageNames().at(i)), 1); // no restart needed
    QCOMPARE(phone.count(u"upgrade-failed"_qs), 0);
    QCOMPARE(phone.last(u"ready"_qs)->value(u"load"_qs).toString(), bundle.loadId());
}

void TestPhoneSim::legacy7940ToSip()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("00:0c:30:12:34:56");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    const SyntheticBundle bundle = SyntheticBundle::legacy7940();
    QVERIFY(bench.add(bundle));
    QVERIFY(bench.write(sep(mac), sepFile(bundle.loadId())));
    QVERIFY(bench.write(u"SIPDefault.cnf"_qs, "image_version: \"P0S3-8-12-00\"\nproxy_register: 1\n"));
    QVERIFY(bench.write(QStringLiteral("SIP%1.cnf").arg(compact(mac)), "line1_name: \"100\"\n"));
    PhoneSimProcess phone(*bench.net, 0, {u"--model"_qs, u"7940"_qs});
    QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1, qPrintable(phone.describe()),
                              kBootMs);
    const QString id = compact(mac);
    QStringList expected{u"OS79XX.TXT"_qs, QStringLiteral("CTLSEP%1.tlv").arg(id), sep(mac), bundle.loadsFileName()};
    expected << bundle.imageNames();
    expected << QStringLiteral("CTLSEP%1.tlv").arg(id) << sep(mac) << bundle.loadsFileName() << u"SIPDefault.cnf"_qs
             << QStringLiteral("./SIP%1.cnf").arg(id) << u"RINGLIST.DAT"_qs << u"dialplan.xml"_qs;
    QCOMPARE(phone.requestedFiles(), expected);
    const QString ip = phone.last(u"lease"_qs)->value(u"ip"_qs).toString();
    int status = 0;
    const QByteArray html = bench.httpGet(ip, u"/DeviceInformation"_qs, &status);
    QCOMPARE(status, 200);
    QVERIFY2(html.contains("P0S3-8-12-00") && html.contains(id.toLatin1()), html.constData());
    // Field reports: 7940/7960 serve the XML page too, with the load in appLoadID and a
    // human version in versionID (see docs/phones.md).
    const QByteArray xml = bench.httpGet(ip, u"/DeviceInformationX"_qs, &status);
    QCOMPARE(status, 200);
    QVERIFY2(xml.contains("<appLoadID>P0S3-8-12-00</appLoadID>"), xml.constData());
    QVERIFY2(!xml.contains("<versionID>P0S3"), xml.constData());
}

void TestPhoneSim::stateSurvivesRestart()
{
    SCCP2SIP_REQUIRE_ROOT();
    const QString mac = QStringLiteral("00:1f:9e:00:00:41");
    Bench bench({mac});
    QVERIFY2(bench.start(), qPrintable(bench.net->lastError()));
    const SyntheticBundle bundle = SyntheticBundle::sip(u"41"_qs);
    QVERIFY(bench.add(bundle));
    QVERIFY(bench.write(sep(mac), sepFile(bundle.loadId())));
    const QString stateFile = bench.root.filePath(u"phone.json"_qs);
    const QStringList arguments{u"--model"_qs, u"7941"_qs, u"--state-file"_qs, stateFile};
    {
        PhoneSimProcess first(*bench.net, 0, arguments);
        QTRY_VERIFY2_WITH_TIMEOUT(first.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1,
                                  qPrintable(first.describe()), kBootMs);
        first.process()->kill();
        QVERIFY(first.process()->waitForFinished(5000));
    }
    PhoneSimProcess second(*bench.net, 0, arguments + QStringList{u"--load"_qs, u"SCCP41.8-5-2S"_qs});
    QTRY_VERIFY2_WITH_TIMEOUT(second.count(u"ready"_qs) == 1, qPrintable(second.describe()), kBootMs);
    // The state file wins over --load: still on SIP, nothing downloaded again.
    QCOMPARE(second.eventsNamed(u"start"_qs).value(0).value(u"load"_qs).toString(), bundle.loadId());
    QCOMPARE(second.requestedFiles(), trustProbes(mac)
                                          << sep(mac) << u"/mk-sip.jar"_qs << u"g3-tones.xml"_qs << u"dialplan.xml"_qs);
}

void TestPhoneSim::benchOfMixedPhones_data()
{
    QTest::addColumn<bool>("ourDhcp");
    QTest::addColumn<int>("count");
    QTest::newRow("dnsmasq, ten phones") << false << 10;
    QTest::newRow("our DhcpServer, ten phones") << true << 10;
}

void TestPhoneSim::benchOfMixedPhones()
{
    // The shape of the end-to-end bench: phones of mixed models booting at once on one segment.
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(bool, ourDhcp);
    QFETCH(int, count);
    const QStringList models{u"7941"_qs, u"7961"_qs, u"7911"_qs, u"7942"_qs, u"7945"_qs,
                             u"7975"_qs, u"7962"_qs, u"7965"_qs, u"7970"_qs, u"7941G-GE"_qs};
    const QStringList digits{u"41"_qs, u"41"_qs, u"11"_qs, u"42"_qs, u"45"_qs,
                             u"75"_qs, u"42"_qs, u"45"_qs, u"70"_qs, u"41"_qs};
    QStringList macs;
    for (int i = 0; i < count; ++i)
        macs << QStringLiteral("00:1e:4a:00:10:%1").arg(i, 2, 10, QLatin1Char('0'));
    Bench bench(macs);
    QVERIFY2(bench.start(ourDhcp ? Bench::Dhcp::Ours : Bench::Dhcp::Dnsmasq), qPrintable(bench.net->lastError()));
    std::vector<std::unique_ptr<PhoneSimProcess>> phones;
    for (int i = 0; i < count; ++i) {
        const SyntheticBundle bundle = SyntheticBundle::sip(digits.at(i));
        QVERIFY(bench.add(bundle));
        QVERIFY(bench.write(sep(macs.at(i)), sepFile(bundle.loadId())));
        phones.push_back(std::make_unique<PhoneSimProcess>(
            *bench.net, i,
            QStringList{u"--model"_qs, models.at(i), u"--load"_qs, QStringLiteral("SCCP%1.8-5-2S").arg(digits.at(i))}));
    }
    QSet<QString> addresses;
    for (int i = 0; i < count; ++i) {
        PhoneSimProcess &phone = *phones.at(size_t(i));
        QTRY_VERIFY2_WITH_TIMEOUT(phone.count(u"ready"_qs, u"protocol"_qs, u"SIP"_qs) == 1,
                                  qPrintable(phone.describe()), kBootMs);
        const QString ip = phone.last(u"lease"_qs)->value(u"ip"_qs).toString();
        addresses.insert(ip);
        int status = 0;
        const QByteArray page = bench.httpGet(ip, u"/DeviceInformationX"_qs, &status);
        QCOMPARE(status, 200);
        QVERIFY2(page.contains(QByteArray("<MACAddress>" + compact(macs.at(i)).toLatin1())), page.constData());
        QVERIFY2(page.contains(QByteArray("<versionID>SIP" + digits.at(i).toLatin1())), page.constData());
        QCOMPARE(phone.count(u"boot"_qs), 2); // power-up, and the reboot into SIP
        QCOMPARE(phone.count(u"lease"_qs), 2);
    }
    QCOMPARE(addresses.size(), count);
    if (ourDhcp)
        QCOMPARE(bench.ourDhcp->leases().size(), count);
}

QTEST_GUILESS_MAIN(TestPhoneSim)
#include "tst_phonesim.moc"
