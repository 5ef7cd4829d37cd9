#include "tests/support/processrun.h"
#include "tests/support/syntheticbundle.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Form = SyntheticBundle::Form;
using Defect = SyntheticBundle::Defect;

// `sccp2sip-cli inspect`, run as a real process over synthetic bundles: output, JSON and exit codes.
class TestInspectCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void validBundle();
    void invalidBundles_data();
    void invalidBundles();
    void json();
    void legacy7940Layout_data();
    void legacy7940Layout();
    void usage_data();
    void usage();

private:
    static ProcessRun run(const QStringList &arguments);
    QString write(const SyntheticBundle &bundle, Form form, const QString &name);

    QTemporaryDir m_dir;
};

ProcessRun TestInspectCli::run(const QStringList &arguments)
{
    return runCli(QStringList{u"inspect"_s} + arguments);
}

QString TestInspectCli::write(const SyntheticBundle &bundle, Form form, const QString &name)
{
    const QString path = m_dir.filePath(name);
    const QString error = bundle.write(path, form);
    return error.isEmpty() ? path : QString();
}

void TestInspectCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestInspectCli::validBundle()
{
    const QString zip = write(SyntheticBundle::sip(u"42"_s), Form::FlatZip, u"cmterm-7942_7962-sip.zip"_s);
    const QString cop = write(SyntheticBundle::sccp(u"41"_s), Form::CopSgn, u"cmterm-7941_7961-sccp.cop.sgn"_s);
    const ProcessRun r = run({zip, cop});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"load SIP42.9-4-2SR3-1S"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"family:    SIP42"_s));
    QVERIFY(r.out.contains(u"protocol:  SIP"_s));
    QVERIFY(r.out.contains(u"version:   9.4(2)SR3-1S"_s));
    QVERIFY(r.out.contains(u"models:    7942, 7962"_s));
    QVERIFY(r.out.contains(u"jar42sip.9-4-2ES26.sbn"_s));
    QVERIFY(r.out.contains(u"term62.default.loads"_s));
    QVERIFY(r.out.contains(u"load SCCP41.8-5-2SR1S"_s));
    QVERIFY(r.out.contains(u"protocol:  SCCP"_s));
    // The jump range comes from the family's rule in the catalog (Cisco's 79x1 firmware notes).
    QVERIFY2(r.out.contains(u"jump load: yes (phones below 8.3(3) step through 8.3(3)..8.5(2) first)"_s),
             qPrintable(r.out));
    QCOMPARE(r.out.count(u"  verdict: valid"_s), 2);
    // Sizes are printed as the real byte counts.
    const qint64 jarSize = SyntheticBundle::sip(u"42"_s).imageFileSizes().constFirst();
    QVERIFY(r.out.contains(QString::number(jarSize)));
}

void TestInspectCli::invalidBundles_data()
{
    QTest::addColumn<Defect>("defect");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("code");
    QTest::newRow("missing image") << Defect::MissingImage << QStringList{} << u"FirmwareFileMissing"_s;
    QTest::newRow("truncated image") << Defect::TruncatedImage << QStringList{} << u"FirmwareFileTruncated"_s;
    QTest::newRow("bad header") << Defect::BadImageHeader << QStringList{} << u"SignedHeaderInvalid"_s;
    QTest::newRow("garbage") << Defect::Garbage << QStringList{} << u"ArchiveUnreadable"_s;
    QTest::newRow("sccp expected") << Defect::None << QStringList{u"--expect"_s, u"sccp"_s}
                                   << u"FirmwareProtocolMismatch"_s;
}

void TestInspectCli::invalidBundles()
{
    QFETCH(Defect, defect);
    QFETCH(QStringList, extra);
    QFETCH(QString, code);
    const QString good = write(SyntheticBundle::sip(u"45"_s), Form::Tar, u"good.tar"_s);
    const QString bad = write(SyntheticBundle::sip(u"41"_s).withDefect(defect), Form::TarGz, u"bad.tgz"_s);
    const ProcessRun r = run(extra + QStringList{good, bad});
    QCOMPARE(r.exitCode, 6); // ExitCode::InvalidInput
    // One line per bad file: its path, the human text, and the code for scripts.
    const QString line = r.err.section(bad + u": "_s, 1).section(u'\n', 0, 0);
    QVERIFY2(line.contains(u"("_s + code), qPrintable(r.err));
    QVERIFY2(r.out.contains(u"verdict: INVALID: "_s + code), qPrintable(r.out));
}

