#include "core/firmware/firmwarebundlemanifest.h"
#include "core/firmware/firmwareloadsfile.h"
#include "core/firmware/firmwaresignedheader.h"
#include "core/phones/phonecatalog.h"
#include "core/phones/phoneloadversion.h"
#include "tests/support/syntheticbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// SGN header and .loads text (docs/phones.md, "Firmware bundles") and load versions ("Jump loads"), including hostile
// input.
class TestFirmwareParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void headerValid_data();
    void headerValid();
    void headerInvalid_data();
    void headerInvalid();
    void headerEveryTruncation();
    void loadsText_data();
    void loadsText();
    void loadsInvalid_data();
    void loadsInvalid();
    void loadsWithHeader();
    void version_data();
    void version();
    void manifestRoundTrip();
    void manifestRejected_data();
    void manifestRejected();
};

namespace {

// A hand-built header: tag 1, tag 2 (length filled in), then `body`.
QByteArray header(const QByteArray &body)
{
    const int total = 10 + int(body.size());
    QByteArray h("\x01\x00\x02\x01\x02\x02\x00\x02", 8);
    h.append(char(total >> 8));
    h.append(char(total & 0xff));
    return h + body;
}

QByteArray tlv(quint8 tag, const QByteArray &value)
{
    QByteArray t(1, char(tag));
    t.append(char(value.size() >> 8));
    t.append(char(value.size() & 0xff));
    return t + value;
}

} // namespace

void TestFirmwareParsers::headerValid_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("headerLength");
    const QByteArray synthetic = SyntheticBundle::signedHeader(u"jar41sip.9-4-2ES26.sbn"_s);
    QTest::newRow("synthetic") << synthetic + "CNU_File" << u"jar41sip.9-4-2ES26.sbn"_s << int(synthetic.size());
    const QByteArray minimal = header(tlv(14, "a.sbn"));
    QTest::newRow("minimal, no NUL") << minimal << u"a.sbn"_s << int(minimal.size());
    const QByteArray padded = header(QByteArray(3, char(13)) + tlv(14, QByteArray("Jar11sip.x.sbn\0", 15)) + char(13));
    QTest::newRow("padding around tag 14") << padded << u"Jar11sip.x.sbn"_s << int(padded.size());
    const QByteArray unknownTag = header(tlv(99, "zz") + tlv(14, QByteArray("x.loads\0junk", 12)));
    QTest::newRow("unknown tag, text after NUL") << unknownTag << u"x.loads"_s << int(unknownTag.size());
}

void TestFirmwareParsers::headerValid()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, fileName);
    QFETCH(int, headerLength);
    QVERIFY(FirmwareSignedHeader::looksSigned(data));
    const Result<FirmwareSignedHeader> h = FirmwareSignedHeader::parse(data);
    QVERIFY2(h.ok(), qPrintable(h.error().toLogString()));
    QCOMPARE(h->fileName(), fileName);
    QCOMPARE(h->headerLength(), headerLength);
    QCOMPARE(FirmwareSignedHeader::payload(data, *h).size(), data.size() - headerLength);
}

void TestFirmwareParsers::headerInvalid_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty") << QByteArray() << u"no SGN header"_s;
    QTest::newRow("text") << QByteArray("# comment\r\njar41sip.sbn\r\n") << u"no SGN header"_s;
    QTest::newRow("tag 1 without tag 2") << QByteArray("\x01\x00\x02\x01\x01\x03\x00\x02\x01\x00", 10)
                                         << u"no SGN header"_s;
    QTest::newRow("missing tag 14") << header(tlv(15, "abcd") + char(13)) << u"no tag 14"_s;
    QTest::newRow("length past header") << header(tlv(14, "abc")).chopped(2) << u"exceeds"_s;
    QByteArray overrun = header(tlv(14, "abcdef"));
    overrun[12] = char(0x40);
    QTest::newRow("TLV length past header") << overrun << u"runs past the header"_s;
    QTest::newRow("TLV head cut") << header(tlv(14, "ab") + QByteArray("\x0f\x00", 2)) << u"runs past the header"_s;
    QByteArray tiny("\x01\x00\x02\x01\x01\x02\x00\x02\x00\x05", 10);
    QTest::newRow("header length too small") << tiny << u"too small"_s;
    QTest::newRow("empty name") << header(tlv(14, QByteArray(2, '\0'))) << u"empty or too long"_s;
    QTest::newRow("path in name") << header(tlv(14, "../etc/passwd")) << u"character outside"_s;
    QTest::newRow("dotdot name") << header(tlv(14, "..")) << u"is a path"_s;
    QTest::newRow("repeated tag 2") << header(tlv(2, "\x01\x00") + tlv(14, "a")) << u"repeated tag 2"_s;
}

