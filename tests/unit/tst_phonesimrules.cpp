// The phone simulator's pure parts: how it reads configs and load IDs, its options, its identity and its state.
#include "tests/support/phonesim/phonesimconfigfile.h"
#include "tests/support/phonesim/phonesimhttpserver.h"
#include "tests/support/phonesim/phonesimloadrules.h"
#include "tests/support/phonesim/phonesimoptions.h"
#include "tests/support/phonesim/phonesimphone.h"
#include "tests/support/phonesim/phonesimstate.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

class TestPhoneSimRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jumpLoadRule_data();
    void jumpLoadRule();
    void derivedLoadId_data();
    void derivedLoadId();
    void xmlConfig_data();
    void xmlConfig();
    void flatConfig();
    void options_data();
    void options();
    void identity_data();
    void identity();
    void serialNumberIsStablePerMac();
    void deviceInformationXml();
    void stateRoundTrip();

private:
    std::optional<PhoneCatalog> m_catalog;
};

void TestPhoneSimRules::initTestCase()
{
    const Result<PhoneCatalog> catalog = PhoneCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error().toLogString()));
    m_catalog = *catalog;
}

void TestPhoneSimRules::jumpLoadRule_data()
{
    QTest::addColumn<QString>("running");
    QTest::addColumn<QString>("target");
    QTest::addColumn<bool>("rejected");
    QTest::newRow("8.2(1) to 9.4(2): loops") << u"SCCP41.8-2-1S"_qs << u"SIP41.9-4-2SR3-1S"_qs << true;
    QTest::newRow("8.3(2) to 9.x: loops") << u"SCCP45.8-3-2S"_qs << u"SIP45.9-4-2SR4-3S"_qs << true;
    QTest::newRow("8.3(3) to 9.x: fine") << u"SCCP41.8-3-3S"_qs << u"SIP41.9-4-2SR3-1S"_qs << false;
    QTest::newRow("8.5(2) to 9.x: fine") << u"SCCP42.8-5-2S"_qs << u"SIP42.9-4-2SR3-1S"_qs << false;
    QTest::newRow("old to the jump load: fine") << u"SCCP45.8-2-1S"_qs << u"SCCP45.8-5-2SR1S"_qs << false;
    // 7906/7911 loop too: Wazo ships an 8.5(2) jump load for them (wazo-provd-plugins, wazo_cisco_sccp).
    QTest::newRow("7911 below 8.3(3): loops") << u"SCCP11.8-2-1S"_qs << u"SIP11.9-4-2SR3-1S"_qs << true;
    QTest::newRow("7911 to its jump load: fine") << u"SCCP11.8-2-1S"_qs << u"SCCP11.8-5-2S"_qs << false;
    QTest::newRow("7975 old: loops") << u"SCCP75.8-0-3S"_qs << u"SIP75.9-4-2SR4-3S"_qs << true;
    QTest::newRow("unknown running load") << u"garbage"_qs << u"SIP41.9-4-2SR3-1S"_qs << false;
    QTest::newRow("7940 P0S3 has no rule") << u"P003-8-1-2"_qs << u"P0S3-8-12-00"_qs << false;
}

void TestPhoneSimRules::jumpLoadRule()
{
    QFETCH(QString, running);
    QFETCH(QString, target);
    QFETCH(bool, rejected);
    QCOMPARE(PhoneSimLoadRules(*m_catalog).rejects(running, target), rejected);
}

void TestPhoneSimRules::derivedLoadId_data()
{
    QTest::addColumn<QString>("releaseLine");
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<QString>("expected");
    QTest::newRow("release line names it") << u"# RELEASE SIP42.9-4-2SR3-1S load"_qs
                                           << QStringList{u"jar42sip.9-4-2ES26.sbn"_qs} << u"SIP42.9-4-2SR3-1S"_qs;
    QTest::newRow("from the SIP jar") << u"# RELEASE load version synthetic"_qs
                                      << QStringList{u"jar42sip.9-4-2ES26.sbn"_qs, u"cnu42.9-4-2ES26.sbn"_qs}
                                      << u"SIP42.9-4-2ES26"_qs;
    QTest::newRow("from an SCCP jar, odd case")
        << QString() << QStringList{u"Jar41sccp.8-5-2TH1-9.sbn"_qs} << u"SCCP41.8-5-2TH1-9"_qs;
    QTest::newRow("nothing to go on") << QString() << QStringList{u"P003-8-12-00.sbn"_qs} << QString();
}