void TestInspectCli::json()
{
    const QString good =
        write(SyntheticBundle::sip(u"11"_s, u"9-4-2SR1-1S"_s, u"9-4-2ES9"_s), Form::ZipHoldingTar, u"7911.zip"_s);
    const QString bad = write(SyntheticBundle::sip(u"88"_s), Form::FlatZip, u"unknown.zip"_s);
    const ProcessRun r = run({u"--json"_s, good, bad});
    QCOMPARE(r.exitCode, 6);
    QJsonParseError error;
    const QJsonArray bundles = QJsonDocument::fromJson(r.out.toUtf8(), &error).object().value(u"bundles"_s).toArray();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(bundles.size(), 2);
    const QJsonObject first = bundles.at(0).toObject();
    QCOMPARE(first.value(u"valid"_s).toBool(), true);
    const QJsonObject load = first.value(u"loads"_s).toArray().at(0).toObject();
    QCOMPARE(load.value(u"loadId"_s).toString(), u"SIP11.9-4-2SR1-1S"_s);
    QCOMPARE(load.value(u"family"_s).toString(), u"SIP11"_s);
    QCOMPARE(load.value(u"version"_s).toString(), u"9.4(2)SR1-1S"_s);
    QCOMPARE(load.value(u"models"_s).toArray().size(), 2);
    QCOMPARE(load.value(u"files"_s).toArray().size(), 8);
    QCOMPARE(load.value(u"hardwareComp"_s).toInt(), 5);
    const QJsonObject second = bundles.at(1).toObject();
    QCOMPARE(second.value(u"valid"_s).toBool(), false);
    QCOMPARE(second.value(u"error"_s).toObject().value(u"code"_s).toString(), u"FirmwareFamilyUnknown"_s);
}

void TestInspectCli::legacy7940Layout_data()
{
    QTest::addColumn<Form>("form");
    for (const Form form : SyntheticBundle::allForms()) {
        if (form != Form::Cop && form != Form::CopSgn) // 7940/7960 loads never came as .cop files
            QTest::newRow(qPrintable(SyntheticBundle::formName(form))) << form;
    }
}

void TestInspectCli::legacy7940Layout()
{
    // docs/phones.md, "Firmware bundles" (dkgroot/provision_sccp's 7940 firmware folder, Cisco's SIP 8.12 zip listing):
    // the .loads ends with LA_VERSION=…, the universal loader is raw code, and every file of the archive is kept.
    QFETCH(Form, form);
    const QString path =
        write(SyntheticBundle::legacy7940(), form, u"P0S3-8-12-00-"_s + SyntheticBundle::formName(form));
    QVERIFY(!path.isEmpty());
    const ProcessRun text = run({path});
    QCOMPARE(text.exitCode, 0);
    QVERIFY2(text.out.contains(u"load P0S3-8-12-00"_s), qPrintable(text.out + text.err));
    QVERIFY(text.out.contains(u"metadata:  LA_VERSION=PAS3SIP812"_s));
    QVERIFY(text.out.contains(u"version:   8.12(0)"_s));
    QVERIFY(text.out.contains(u"P003-8-12-00.bin"_s));
    QVERIFY(text.out.contains(u"OS79XX.TXT"_s));
    QVERIFY(text.out.contains(u"  verdict: valid"_s));

    const ProcessRun json = run({u"--json"_s, path});
    QCOMPARE(json.exitCode, 0);
    const QJsonObject load =
        QJsonDocument::fromJson(json.out.toUtf8()).object()[u"bundles"_s][0][u"loads"_s][0].toObject();
    QCOMPARE(load[u"metadata"_s][u"LA_VERSION"_s].toString(), u"PAS3SIP812"_s);
}

void TestInspectCli::usage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no bundle") << QStringList{} << 2 << u"no bundle given"_s;
    QTest::newRow("bad expect") << QStringList{u"--expect"_s, u"mgcp"_s, u"x.zip"_s} << 2 << u"sip or sccp"_s;
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << 2 << u"Usage: sccp2sip-cli inspect"_s;
    QTest::newRow("help") << QStringList{u"--help"_s} << 0 << u"--expect"_s;
    QTest::newRow("missing file") << QStringList{u"/nonexistent/bundle.zip"_s} << 6
                                  << u"(FileNotFound: /nonexistent/bundle.zip)"_s;
}

void TestInspectCli::usage()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const ProcessRun r = run(arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2((exitCode == 0 ? r.out : r.err).contains(message), qPrintable(r.out + r.err));
}

QTEST_GUILESS_MAIN(TestInspectCli)
#include "tst_inspectcli.moc"
