#include "core/tftp/tftpname.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTftpName : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void accepts_data();
    void accepts();
    void refuses_data();
    void refuses();
};

void TestTftpName::accepts_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("normalised");

    QTest::newRow("plain") << QByteArray("SEP001E4A794100.cnf.xml") << u"SEP001E4A794100.cnf.xml"_s;
    QTest::newRow("leading slash") << QByteArray("/mk-sip.jar") << u"mk-sip.jar"_s;
    QTest::newRow("dot slash (7960 tftp_cfg_dir)") << QByteArray("./SIP001E4A794100.cnf") << u"SIP001E4A794100.cnf"_s;
    QTest::newRow("slash dot slash") << QByteArray("/./a.txt") << u"a.txt"_s;
    QTest::newRow("sub folder") << QByteArray("Desktops/320x196x4/List.xml") << u"Desktops/320x196x4/List.xml"_s;
    QTest::newRow("backslashes (IP Communicator)")
        << QByteArray("Communicator\\G3-tones.xml") << u"Communicator/G3-tones.xml"_s;
    QTest::newRow("doubled separators") << QByteArray("United_Kingdom//g3-tones.xml")
                                        << u"United_Kingdom/g3-tones.xml"_s;
    QTest::newRow("inner dot segment") << QByteArray("a/./b") << u"a/b"_s;
    QTest::newRow("dots inside a name") << QByteArray("SIP41.9-4-2SR3-1S.loads") << u"SIP41.9-4-2SR3-1S.loads"_s;
    QTest::newRow("two dots inside a name") << QByteArray("a..b") << u"a..b"_s;
    QTest::newRow("utf-8") << QByteArray("Desktops/Gr\xc3\xbc\xc3\x9f"
                                         "e.png")
                           << u"Desktops/Grüße.png"_s;
    QTest::newRow("longest") << QByteArray(128, 'a') + '/' + QByteArray(126, 'b')
                             << QString(128, u'a') + u'/' + QString(126, u'b');
}

void TestTftpName::accepts()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, normalised);
    const auto name = TftpName::normalise(raw);
    QVERIFY2(name.ok(), qPrintable(name.error().toLogString()));
    QCOMPARE(name.value(), normalised);
}

void TestTftpName::refuses_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << u"Empty"_s;
    QTest::newRow("only slash") << QByteArray("/") << u"Empty"_s;
    QTest::newRow("only dot") << QByteArray("./") << u"Empty"_s;
    QTest::newRow("parent") << QByteArray("../etc/passwd") << u"ParentSegment"_s;
    QTest::newRow("inner parent") << QByteArray("a/../../b") << u"ParentSegment"_s;
    QTest::newRow("trailing parent") << QByteArray("a/..") << u"ParentSegment"_s;
    QTest::newRow("backslash parent") << QByteArray("..\\..\\windows\\win.ini") << u"ParentSegment"_s;
    QTest::newRow("slash parent") << QByteArray("/../x") << u"ParentSegment"_s;
    QTest::newRow("unc") << QByteArray("\\\\server\\share\\x") << u"AbsolutePath"_s;
    QTest::newRow("double slash") << QByteArray("//etc/passwd") << u"AbsolutePath"_s;
    QTest::newRow("drive") << QByteArray("C:\\boot.ini") << u"DrivePath"_s;
    QTest::newRow("drive relative") << QByteArray("c:x") << u"DrivePath"_s;
    QTest::newRow("stream") << QByteArray("a.txt::$DATA") << u"DrivePath"_s;
    QTest::newRow("nul") << QByteArray("a\0b", 3) << u"NulByte"_s;
    QTest::newRow("newline") << QByteArray("a\nb") << u"ControlCharacter"_s;
    QTest::newRow("escape") << QByteArray("a\x1b[31m") << u"ControlCharacter"_s;
    QTest::newRow("del") << QByteArray("a\x7f") << u"ControlCharacter"_s;
    QTest::newRow("bad utf-8") << QByteArray("a\xff\xfe") << u"InvalidUtf8"_s;
    QTest::newRow("overlong utf-8 slash") << QByteArray("a\xc0\xaf..\xc0\xafx") << u"InvalidUtf8"_s;
    QTest::newRow("too long") << QByteArray(256, 'a') << u"TooLong"_s;
    QTest::newRow("segment too long") << QByteArray(129, 'a') << u"SegmentTooLong"_s;
    QTest::newRow("trailing dot") << QByteArray("secret.") << u"TrailingDotOrSpace"_s;
    QTest::newRow("trailing space") << QByteArray("OS79XX.TXT ") << u"TrailingDotOrSpace"_s;
    QTest::newRow("too deep") << QByteArray("a/b/c/d/e/f/g/h/i") << u"TooDeep"_s;
}

void TestTftpName::refuses()
{
    QFETCH(QByteArray, raw);
    QFETCH(QString, reason);
    const auto name = TftpName::normalise(raw);
    QVERIFY(!name.ok());
    QCOMPARE(name.error().code(), ErrorCode::TftpNameRefused);
    QCOMPARE(name.error().detail(), reason);
}

QTEST_GUILESS_MAIN(TestTftpName)
#include "tst_tftpname.moc"
