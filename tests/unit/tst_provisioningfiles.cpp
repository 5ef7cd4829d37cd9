#include "core/provisioning/dialplanbuilder.h"
#include "core/provisioning/sip7940configbuilder.h"
#include "core/provisioning/xmldefaultbuilder.h"

#include <pugixml.hpp>

#include <QTest>

using namespace Qt::StringLiterals;

// XMLDefault.cnf.xml, dialplan.xml and the 7940/7960 files (docs/phones.md, "Config files").
class TestProvisioningFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void xmlDefault_data();
    void xmlDefault();
    void dialPlan();
    void dialPlanRefusesBadRules_data();
    void dialPlanRefusesBadRules();
    void os79xxIsOneBareLine();
    void os79xxRefusesWhitespace_data();
    void os79xxRefusesWhitespace();
    void sipDefaultByteExact();
    void sipMacByteExact();
    void sipMacRefusesUnquotable_data();
    void sipMacRefusesUnquotable();

private:
    static PbxSettings pbx()
    {
        PbxSettings settings;
        settings.host = u"10.79.0.10"_s;
        settings.ntpServer = u"10.79.0.1"_s;
        return settings;
    }
    static ProvisioningTarget load(const QString &model, int id, const QString &loadId)
    {
        return {
            model, id, loadId, loadId.section(QLatin1Char('.'), 0, 0), QString(), ProvisioningTarget::Protocol::Sip9};
    }
};

void TestProvisioningFiles::xmlDefault_data()
{
    QTest::addColumn<QList<ProvisioningTarget>>("loads");
    QTest::addColumn<QStringList>("expected"); // "element=load|model" in document order

    QTest::newRow("no bundles") << QList<ProvisioningTarget>{} << QStringList{};
    QTest::newRow("one bundle, two models")
        << QList<ProvisioningTarget>{load(u"Cisco 7961"_s, 30018, u"SIP41.9-4-2SR3-1S"_s),
                                     load(u"Cisco 7941"_s, 115, u"SIP41.9-4-2SR3-1S"_s)}
        << QStringList{u"loadInformation115=SIP41.9-4-2SR3-1S|Cisco 7941"_s,
                       u"loadInformation30018=SIP41.9-4-2SR3-1S|Cisco 7961"_s};
    QTest::newRow("7940/7960 and 7942, duplicates and holes skipped")
        << QList<ProvisioningTarget>{load(u"Cisco 7942"_s, 434, u"SIP42.9-4-2SR3-1S"_s),
                                     load(u"Cisco 7940"_s, 8, u"P0S3-8-12-00"_s),
                                     load(u"Cisco 7960"_s, 7, u"P0S3-8-12-00"_s),
                                     load(u"Second 7942"_s, 434, u"SIP42.9-3-1S"_s),
                                     load(u"No id"_s, 0, u"SIP42.9-4-2SR3-1S"_s),
                                     load(u"No load"_s, 404, QString())}
        << QStringList{u"loadInformation7=P0S3-8-12-00|Cisco 7960"_s, u"loadInformation8=P0S3-8-12-00|Cisco 7940"_s,
                       u"loadInformation434=SIP42.9-4-2SR3-1S|Cisco 7942"_s};
}

void TestProvisioningFiles::xmlDefault()
{
    QFETCH(QList<ProvisioningTarget>, loads);
    QFETCH(QStringList, expected);

    const GeneratedFile file = XmlDefaultBuilder::build(pbx(), loads);
    QCOMPARE(file.name, u"XMLDefault.cnf.xml"_s);
    pugi::xml_document doc;
    QVERIFY(doc.load_buffer(file.content.constData(), size_t(file.content.size())));
    const pugi::xml_node root = doc.document_element();
    QCOMPARE(QString::fromUtf8(root.name()), u"Default"_s);
    const pugi::xml_node member = root.first_element_by_path("callManagerGroup/members/member");
    QCOMPARE(member.attribute("priority").as_int(-1), 0);
    QCOMPARE(QString::fromUtf8(member.first_element_by_path("callManager/processNodeName").text().get()),
             u"10.79.0.10"_s);
    QCOMPARE(member.first_element_by_path("callManager/ports/ethernetPhonePort").text().as_int(), 2000);
    QCOMPARE(member.first_element_by_path("callManager/ports/sipPort").text().as_int(), 5060);

    QStringList actual;
    for (const pugi::xml_node child : root.children()) {
        const QString name = QString::fromUtf8(child.name());
        if (name.startsWith(u"loadInformation"_s))
            actual.append(name + QLatin1Char('=') + QString::fromUtf8(child.text().get()) + QLatin1Char('|') +
                          QString::fromUtf8(child.attribute("model").value()));
    }
    QCOMPARE(actual, expected);
}

