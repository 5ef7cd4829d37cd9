#include "core/phones/phoneclassifier.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Activity = PhoneObservation::Activity;

// Every name form the phones use (docs/phones.md, "Boot sequences") and the case/path variants of "TFTP client".
class TestPhoneClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void requests_data();
    void requests();
    void vendorClass_data();
    void vendorClass();
    void hostname_data();
    void hostname();
    void normalizedPath_data();
    void normalizedPath();

private:
    std::optional<PhoneClassifier> m_classifier;
};

void TestPhoneClassifier::initTestCase()
{
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    QVERIFY2(catalog.ok(), qPrintable(catalog.error().toLogString()));
    m_classifier.emplace(catalog.value());
}

void TestPhoneClassifier::requests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<QString>("mac"); // compact, empty = none
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::addColumn<PhoneProtocol>("protocol");
    QTest::addColumn<QString>("loadId");
    const QString m = u"001E4A794100"_s;
    const auto none = PhoneProtocol::Unknown;
    // clang-format off
    QTest::newRow("CTLSEP") << u"CTLSEP001E4A794100.tlv"_s << Activity::TrustListProbe << m << "" << "" << none << "";
    QTest::newRow("ITLSEP lower mac") << u"ITLSEP001e4a794100.tlv"_s << Activity::TrustListProbe << m << "" << "" << none << "";
    QTest::newRow("CTLSEP http slash") << u"/CTLSEP001E4A794100.tlv"_s << Activity::TrustListProbe << m << "" << "" << none << "";
    QTest::newRow("ITLFile") << u"ITLFile.tlv"_s << Activity::TrustListProbe << "" << "" << "" << none << "";
    QTest::newRow("ITLFile case") << u"itlfile.TLV"_s << Activity::TrustListProbe << "" << "" << "" << none << "";
    QTest::newRow("SEP cnf.xml") << u"SEP001E4A794100.cnf.xml"_s << Activity::ConfigRequest << m << "" << "" << none << "";
    QTest::newRow("SEP lower") << u"sep001e4a794100.CNF.XML"_s << Activity::ConfigRequest << m << "" << "" << none << "";
    QTest::newRow("SEP sgn") << u"SEP001E4A794100.cnf.xml.sgn"_s << Activity::TrustListPresent << m << "" << "" << none << "";
    QTest::newRow("SEP enc.sgn") << u"SEP001E4A794100.cnf.xml.enc.sgn"_s << Activity::TrustListPresent << m << "" << "" << none << "";
    QTest::newRow("XMLDefault sgn") << u"XMLDefault.cnf.xml.sgn"_s << Activity::TrustListPresent << "" << "" << "" << none << "";
    QTest::newRow("XMLDefault") << u"XMLDefault.cnf.xml"_s << Activity::DefaultConfigRequest << "" << "" << "" << none << "";
    QTest::newRow("term06") << u"term06.default.loads"_s << Activity::DefaultLoadsRequest << "" << "7906" << "SIP11" << none << "";
    QTest::newRow("term11") << u"term11.default.loads"_s << Activity::DefaultLoadsRequest << "" << "7911" << "SIP11" << none << "";
    QTest::newRow("TERM41 upper") << u"TERM41.DEFAULT.loads"_s << Activity::DefaultLoadsRequest << "" << "" << "SIP41" << none << "";
    QTest::newRow("term42") << u"term42.default.loads"_s << Activity::DefaultLoadsRequest << "" << "7942" << "SIP42" << none << "";
    QTest::newRow("term70 slash") << u"/term70.default.loads"_s << Activity::DefaultLoadsRequest << "" << "7970" << "SIP70" << none << "";
    QTest::newRow("term75") << u"term75.default.loads"_s << Activity::DefaultLoadsRequest << "" << "7975" << "SIP75" << none << "";
    QTest::newRow("term99") << u"term99.default.loads"_s << Activity::DefaultLoadsRequest << "" << "" << "" << none << "";
    QTest::newRow("SIP41 loads") << u"SIP41.9-4-2SR3-1S.loads"_s << Activity::LoadsRequest << "" << "" << "SIP41" << PhoneProtocol::Sip << "SIP41.9-4-2SR3-1S";
    QTest::newRow("SCCP42 loads") << u"SCCP42.8-5-2SR1S.loads"_s << Activity::LoadsRequest << "" << "" << "SIP42" << PhoneProtocol::Sccp << "SCCP42.8-5-2SR1S";
    QTest::newRow("SIP11 loads") << u"SIP11.9-4-2SR1-1S.loads"_s << Activity::LoadsRequest << "" << "" << "SIP11" << PhoneProtocol::Sip << "SIP11.9-4-2SR1-1S";
    QTest::newRow("P0S3 loads") << u"P0S3-8-12-00.loads"_s << Activity::LoadsRequest << "" << "" << "P0S3" << PhoneProtocol::Sip << "P0S3-8-12-00";
    QTest::newRow("unknown loads") << u"SIP88.9-4-2.loads"_s << Activity::LoadsRequest << "" << "" << "" << none << "SIP88.9-4-2";
    QTest::newRow("jar image") << u"jar41sip.9-4-2ES26.sbn"_s << Activity::ImageRequest << "" << "" << "SIP41" << PhoneProtocol::Sip << "";
    QTest::newRow("Jar image upper J") << u"Jar11sip.9-4-2ES9.sbn"_s << Activity::ImageRequest << "" << "" << "SIP11" << PhoneProtocol::Sip << "";
    QTest::newRow("cnu image") << u"cnu42.9-4-2ES26.sbn"_s << Activity::ImageRequest << "" << "" << "SIP42" << none << "";
    QTest::newRow("apps70") << u"apps70.9-4-2TH1-1.sbn"_s << Activity::ImageRequest << "" << "" << "SIP70" << none << "" ;
    QTest::newRow("cvm sccp") << u"cvm45sccp.8-5-2TH1-9.sbn"_s << Activity::ImageRequest << "" << "" << "SIP45" << PhoneProtocol::Sccp << "";
    QTest::newRow("P0S3 sb2") << u"P0S3-8-12-00.sb2"_s << Activity::ImageRequest << "" << "" << "P0S3" << PhoneProtocol::Sip << "";
    QTest::newRow("P003 bin") << u"P003-8-12-00.bin"_s << Activity::ImageRequest << "" << "" << "P0S3" << none << "";
    QTest::newRow("mk-sip root") << u"/mk-sip.jar"_s << Activity::SipRunning << "" << "" << "" << PhoneProtocol::Sip << "";
    QTest::newRow("mk-sip locale") << u"English_United_States/mk-sip.jar"_s << Activity::SipRunning << "" << "" << "" << PhoneProtocol::Sip << "";
    QTest::newRow("tc-sip") << u"tc-sip.jar"_s << Activity::SipRunning << "" << "" << "SIP11" << PhoneProtocol::Sip << "";
    QTest::newRow("be-sip") << u"German_Germany/be-sip.jar"_s << Activity::SipRunning << "" << "" << "SIP45" << PhoneProtocol::Sip << "";
    QTest::newRow("td-sip") << u"td-sip.jar"_s << Activity::SipRunning << "" << "" << "" << PhoneProtocol::Sip << "";
    QTest::newRow("mk-sccp") << u"English_United_States/mk-sccp.jar"_s << Activity::SccpRunning << "" << "" << "" << PhoneProtocol::Sccp << "";
    QTest::newRow("OS79XX") << u"OS79XX.TXT"_s << Activity::LegacyLoaderProbe << "" << "" << "" << none << "";
    QTest::newRow("os79xx lower") << u"os79xx.txt"_s << Activity::LegacyLoaderProbe << "" << "" << "" << none << "";
    QTest::newRow("SIPDefault") << u"SIPDefault.cnf"_s << Activity::LegacySipConfig << "" << "" << "P0S3" << PhoneProtocol::Sip << "";
    QTest::newRow("./SIP<MAC>") << u"./SIP000E84123456.cnf"_s << Activity::LegacySipConfig << "000E84123456" << "" << "P0S3" << PhoneProtocol::Sip << "";
    QTest::newRow("backslash") << u"Communicator\\SEP001E4A794100.cnf.xml"_s << Activity::ConfigRequest << m << "" << "" << none << "";
    QTest::newRow("dialplan") << u"dialplan.xml"_s << Activity::OtherFile << "" << "" << "" << none << "";
    QTest::newRow("tones") << u"United_Kingdom/g3-tones.xml"_s << Activity::OtherFile << "" << "" << "" << none << "";
    QTest::newRow("Ringlist") << u"Ringlist.xml"_s << Activity::OtherFile << "" << "" << "" << none << "";
    QTest::newRow("desktop") << u"Desktops/320x196x4/List.xml"_s << Activity::OtherFile << "" << "" << "" << none << "";
    QTest::newRow("short SEP") << u"SEP001E4A.cnf.xml"_s << Activity::OtherFile << "" << "" << "" << none << "";
    QTest::newRow("empty") << QString() << Activity::Unknown << "" << "" << "" << none << "";
    QTest::newRow("only slash") << u"/"_s << Activity::Unknown << "" << "" << "" << none << "";
    // clang-format on
}

