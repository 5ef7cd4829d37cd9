#include "core/firmware/firmwareimportjob.h"
#include "tests/support/processrun.h"
#include "tests/support/syntheticbundle.h"

#include <pugixml.hpp>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sccp2sip-cli config` end to end: the real binary, a real inventory file, stdout parsed back.
class TestConfigCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void sepFromInventory_data();
    void sepFromInventory();
    void otherFiles_data();
    void otherFiles();
    void errors_data();
    void errors();
    void passwordOnlyOnStdout();
    void loadFromFirmwareLibrary();

private:
    static ProcessRun run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_inventory;
};

ProcessRun TestConfigCommand::run(const QStringList &arguments)
{
    QStringList all = QStringList{u"config"_s} + arguments;
    // Never the developer's real per-user library: a folder that does not exist is an empty library.
    if (!arguments.contains(u"--library"_s) && !arguments.isEmpty())
        all << u"--library"_s << QDir::tempPath() + u"/sccp2sip-no-such-library"_s;
    return runCli(all, 20000);
}

void TestConfigCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_inventory = m_dir.filePath(u"inventory.csv"_s);
    QFile file(m_inventory);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("\xEF\xBB\xBF"
               "MAC,Line,Extension,Password,Display_Name,Label,Room\r\n"
               "001E.4A79.4100,1,201,Kq3vZ8wp,\"Desk, front\",Front,12\r\n"
               "001E.4A79.4100,2,202,Lm4xY7vo,,,12\r\n"
               "00:0c:30:ab:cd:ef,1,301,Pz5wX6un,Lobby,Lobby,1\r\n"
               "not-a-mac,1,999,x,,,\r\n");
}

void TestConfigCommand::sepFromInventory_data()
{
    QTest::addColumn<QString>("transport");
    QTest::addColumn<QString>("pbx");
    QTest::addColumn<int>("layer");
    QTest::addColumn<int>("port");
    QTest::newRow("udp default port") << u"udp"_s << u"10.79.0.10"_s << 2 << 5060;
    QTest::newRow("tcp chan_sip port") << u"tcp"_s << u"10.79.0.10:5160"_s << 1 << 5160;
    QTest::newRow("tcp host name") << u"TCP"_s << u"pbx.bench.lan:5061"_s << 1 << 5061;
}

void TestConfigCommand::sepFromInventory()
{
    QFETCH(QString, transport);
    QFETCH(QString, pbx);
    QFETCH(int, layer);
    QFETCH(int, port);
    const ProcessRun r =
        run({u"--mac"_s, u"00-1e-4a-79-41-00"_s, u"--model"_s, u"CP-7941G"_s, u"--pbx"_s, pbx, u"--transport"_s,
             transport, u"--inventory"_s, m_inventory, u"--load"_s, u"SIP41.9-4-2SR3-1S"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(u"File line 5"_s), qPrintable(r.err)); // the bad MAC row, with its line number
    pugi::xml_document doc;
    QVERIFY(doc.load_buffer(r.rawOut.constData(), size_t(r.rawOut.size())));
    QCOMPARE(doc.first_element_by_path("device/transportLayerProtocol").text().as_int(), layer);
    QCOMPARE(doc.first_element_by_path("device/devicePool/callManagerGroup/members/member/callManager/ports/sipPort")
                 .text()
                 .as_int(),
             port);
    QCOMPARE(QString::fromUtf8(doc.first_element_by_path("device/loadInformation").text().get()),
             u"SIP41.9-4-2SR3-1S"_s);
    int lines = 0;
    for (const pugi::xml_node line : doc.first_element_by_path("device/sipProfile/sipLines").children("line")) {
        ++lines;
        QCOMPARE(QString::fromUtf8(line.child("name").text().get()), QString::number(200 + lines));
    }
    QCOMPARE(lines, 2);
    QCOMPARE(QString::fromUtf8(doc.first_element_by_path("device/sipProfile/sipLines/line/displayName").text().get()),
             u"Desk, front"_s);
}

void TestConfigCommand::otherFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("expectedStart");
    QTest::addColumn<QByteArray>("mustContain");
    const QStringList p0s3 = {u"--mac"_s, u"000c30abcdef"_s, u"--model"_s, u"7940"_s, u"--load"_s, u"P0S3-8-12-00"_s};
    QTest::newRow("OS79XX") << p0s3 + QStringList{u"--file"_s, u"OS79XX"_s} << QByteArray("P0S3-8-12-00")
                            << QByteArray("P0S3-8-12-00");
    QTest::newRow("7940 default is SIP<MAC>")
        << p0s3 + QStringList{u"--pbx"_s, u"10.79.0.10"_s, u"--inventory"_s, QString()}
        << QByteArray("proxy1_address: \"10.79.0.10\"\n") << QByteArray("line1_name: \"301\"\n");
    QTest::newRow("SIPDefault") << p0s3 + QStringList{u"--pbx"_s, u"10.79.0.10"_s, u"--file"_s, u"sipdefault"_s}
                                << QByteArray("image_version: \"P0S3-8-12-00\"\n") << QByteArray("tftp_cfg_dir");
    // XMLDefault is one file for the whole bench: what the library holds, whatever --load says (an empty
    // library here; loadFromFirmwareLibrary checks a full one).
    QTest::newRow("XMLDefault is the bench's")
        << QStringList{u"--mac"_s, u"001e4a794100"_s, u"--model"_s, u"7942"_s,      u"--load"_s, u"SIP42.9-4-2SR3-1S"_s,
                       u"--pbx"_s, u"10.79.0.10"_s,   u"--file"_s,  u"XMLDefault"_s}
        << QByteArray("<?xml") << QByteArray("<processNodeName>10.79.0.10</processNodeName>");
    QTest::newRow("dialplan") << QStringList{u"--mac"_s,  u"001e4a794100"_s,      u"--model"_s, u"7941"_s,
                                             u"--load"_s, u"SIP41.9-4-2SR3-1S"_s, u"--file"_s,  u"dialplan"_s}
                              << QByteArray("<?xml") << QByteArray("<DIALTEMPLATE>");
}