void TestPhoneSimRules::derivedLoadId()
{
    QFETCH(QString, releaseLine);
    QFETCH(QStringList, images);
    QFETCH(QString, expected);
    QCOMPARE(PhoneSimLoadRules(*m_catalog).derivedLoadId(releaseLine, images), expected);
}

void TestPhoneSimRules::xmlConfig_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("deviceType");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("load");
    QTest::addColumn<QString>("userLocale");
    QTest::addColumn<QString>("networkLocale");
    QTest::addColumn<QString>("dialTemplate");
    QTest::addColumn<int>("webAccess");
    QTest::newRow("SEP file")
        << QByteArray(
               "<device><deviceProtocol>SIP</deviceProtocol><loadInformation> SIP41.9-4-2SR3-1S </loadInformation>"
               "<userLocale><name>English_United_States</name><uid>1</uid></userLocale>"
               "<networkLocale>United_Kingdom</networkLocale><networkLocaleInfo><name>X</name>"
               "</networkLocaleInfo><sipProfile><dialTemplate>dialplan.xml</dialTemplate></sipProfile></device>")
        << 115 << true << u"SIP41.9-4-2SR3-1S"_qs << u"English_United_States"_qs << u"United_Kingdom"_qs
        << u"dialplan.xml"_qs << -1;
    QTest::newRow("XMLDefault picks our device type")
        << QByteArray("<Default><loadInformation115 model=\"Cisco 7941\">SIP41.9-4-2SR3-1S</loadInformation115>"
                      "<loadInformation434 model=\"Cisco 7942\">SIP42.9-4-2SR3-1S</loadInformation434></Default>")
        << 434 << true << u"SIP42.9-4-2SR3-1S"_qs << QString() << QString() << QString() << -1;
    QTest::newRow("XMLDefault without our type")
        << QByteArray("<Default><loadInformation115>SIP41.9-4-2SR3-1S</loadInformation115></Default>") << 437 << true
        << QString() << QString() << QString() << QString() << -1;
    QTest::newRow("broken") << QByteArray("<device><loadInformation>SIP41.9-4-2SR3-1S</loadInformation><oops>") << 115
                            << false << u"SIP41.9-4-2SR3-1S"_qs << QString() << QString() << QString() << -1;
    QTest::newRow("not XML") << QByteArray("\x01\x02 binary") << 115 << false << QString() << QString() << QString()
                             << QString() << -1;
    // Inverted, as Cisco defines it: 0 turns the web server on.
    QTest::newRow("web access on") << QByteArray("<device><webAccess> 0 </webAccess></device>") << 115 << true
                                   << QString() << QString() << QString() << QString() << 0;
    QTest::newRow("web access off") << QByteArray("<device><webAccess>1</webAccess></device>") << 115 << true
                                    << QString() << QString() << QString() << QString() << 1;
    QTest::newRow("web access garbled") << QByteArray("<device><webAccess>on</webAccess></device>") << 115 << true
                                        << QString() << QString() << QString() << QString() << -1;
}

void TestPhoneSimRules::xmlConfig()
{
    QFETCH(QByteArray, xml);
    QFETCH(int, deviceType);
    const PhoneSimConfigFile config = PhoneSimConfigFile::parseXml(xml, deviceType);
    QTEST(config.valid, "valid");
    QTEST(config.load, "load");
    QTEST(config.userLocale, "userLocale");
    QTEST(config.networkLocale, "networkLocale");
    QTEST(config.dialTemplate, "dialTemplate");
    QTEST(config.webAccess, "webAccess");
}