void TestFirmwareParsers::headerInvalid()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, reason);
    const Result<FirmwareSignedHeader> h = FirmwareSignedHeader::parse(data);
    QVERIFY(!h.ok());
    QCOMPARE(h.error().code(), ErrorCode::SignedHeaderInvalid);
    QVERIFY2(h.error().detail().contains(reason), qPrintable(h.error().detail()));
}

void TestFirmwareParsers::headerEveryTruncation()
{
    // Cutting a real-shaped header anywhere must fail cleanly, never read past the end.
    const QByteArray full = SyntheticBundle::signedHeader(u"cvm41sip.9-4-2ES26.sbn"_s);
    for (qsizetype n = 0; n < full.size(); ++n)
        QVERIFY(!FirmwareSignedHeader::parse(QByteArrayView(full).first(n)).ok());
    QVERIFY(FirmwareSignedHeader::parse(full).ok());
}

void TestFirmwareParsers::loadsText_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QStringList>("images");
    QTest::addColumn<int>("hardwareComp"); // -1 = absent
    QTest::addColumn<QString>("release");
    QTest::addColumn<QString>("metadata"); // "KEY=VALUE;…"
    QTest::newRow("7911 shape") << QByteArray(
                                       "# header comment\r\n# RELEASE load version 9-4-2ES9\r\n#HARDWARE_COMP_1 1\r\n"
                                       "jar11sip.9-4-2ES9.sbn\r\ncnu11.9-4-2ES9.sbn\r\napps11.9-4-2ES9.sbn\r\n"
                                       "dsp11.9-4-2ES9.sbn \r\ncvm11sip.9-4-2ES9.sbn \r\n")
                                << QStringList{u"jar11sip.9-4-2ES9.sbn"_s, u"cnu11.9-4-2ES9.sbn"_s,
                                               u"apps11.9-4-2ES9.sbn"_s, u"dsp11.9-4-2ES9.sbn"_s,
                                               u"cvm11sip.9-4-2ES9.sbn"_s}
                                << 1 << u"RELEASE load version 9-4-2ES9"_s << QString();
    QTest::newRow("LF only, blank lines, no comments")
        << QByteArray("\n\n a.sbn\t\n\nb.sbn") << QStringList{u"a.sbn"_s, u"b.sbn"_s} << -1 << QString() << QString();
    QTest::newRow("hardware comp 5") << QByteArray("#HARDWARE_COMP_1 5\r\nx.sbn\r\n") << QStringList{u"x.sbn"_s} << 5
                                     << QString() << QString();
    // A real 7940 SCCP .loads payload: two images and a KEY=VALUE line, which is metadata, not an image
    // (dkgroot/provision_sccp, tftpboot/firmware/7940/P0030801SR02.loads).
    QTest::newRow("7940 with LA_VERSION")
        << QByteArray("P0030801SR02.sbn\r\nP0030801SR02.sb2\r\nLA_VERSION=PAS30831\r\n")
        << QStringList{u"P0030801SR02.sbn"_s, u"P0030801SR02.sb2"_s} << -1 << QString() << u"LA_VERSION=PAS30831"_s;
    QTest::newRow("spaces around =") << QByteArray("a.sbn\nKEY = some value \nK2=\n") << QStringList{u"a.sbn"_s} << -1
                                     << QString() << u"KEY=some value;K2="_s;
}