void TestConfigCommand::otherFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, expectedStart);
    QFETCH(QByteArray, mustContain);
    for (QString &argument : arguments) {
        if (argument.isEmpty())
            argument = m_inventory;
    }
    const ProcessRun r = run(arguments);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.rawOut.startsWith(expectedStart), r.rawOut.constData());
    QVERIFY2(r.rawOut.contains(mustContain), r.rawOut.constData());
}

void TestConfigCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base = {u"--mac"_s, u"001e4a794100"_s, u"--model"_s, u"7941"_s};
    QTest::newRow("no flags") << QStringList{} << 2 << u"--mac and --model are required"_s;
    QTest::newRow("unknown flag") << base + QStringList{u"--bogus"_s} << 2 << u"bogus"_s;
    QTest::newRow("no load, no library") << base + QStringList{u"--pbx"_s, u"10.0.0.1"_s} << 2 << u"--load"_s;
    QTest::newRow("bad MAC") << QStringList{u"--mac"_s, u"00:11"_s, u"--model"_s, u"7941"_s} << 6 << u"InvalidMac"_s;
    QTest::newRow("unknown model") << QStringList{u"--mac"_s, u"001e4a794100"_s, u"--model"_s, u"7999"_s} << 6
                                   << u"UnknownModel"_s;
    QTest::newRow("guidance-only model") << QStringList{u"--mac"_s, u"001e4a794100"_s, u"--model"_s, u"7912"_s} << 6
                                         << u"UnknownModel"_s;
    QTest::newRow("load of another family")
        << base + QStringList{u"--pbx"_s, u"10.0.0.1"_s, u"--load"_s, u"SIP42.9-4-2SR3-1S"_s} << 6 << u"SIP42"_s;
    QTest::newRow("SCCP load") << base + QStringList{u"--pbx"_s, u"10.0.0.1"_s, u"--load"_s, u"SCCP41.9-4-2SR3S"_s} << 6
                               << u"FirmwareProtocolMismatch"_s;
    const QStringList loaded = base + QStringList{u"--load"_s, u"SIP41.9-4-2SR3-1S"_s};
    QTest::newRow("no PBX") << loaded << 2 << u"--pbx"_s;
    QTest::newRow("bad PBX host") << loaded + QStringList{u"--pbx"_s, u"10.0.0.300"_s} << 6 << u"PBX address"_s;
    QTest::newRow("bad PBX port") << loaded + QStringList{u"--pbx"_s, u"10.0.0.3:99999"_s} << 6 << u"InvalidPort"_s;
    QTest::newRow("bad transport") << loaded + QStringList{u"--pbx"_s, u"10.0.0.3"_s, u"--transport"_s, u"sctp"_s} << 2
                                   << u"sctp"_s;
    // TLS cannot register without a trust list signed for the PBX (docs/phones.md, "TLS"): refused, with the reason.
    QTest::newRow("tls refused") << loaded + QStringList{u"--pbx"_s, u"10.0.0.3"_s, u"--transport"_s, u"tls"_s} << 2
                                 << u"TLS"_s;
    QTest::newRow("bad file") << loaded + QStringList{u"--pbx"_s, u"10.0.0.3"_s, u"--file"_s, u"foo"_s} << 2
                              << u"foo"_s;
    QTest::newRow("missing inventory") << loaded + QStringList{u"--pbx"_s, u"10.0.0.3"_s, u"--inventory"_s,
                                                               u"/nonexistent/x.csv"_s}
                                       << 6 << u"FileNotFound"_s;
}

void TestConfigCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ProcessRun r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.rawOut.isEmpty());
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestConfigCommand::passwordOnlyOnStdout()
{
    // The CLI reads passwords from the user's inventory and writes them nowhere but the file it prints.
    const ProcessRun r = run({u"--mac"_s, u"001e4a794100"_s, u"--model"_s, u"7941"_s, u"--pbx"_s, u"10.79.0.10"_s,
                              u"--load"_s, u"SIP41.9-4-2SR3-1S"_s, u"--inventory"_s, m_inventory});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.rawOut.contains("Kq3vZ8wp"));
    QVERIFY(!r.err.contains(u"Kq3vZ8wp"_s));
    QVERIFY(!r.err.contains(u"Lm4xY7vo"_s));
}

void TestConfigCommand::loadFromFirmwareLibrary()
{
    // Import two synthetic SIP bundles (and an SCCP jump load, which must never be the target) into a library.
    const QString library = m_dir.filePath(u"library"_s);
    PhoneCatalog catalog = PhoneCatalog::load().value();
    const QList<SyntheticBundle> bundles = {SyntheticBundle::sip(u"41"_s), SyntheticBundle::sip(u"42"_s),
                                            SyntheticBundle::sccp(u"45"_s)};
    int n = 0;
    for (const SyntheticBundle &bundle : bundles) {
        const QString source = m_dir.filePath(u"bundle%1"_s.arg(n++));
        QVERIFY(bundle.write(source, SyntheticBundle::Form::Folder).isEmpty());
        FirmwareImportJob job(source, catalog, library);
        QSignalSpy finished(&job, &FirmwareImportJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<Error>().code(), ErrorCode::None);
    }

    const QStringList base = {u"--mac"_s, u"001e4a794100"_s, u"--pbx"_s, u"10.79.0.10"_s, u"--library"_s, library};
    ProcessRun r = run(base + QStringList{u"--model"_s, u"7961"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    pugi::xml_document sep;
    QVERIFY(sep.load_buffer(r.rawOut.constData(), size_t(r.rawOut.size())));
    QCOMPARE(QString::fromUtf8(sep.first_element_by_path("device/loadInformation").text().get()),
             u"SIP41.9-4-2SR3-1S"_s);

    r = run(base + QStringList{u"--model"_s, u"7941"_s, u"--file"_s, u"XMLDefault"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    pugi::xml_document xmlDefault;
    QVERIFY(xmlDefault.load_buffer(r.rawOut.constData(), size_t(r.rawOut.size())));
    QStringList ids;
    for (const pugi::xml_node child : xmlDefault.document_element().children()) {
        const QString name = QString::fromUtf8(child.name());
        if (name.startsWith(u"loadInformation"_s))
            ids << name.mid(15) + u'=' + QString::fromUtf8(child.text().get());
    }
    // SIP41 (7941, 7941G-GE, 7961, 7961G-GE) and SIP42 (7942, 7962); nothing for the SCCP-only 79x5.
    QCOMPARE(ids, (QStringList{u"115=SIP41.9-4-2SR3-1S"_s, u"308=SIP41.9-4-2SR3-1S"_s, u"309=SIP41.9-4-2SR3-1S"_s,
                               u"404=SIP42.9-4-2SR3-1S"_s, u"434=SIP42.9-4-2SR3-1S"_s, u"30018=SIP41.9-4-2SR3-1S"_s}));

    r = run(base + QStringList{u"--model"_s, u"7945"_s});
    QCOMPARE(r.exitCode, 2); // only an SCCP bundle for the 79x5: no target load
    QVERIFY2(r.err.contains(u"--load"_s), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestConfigCommand)
#include "tst_configcommand.moc"