void TestPhoneClassifier::requests()
{
    QFETCH(QString, name);
    QFETCH(Activity, activity);
    QFETCH(QString, mac);
    QFETCH(QString, model);
    QFETCH(QString, family);
    QFETCH(PhoneProtocol, protocol);
    QFETCH(QString, loadId);
    const PhoneObservation o = m_classifier->fromRequest(name);
    QCOMPARE(o.activity, activity);
    QCOMPARE(o.mac ? o.mac->toCompact() : QString(), mac);
    QCOMPARE(o.modelId, model);
    QCOMPARE(o.familyId, family);
    QCOMPARE(o.protocol, protocol);
    QCOMPARE(o.loadId, loadId);
    if (!model.isEmpty())
        QVERIFY(o.modelCandidates.contains(model));
}

void TestPhoneClassifier::vendorClass_data()
{
    QTest::addColumn<QByteArray>("option60");
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("family");
    QTest::newRow("7911") << QByteArray("Cisco Systems, Inc. IP Phone CP-7911G\0", 38) << Activity::VendorClass
                          << "7911"
                          << "SIP11";
    QTest::newRow("7941G-GE") << QByteArray("Cisco Systems, Inc. IP Phone CP-7941G-GE\0", 41) << Activity::VendorClass
                              << "7941G-GE"
                              << "SIP41";
    QTest::newRow("old 7960") << QByteArray("Cisco Systems, Inc. IP Phone\0", 29) << Activity::VendorClass << ""
                              << "";
    QTest::newRow("7912") << QByteArray("Cisco Systems, Inc. IP Phone 7912") << Activity::VendorClass << "7912"
                          << "";
    QTest::newRow("not cisco") << QByteArray("udhcp 1.36.1") << Activity::Unknown << ""
                               << "";
    QTest::newRow("empty") << QByteArray() << Activity::Unknown << ""
                           << "";
}