void TestPhoneSimRules::flatConfig()
{
    const PhoneSimConfigFile config =
        PhoneSimConfigFile::parseFlat("# SIPDefault.cnf\nimage_version: \"P0S3-8-12-00\"\r\nproxy1_address: "
                                      "\"10.0.0.1\"\ndial_template: \"dialplan\"\n");
    QVERIFY(config.valid);
    QCOMPARE(config.load, u"P0S3-8-12-00"_qs);
    QCOMPARE(config.dialTemplate, u"dialplan"_qs);
}

void TestPhoneSimRules::options_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error"); // empty: accepted
    const QStringList base{u"--interface"_qs, u"eth0"_qs, u"--mac"_qs, u"00:1e:4a:79:41:00"_qs};
    QTest::newRow("minimal") << base << QString();
    QTest::newRow("everything") << base + QStringList{u"--model=7942"_qs,
                                                      u"--load"_qs,
                                                      u"SCCP42.8-5-2S"_qs,
                                                      u"--trust-list"_qs,
                                                      u"--factory-reset"_qs,
                                                      u"--loss"_qs,
                                                      u"5"_qs,
                                                      u"--stall-at"_qs,
                                                      u"1000"_qs,
                                                      u"--stall-for"_qs,
                                                      u"500"_qs,
                                                      u"--reboot-ms"_qs,
                                                      u"0"_qs,
                                                      u"--http-port"_qs,
                                                      u"8080"_qs,
                                                      u"--state-file"_qs,
                                                      u"/tmp/x.json"_qs,
                                                      u"--events"_qs,
                                                      u"json"_qs}
                                << QString();
    QTest::newRow("no mac") << QStringList{u"--interface"_qs, u"eth0"_qs} << u"--mac is required"_qs;
    QTest::newRow("bad mac") << QStringList{u"--interface"_qs, u"eth0"_qs, u"--mac"_qs, u"00:1e"_qs}
                             << u"bad value '00:1e' for --mac"_qs;
    QTest::newRow("loss above 100") << base + QStringList{u"--loss"_qs, u"101"_qs} << u"bad value '101' for --loss"_qs;
    QTest::newRow("unknown flag") << base + QStringList{u"--turbo"_qs} << u"unknown option '--turbo'"_qs;
    QTest::newRow("missing value") << base + QStringList{u"--load"_qs} << u"--load needs a value"_qs;
    QTest::newRow("stall half given") << base + QStringList{u"--stall-at"_qs, u"100"_qs}
                                      << u"--stall-at and --stall-for go together"_qs;
    QTest::newRow("bad events") << base + QStringList{u"--events"_qs, u"xml"_qs} << u"bad value 'xml' for --events"_qs;
    QTest::newRow("interface name too long")
        << QStringList{u"--interface"_qs, u"abcdefghijklmnopq"_qs, u"--mac"_qs, u"001e4a794100"_qs}
        << u"bad value 'abcdefghijklmnopq' for --interface"_qs;
}

void TestPhoneSimRules::options()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Result<PhoneSimOptions> parsed = PhoneSimOptions::parse(arguments);
    if (error.isEmpty()) {
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().detail()));
        QCOMPARE(parsed->mac.toCompact(), u"001E4A794100"_qs);
        QCOMPARE(parsed->interfaceName, u"eth0"_qs);
    } else {
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code(), ErrorCode::InvalidArgument);
        QCOMPARE(parsed.error().detail(), error);
    }
}

void TestPhoneSimRules::identity_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<bool>("oldImage");
    QTest::addColumn<QByteArray>("option60");
    QTest::addColumn<QString>("modelNumber");
    QTest::newRow("7941") << u"7941"_qs << false << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G\0", 38)
                          << u"CP-7941G"_qs;
    QTest::newRow("7961G-GE") << u"7961G-GE"_qs << false << QByteArray("Cisco Systems, Inc. IP Phone CP-7961G-GE\0", 41)
                              << u"CP-7961G-GE"_qs;
    QTest::newRow("7940 old image") << u"7940"_qs << true << QByteArray("Cisco Systems, Inc. IP Phone\0", 29)
                                    << u"CP-7940G"_qs;
    QTest::newRow("7912: no CP-, no NUL")
        << u"7912"_qs << false << QByteArray("Cisco Systems, Inc. IP Phone 7912") << u"CP-7912G"_qs;
}