void TestFirmwareParsers::loadsText()
{
    QFETCH(QByteArray, text);
    QFETCH(QStringList, images);
    QFETCH(int, hardwareComp);
    QFETCH(QString, release);
    QFETCH(QString, metadata);
    const Result<FirmwareLoadsFile> loads = FirmwareLoadsFile::parseText(text);
    QVERIFY2(loads.ok(), qPrintable(loads.error().toLogString()));
    QCOMPARE(loads->images(), images);
    QCOMPARE(loads->hardwareComp().value_or(-1), hardwareComp);
    QCOMPARE(loads->releaseLine(), release);
    QStringList pairs;
    for (const auto &[key, value] : loads->metadata())
        pairs << key + u'=' + value;
    QCOMPARE(pairs.join(u';'), metadata);
}

void TestFirmwareParsers::loadsInvalid_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("only comments") << QByteArray("# nothing\r\n#HARDWARE_COMP_1 1\r\n") << u"no image names"_s;
    QTest::newRow("binary") << QByteArray("jar.sbn\r\n\x01\x02", 11) << u"binary"_s;
    QTest::newRow("NUL") << QByteArray("jar.sbn\0", 8) << u"binary"_s;
    QTest::newRow("path") << QByteArray("../../etc/passwd\r\n") << u"not an image file name"_s;
    QTest::newRow("space inside") << QByteArray("jar 41.sbn\r\n") << u"not an image file name"_s;
    QTest::newRow("duplicate") << QByteArray("a.sbn\r\nA.SBN\r\n") << u"listed twice"_s;
    QTest::newRow("= in an odd line") << QByteArray("a.sbn\r\n=value\r\n")
                                      << u"neither an image name nor a KEY=VALUE"_s;
    QTest::newRow("key with a path") << QByteArray("a.sbn\r\n../x=1\r\n") << u"neither an image name"_s;
    QTest::newRow("too long") << QByteArray(FirmwareLoadsFile::kMaxTextBytes + 1, 'a') << u"too long"_s;
    QByteArray many;
    for (int i = 0; i <= FirmwareLoadsFile::kMaxImages; ++i)
        many += "img" + QByteArray::number(i) + ".sbn\r\n";
    QTest::newRow("too many images") << many << u"more than"_s;
}

void TestFirmwareParsers::loadsInvalid()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, reason);
    const Result<FirmwareLoadsFile> loads = FirmwareLoadsFile::parseText(text);
    QVERIFY(!loads.ok());
    QCOMPARE(loads.error().code(), ErrorCode::LoadsFileInvalid);
    QVERIFY2(loads.error().detail().contains(reason), qPrintable(loads.error().detail()));
}

void TestFirmwareParsers::loadsWithHeader()
{
    const QStringList images{u"jar42sip.9-4-2ES26.sbn"_s, u"cnu42.9-4-2ES26.sbn"_s};
    const QByteArray file = SyntheticBundle::loadsFile(u"SIP42.9-4-2SR3-1S.loads"_s, images, 5);
    const Result<FirmwareLoadsFile> loads = FirmwareLoadsFile::parse(file);
    QVERIFY2(loads.ok(), qPrintable(loads.error().toLogString()));
    QCOMPARE(loads->images(), images);
    QCOMPARE(loads->headerFileName(), u"SIP42.9-4-2SR3-1S.loads"_s);
    QCOMPARE(loads->hardwareComp(), std::optional<int>(5));

    QByteArray broken = file;
    broken[9] = char(0xff); // header length beyond the file
    QCOMPARE(FirmwareLoadsFile::parse(broken).error().code(), ErrorCode::SignedHeaderInvalid);
}

void TestFirmwareParsers::version_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("display");
    QTest::addColumn<bool>("jump"); // SIP41's rule: 8.3(3)..8.5(2)
    QTest::newRow("9.4(2)SR3") << u"9-4-2SR3-1S"_s << true << u"9.4(2)SR3-1S"_s << false;
    QTest::newRow("8.5(2) jump") << u"8-5-2SR1S"_s << true << u"8.5(2)SR1S"_s << true;
    QTest::newRow("8.3(3) jump") << u"8-3-3S"_s << true << u"8.3(3)S"_s << true;
    QTest::newRow("8.4(1) jump") << u"8-4-1S"_s << true << u"8.4(1)S"_s << true;
    QTest::newRow("8.3(2) too old") << u"8-3-2S"_s << true << u"8.3(2)S"_s << false;
    QTest::newRow("8.5(3) too new") << u"8-5-3S"_s << true << u"8.5(3)S"_s << false;
    QTest::newRow("P0S3 8.12") << u"8-12-00"_s << true << u"8.12(0)"_s << false;
    QTest::newRow("7940 compact") << u"08010200"_s << true << u"8.1(2).00"_s << false;
    QTest::newRow("7940 compact SR") << u"0801SR02"_s << true << u"8.1(0)SR02"_s << false;
    QTest::newRow("garbage") << u"latest"_s << false << QString() << false;
    QTest::newRow("two parts") << u"9-4"_s << false << QString() << false;
    QTest::newRow("compact too short") << u"0801"_s << false << QString() << false;
}