void TestProvisioningFiles::dialPlan()
{
    const Result<GeneratedFile> file = DialPlanBuilder::build(DialPlanBuilder::defaultRules(3));
    QVERIFY(file.ok());
    QCOMPARE(file->name, u"dialplan.xml"_s);
    QCOMPARE(file->content, QByteArray("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                       "<DIALTEMPLATE>\n"
                                       "  <TEMPLATE MATCH=\"...\" Timeout=\"0\" User=\"Phone\" />\n"
                                       "  <TEMPLATE MATCH=\"*\" Timeout=\"3\" User=\"Phone\" />\n"
                                       "</DIALTEMPLATE>\n"));
}

void TestProvisioningFiles::dialPlanRefusesBadRules_data()
{
    QTest::addColumn<QList<DialPlanRule>>("rules");
    QTest::newRow("empty") << QList<DialPlanRule>{};
    QTest::newRow("markup in pattern") << QList<DialPlanRule>{{u"1\"/><x"_s, 0}};
    QTest::newRow("negative timeout") << QList<DialPlanRule>{{u"1.."_s, -1}};
    QTest::newRow("huge timeout") << QList<DialPlanRule>{{u"1.."_s, 31}};
}

void TestProvisioningFiles::dialPlanRefusesBadRules()
{
    QFETCH(QList<DialPlanRule>, rules);
    const Result<GeneratedFile> file = DialPlanBuilder::build(rules);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code(), ErrorCode::InvalidArgument);
}

void TestProvisioningFiles::os79xxIsOneBareLine()
{
    const Result<GeneratedFile> file = Sip7940ConfigBuilder::os79xx(u"P0S3-8-12-00"_s);
    QVERIFY(file.ok());
    QCOMPARE(file->name, u"OS79XX.TXT"_s);
    QCOMPARE(file->content, QByteArray("P0S3-8-12-00")); // no BOM, no newline, no trailing space
}

void TestProvisioningFiles::os79xxRefusesWhitespace_data()
{
    QTest::addColumn<QString>("image");
    QTest::newRow("trailing space") << u"P0S3-8-12-00 "_s;
    QTest::newRow("trailing newline") << u"P0S3-8-12-00\n"_s;
    QTest::newRow("empty") << QString();
    QTest::newRow("path") << u"../P0S3"_s;
}

void TestProvisioningFiles::os79xxRefusesWhitespace()
{
    QFETCH(QString, image);
    QCOMPARE(Sip7940ConfigBuilder::os79xx(image).error().code(), ErrorCode::InvalidArgument);
}

void TestProvisioningFiles::sipDefaultByteExact()
{
    PbxSettings settings = pbx();
    settings.dateTemplate = u"D/M/Y"_s;
    settings.clockZone = QTimeZone("Europe/London");
    const ProvisioningTarget target{u"Cisco 7960"_s, 7,         u"P0S3-8-12-00"_s,
                                    u"P0S3"_s,       QString(), ProvisioningTarget::Protocol::Sip7940};
    const Result<GeneratedFile> file = Sip7940ConfigBuilder::sipDefault(target, settings);
    QVERIFY(file.ok());
    QCOMPARE(file->name, u"SIPDefault.cnf"_s);
    QCOMPARE(file->content, QByteArray("image_version: \"P0S3-8-12-00\"\n"
                                       "proxy1_address: \"10.79.0.10\"\n"
                                       "proxy1_port: \"5060\"\n"
                                       "proxy_register: \"1\"\n"
                                       "timer_register_expires: \"3600\"\n"
                                       "voip_control_port: \"5060\"\n"
                                       "nat_enable: \"0\"\n"
                                       "sntp_mode: \"unicast\"\n"
                                       "sntp_server: \"10.79.0.1\"\n"
                                       // The laptop's zone (here London): base offset, then daylight saving
                                       // from the last Sunday of March 01:00 to the last of October 02:00.
                                       "time_zone: \"GMT\"\n"
                                       "dst_offset: \"1\"\n"
                                       "dst_start_month: \"Mar\"\n"
                                       "dst_start_day: \"0\"\n"
                                       "dst_start_day_of_week: \"Sun\"\n"
                                       "dst_start_week_of_month: \"8\"\n"
                                       "dst_start_time: \"01/00\"\n"
                                       "dst_stop_month: \"Oct\"\n"
                                       "dst_stop_day: \"0\"\n"
                                       "dst_stop_day_of_week: \"Sun\"\n"
                                       "dst_stop_week_of_month: \"8\"\n"
                                       "dst_stop_time: \"02/00\"\n"
                                       "dst_auto_adjust: \"1\"\n"
                                       "date_format: \"D/M/Y\"\n"
                                       "dial_template: \"dialplan\"\n"
                                       "tftp_cfg_dir: \"./\"\n"
                                       "telnet_level: \"0\"\n"));
}