void TestPhoneSimRules::identity()
{
    QFETCH(QString, model);
    QFETCH(bool, oldImage);
    const PhoneModel *found = m_catalog->model(model);
    QVERIFY(found);
    QTEST(PhoneSimPhone::vendorClassFor(*found, oldImage), "option60");
    QTEST(PhoneSimPhone::modelNumberFor(*found), "modelNumber");
}

void TestPhoneSimRules::serialNumberIsStablePerMac()
{
    const QString a = PhoneSimHttpServer::serialNumberFor(u"001E4A794100"_qs);
    QCOMPARE(PhoneSimHttpServer::serialNumberFor(u"001e4a794100"_qs), a);
    QVERIFY(a != PhoneSimHttpServer::serialNumberFor(u"001E4A794101"_qs));
    QCOMPARE(a.size(), 11);
    QVERIFY(a.startsWith(u"FCH"_qs));
}

void TestPhoneSimRules::deviceInformationXml()
{
    PhoneSimHttpServer server;
    server.setDevice(
        {u"001E4A794100"_qs, u"CP-7941G"_qs, u"FCH12345678"_qs, u"SIP41.9-4-2SR3-1S"_qs, QString(), u"tnp<&>"_qs});
    const QByteArray xml = server.deviceInformationXml();
    QVERIFY(xml.contains("<MACAddress>001E4A794100</MACAddress>"));
    QVERIFY(xml.contains("<HostName>SEP001E4A794100</HostName>"));
    QVERIFY(xml.contains("<versionID>SIP41.9-4-2SR3-1S</versionID>"));
    QVERIFY(xml.contains("<appLoadID>SIP41.9-4-2SR3-1S</appLoadID>"));
    QVERIFY(xml.contains("<serialNumber>FCH12345678</serialNumber>"));
    QVERIFY(xml.contains("<modelNumber>CP-7941G</modelNumber>"));
    QVERIFY(xml.contains("<bootLoadID>tnp&lt;&amp;&gt;</bootLoadID>"));
    const PhoneSimConfigFile parsedBack = PhoneSimConfigFile::parseXml(xml, 0);
    QVERIFY(parsedBack.valid); // well-formed

    // docs/phones.md, "Knowing the running load": a 7940/7960 shows a human version in versionID and the load ID in
    // appLoadID.
    server.setDevice(
        {u"001E4A794100"_qs, u"CP-7940G"_qs, u"FCH12345678"_qs, u"P0S3-8-12-00"_qs, u"8.12(0.0)"_qs, u"PC030301"_qs});
    const QByteArray legacy = server.deviceInformationXml();
    QVERIFY(legacy.contains("<versionID>8.12(0.0)</versionID>"));
    QVERIFY(legacy.contains("<appLoadID>P0S3-8-12-00</appLoadID>"));
}

void TestPhoneSimRules::stateRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"state.json"_qs);
    QCOMPARE(PhoneSimState::read(path).error().code(), ErrorCode::FileNotFound);
    PhoneSimState state;
    state.load = u"SIP41.9-4-2SR3-1S"_qs;
    state.images = QStringList{u"jar41sip.9-4-2ES26.sbn"_qs, u"cnu41.9-4-2ES26.sbn"_qs};
    state.trustList = true;
    QVERIFY(state.write(path).ok());
    const Result<PhoneSimState> back = PhoneSimState::read(path);
    QVERIFY(back.ok());
    QCOMPARE(back->load, state.load);
    QCOMPARE(back->images, state.images);
    QCOMPARE(back->trustList, true);
    QCOMPARE(back->factoryReset, false);
    QFile broken(path);
    QVERIFY(broken.open(QIODevice::WriteOnly | QIODevice::Truncate));
    broken.write("{\"load\": 12");
    broken.close();
    QCOMPARE(PhoneSimState::read(path).error().code(), ErrorCode::FileUnreadable);
}

QTEST_GUILESS_MAIN(TestPhoneSimRules)
#include "tst_phonesimrules.moc"