void TestFirmwareParsers::version()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, display);
    QFETCH(bool, jump);
    const std::optional<PhoneLoadVersion> v = PhoneLoadVersion::parse(text);
    QCOMPARE(v.has_value(), valid);
    if (v) {
        QCOMPARE(v->toString(), display);
        QCOMPARE(PhoneCatalog::load()->family(u"SIP41")->isJumpLoad(*v), jump);
    }
}

namespace {

FirmwareBundle sampleBundle()
{
    FirmwareBundle b;
    b.loadId = u"SCCP41.8-5-2SR1S"_s;
    b.loadsFileName = b.loadId + u".loads"_s;
    b.loadsFileSize = 660;
    b.familyId = u"SIP41"_s;
    b.protocol = PhoneProtocol::Sccp;
    b.jumpLoad = true;
    b.images = {{u"jar41sccp.8-5-2TH1-9.sbn"_s, 1620152}, {u"cnu41.8-5-2TH1-9.sbn"_s, 559855}};
    b.termFiles = {u"term41.default.loads"_s};
    b.coveredModels = {u"7941"_s};
    b.hardwareComp = 5;
    b.metadata = {{u"LA_VERSION"_s, u"PAS30831"_s}};
    return b;
}

} // namespace

void TestFirmwareParsers::manifestRoundTrip()
{
    const Result<FirmwareBundle> back =
        FirmwareBundleManifest::read(FirmwareBundleManifest::write(sampleBundle()), u"bundle.json"_s);
    QVERIFY2(back.ok(), qPrintable(back.error().toLogString()));
    QCOMPARE(back->loadId, sampleBundle().loadId);
    QCOMPARE(back->protocol, PhoneProtocol::Sccp);
    QCOMPARE(back->images.size(), 2);
    QCOMPARE(back->images.at(1).size, 559855);
    QCOMPARE(back->termFiles, sampleBundle().termFiles);
    QCOMPARE(back->hardwareComp, std::optional<int>(5));
    QCOMPARE(back->metadata, sampleBundle().metadata);
}

void TestFirmwareParsers::manifestRejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QJsonObject good = QJsonDocument::fromJson(FirmwareBundleManifest::write(sampleBundle())).object();
    const auto with = [&good](const QString &key, const QJsonValue &value) {
        QJsonObject o = good;
        o.insert(key, value);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("not json") << QByteArray("{");
    QTest::newRow("wrong version") << with(u"formatVersion"_s, 2);
    QTest::newRow("traversal in image") << with(u"images"_s,
                                                QJsonArray{QJsonObject{{u"name"_s, u"../../x"_s}, {u"size"_s, 1}}});
    QTest::newRow("traversal in term") << with(u"termFiles"_s, QJsonArray{u"a/b"_s});
    QTest::newRow("loads file mismatch") << with(u"loadsFile"_s, u"other.loads"_s);
    QTest::newRow("no images") << with(u"images"_s, QJsonArray{});
    QTest::newRow("negative size") << with(u"images"_s,
                                           QJsonArray{QJsonObject{{u"name"_s, u"a.sbn"_s}, {u"size"_s, -1}}});
}

void TestFirmwareParsers::manifestRejected()
{
    QFETCH(QByteArray, json);
    QCOMPARE(FirmwareBundleManifest::read(json, u"bundle.json"_s).error().code(), ErrorCode::FirmwareLibraryError);
}

QTEST_GUILESS_MAIN(TestFirmwareParsers)
#include "tst_firmwareparsers.moc"