void TestPhoneClassifier::vendorClass()
{
    QFETCH(QByteArray, option60);
    QFETCH(Activity, activity);
    QFETCH(QString, model);
    QFETCH(QString, family);
    const PhoneObservation o = m_classifier->fromVendorClass(option60);
    QCOMPARE(o.activity, activity);
    QCOMPARE(o.modelId, model);
    QCOMPARE(o.familyId, family);
}

void TestPhoneClassifier::hostname_data()
{
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<QString>("mac");
    QTest::newRow("SEP") << u"SEP002699EF0F1A"_s << u"002699EF0F1A"_s;
    QTest::newRow("sep lower") << u"sep002699ef0f1a"_s << u"002699EF0F1A"_s;
    QTest::newRow("too short") << u"SEP002699EF0F"_s << QString();
    QTest::newRow("laptop") << u"my-laptop"_s << QString();
}

void TestPhoneClassifier::hostname()
{
    QFETCH(QString, hostname);
    QFETCH(QString, mac);
    const PhoneObservation o = m_classifier->fromHostname(hostname);
    QCOMPARE(o.mac ? o.mac->toCompact() : QString(), mac);
    QCOMPARE(o.activity, mac.isEmpty() ? Activity::Unknown : Activity::Hostname);
}

void TestPhoneClassifier::normalizedPath_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("slash") << u"/mk-sip.jar"_s << u"mk-sip.jar"_s;
    QTest::newRow("dot slash") << u"./SIP001122334455.cnf"_s << u"SIP001122334455.cnf"_s;
    QTest::newRow("mixed") << u"/./\\Communicator\\x.cnf"_s << u"Communicator/x.cnf"_s;
    QTest::newRow("locale") << u"English_United_States/mk-sip.jar"_s << u"English_United_States/mk-sip.jar"_s;
}

void TestPhoneClassifier::normalizedPath()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(PhoneClassifier::normalizedPath(input), expected);
}

QTEST_GUILESS_MAIN(TestPhoneClassifier)
#include "tst_phoneclassifier.moc"