void TestProvisioningFiles::sipMacByteExact()
{
    QMap<int, PhoneLine> lines;
    lines.insert(1, {u"201"_s, QString(), u"pw201"_s, u"Jürgen"_s, u"Front"_s});
    lines.insert(2, {u"202"_s, u"a202"_s, u"pw202"_s, QString(), QString()});
    const Result<GeneratedFile> file =
        Sip7940ConfigBuilder::sipMac(*MacAddress::parse(u"00:0c:30:ab:cd:ef"), pbx(), lines);
    QVERIFY(file.ok());
    QCOMPARE(file->name, u"SIP000C30ABCDEF.cnf"_s);
    QCOMPARE(file->content, QByteArray("proxy1_address: \"10.79.0.10\"\n"
                                       "proxy1_port: \"5060\"\n"
                                       "line1_name: \"201\"\n"
                                       "line1_shortname: \"Front\"\n"
                                       "line1_authname: \"201\"\n"
                                       "line1_password: \"pw201\"\n"
                                       "line1_displayname: \"J\xfcrgen\"\n" // Latin-1, like the phone
                                       "proxy2_address: \"10.79.0.10\"\n"
                                       "proxy2_port: \"5060\"\n"
                                       "line2_name: \"202\"\n"
                                       "line2_shortname: \"202\"\n"
                                       "line2_authname: \"a202\"\n"
                                       "line2_password: \"pw202\"\n"
                                       "line2_displayname: \"202\"\n"
                                       "phone_label: \"Front\"\n"));
}

void TestProvisioningFiles::sipMacRefusesUnquotable_data()
{
    QTest::addColumn<PhoneLine>("line");
    QTest::addColumn<int>("number");
    QTest::addColumn<QString>("key");
    QTest::newRow("quote in display name")
        << PhoneLine{u"201"_s, {}, u"pw"_s, u"A \"B\""_s, {}} << 1 << u"line1_displayname"_s;
    QTest::newRow("newline in password") << PhoneLine{u"201"_s, {}, u"pw\nline9_name: x"_s, {}, {}} << 1
                                         << u"line1_password"_s;
    QTest::newRow("backslash in label") << PhoneLine{u"201"_s, {}, u"pw"_s, {}, u"a\\b"_s} << 1 << u"line1_shortname"_s;
    QTest::newRow("not Latin-1") << PhoneLine{u"201"_s, {}, u"pw"_s, u"张"_s, {}} << 1 << u"line1_displayname"_s;
    QTest::newRow("line 7") << PhoneLine{u"201"_s, {}, u"pw"_s, {}, {}} << 7 << u"line 7"_s;
}

void TestProvisioningFiles::sipMacRefusesUnquotable()
{
    QFETCH(PhoneLine, line);
    QFETCH(int, number);
    QFETCH(QString, key);
    const Result<GeneratedFile> file =
        Sip7940ConfigBuilder::sipMac(*MacAddress::parse(u"000c30abcdef"), pbx(), {{number, line}});
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code(), ErrorCode::InvalidArgument);
    QVERIFY2(file.error().detail().contains(key), qPrintable(file.error().detail()));
    QVERIFY(!file.error().detail().contains(u"pw"_s)); // details name keys, never values
}

QTEST_GUILESS_MAIN(TestProvisioningFiles)
#include "tst_provisioningfiles.moc"
