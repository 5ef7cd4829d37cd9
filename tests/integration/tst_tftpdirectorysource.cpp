#include "core/tftp/tftpdirectorysource.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestTftpDirectorySource : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void lookup_data();
    void lookup();
    void sharedAndReloadedOnChange();
    void limits();
    void missingRoot();
    void rememberedNameRechecked_data();
    void rememberedNameRechecked();
    void onlyPlainNamesRemembered_data();
    void onlyPlainNamesRemembered();

private:
    void write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestTftpDirectorySource::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestTftpDirectorySource::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestTftpDirectorySource::lookup_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("realName"); // empty: refused
    QTest::addColumn<int>("error");

    const int none = int(ErrorCode::None);
    QTest::newRow("exact") << u"jar41sip.9-4-2-1S.sbn"_s << u"jar41sip.9-4-2-1S.sbn"_s << none;
    QTest::newRow("case differs") << u"Jar41sip.9-4-2-1S.sbn"_s << u"jar41sip.9-4-2-1S.sbn"_s << none;
#if !defined(Q_OS_WIN) // two files whose names differ only in case: case-sensitive file systems only
    QTest::newRow("exact preferred: lower") << u"ringlist.xml"_s << u"ringlist.xml"_s << none;
    QTest::newRow("exact preferred: capital") << u"Ringlist.xml"_s << u"Ringlist.xml"_s << none;
    QTest::newRow("neither spelling exact: first sorted") << u"RINGLIST.XML"_s << u"Ringlist.xml"_s << none;
#endif
    QTest::newRow("folder case differs") << u"desktops/320X196X4/list.xml"_s << u"Desktops/320x196x4/List.xml"_s
                                         << none;
    QTest::newRow("missing") << u"ITLFile.tlv"_s << QString() << int(ErrorCode::FileNotFound);
    QTest::newRow("missing folder") << u"nope/x"_s << QString() << int(ErrorCode::FileNotFound);
    QTest::newRow("folder is not a file") << u"Desktops"_s << QString() << int(ErrorCode::FileNotFound);
#if !defined(Q_OS_WIN) // symbolic links as Unix makes them (QFile::link makes .lnk shortcuts on Windows)
    QTest::newRow("symlink inside root") << u"alias.loads"_s << u"term41.default.loads"_s << none;
    QTest::newRow("symlink out of root") << u"passwd"_s << QString() << int(ErrorCode::TftpAccessDenied);
    QTest::newRow("through symlinked folder") << u"tmpdir/x"_s << QString() << int(ErrorCode::TftpAccessDenied);
#endif
}

void TestTftpDirectorySource::lookup()
{
    QFETCH(QString, request);
    QFETCH(QString, realName);
    QFETCH(int, error);
    write(u"jar41sip.9-4-2-1S.sbn"_s, "jar");
    write(u"Ringlist.xml"_s, "capital");
#if !defined(Q_OS_WIN)
    write(u"ringlist.xml"_s, "lower");
#endif
    write(u"Desktops/320x196x4/List.xml"_s, "list");
    write(u"term41.default.loads"_s, "loads");
#if !defined(Q_OS_WIN)
    QVERIFY(QFile::link(m_dir->filePath(u"term41.default.loads"_s), m_dir->filePath(u"alias.loads"_s)));
    QVERIFY(QFile::link(u"/etc/passwd"_s, m_dir->filePath(u"passwd"_s)));
    QTemporaryDir other;
    QFile outside(other.filePath(u"x"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.close();
    QVERIFY(QFile::link(other.path(), m_dir->filePath(u"tmpdir"_s)));
#endif

    TftpDirectorySource source(m_dir->path());
    const auto file = source.open(request, QHostAddress::LocalHost);
    if (realName.isEmpty()) {
        QVERIFY(!file.ok());
        QCOMPARE(int(file.error().code()), error);
        return;
    }
    QVERIFY2(file.ok(), qPrintable(file.error().toLogString()));
#if defined(Q_OS_WIN)
    // The file system itself ignores case there: the name is the one asked for, the bytes are the file's.
    QCOMPARE(file->name().toLower(), realName.toLower());
#else
    QCOMPARE(file->name(), realName);
#endif
    QFile onDisk(m_dir->filePath(realName));
    QVERIFY(onDisk.open(QIODevice::ReadOnly));
    QCOMPARE(QByteArray(file->data(), file->size()), onDisk.readAll());
}

void TestTftpDirectorySource::sharedAndReloadedOnChange()
{
    write(u"SEP001E4A794100.cnf.xml"_s, "<v1/>");
    TftpDirectorySource source(m_dir->path());
    const auto first = source.open(u"SEP001E4A794100.cnf.xml"_s, QHostAddress::LocalHost);
    const auto second = source.open(u"sep001e4a794100.cnf.xml"_s, QHostAddress::LocalHost);
    QVERIFY(first.ok() && second.ok());
    // The same bytes, not a copy.
    QCOMPARE(first->data(), second->data());
    QCOMPARE(source.cacheLoads(), 1);
    QCOMPARE(source.cacheHits(), 1);

    // A new version (size differs, as a rewrite usually does) is read again; holders of the old one keep it.
    write(u"SEP001E4A794100.cnf.xml"_s, "<version2/>");
    const auto third = source.open(u"SEP001E4A794100.cnf.xml"_s, QHostAddress::LocalHost);
    QVERIFY(third.ok());
    QCOMPARE(QByteArray(third->data(), third->size()), QByteArray("<version2/>"));
    QCOMPARE(QByteArray(first->data(), first->size()), QByteArray("<v1/>"));
    QCOMPARE(source.cacheLoads(), 2);
}

void TestTftpDirectorySource::limits()
{
    write(u"big.bin"_s, QByteArray(2000, 'x'));
    write(u"small.bin"_s, QByteArray(10, 'y'));
    TftpDirectorySource::Limits limits;
    limits.maxFileBytes = 1000;
    limits.maxCachedBytes = 5;
    TftpDirectorySource source(m_dir->path(), limits);
    const auto big = source.open(u"big.bin"_s, QHostAddress::LocalHost);
    QVERIFY(!big.ok());
    QCOMPARE(big.error().code(), ErrorCode::FileTooLarge);
    // Larger than the cache: served, but not kept once nobody holds it.
    QVERIFY(source.open(u"small.bin"_s, QHostAddress::LocalHost).ok());
    QVERIFY(source.open(u"small.bin"_s, QHostAddress::LocalHost).ok());
    QCOMPARE(source.cacheLoads(), 2);
}

void TestTftpDirectorySource::missingRoot()
{
    TftpDirectorySource source(m_dir->filePath(u"does-not-exist"_s));
    const auto file = source.open(u"a"_s, QHostAddress::LocalHost);
    QVERIFY(!file.ok());
    QCOMPARE(file.error().code(), ErrorCode::FileNotFound);
}

void TestTftpDirectorySource::rememberedNameRechecked_data()
{
    // What happens to a served name between two requests, and what the second request must get.
    QTest::addColumn<QString>("change");
    QTest::addColumn<QByteArray>("expected"); // empty: refused with `error`
    QTest::addColumn<int>("error");
    QTest::newRow("nothing: served after one stat") << u"none"_s << QByteArray("<v1/>") << 0;
    QTest::newRow("rewritten") << u"rewrite"_s << QByteArray("<version2/>") << 0;
    QTest::newRow("deleted") << u"delete"_s << QByteArray() << int(ErrorCode::FileNotFound);
#if !defined(Q_OS_WIN) // symbolic links as Unix makes them (QFile::link makes .lnk shortcuts on Windows)
    QTest::newRow("replaced by a symlink out of the root")
        << u"symlink"_s << QByteArray() << int(ErrorCode::TftpAccessDenied);
    QTest::newRow("folder replaced by a symlink out of the root")
        << u"folder symlink"_s << QByteArray() << int(ErrorCode::TftpAccessDenied);
#endif
    QTest::newRow("exact name deleted, another case remains") << u"case"_s << QByteArray("<other case/>") << 0;
}

void TestTftpDirectorySource::rememberedNameRechecked()
{
    QFETCH(QString, change);
    QFETCH(QByteArray, expected);
    QFETCH(int, error);
    const QString name = u"sub/SEP001E4A794100.cnf.xml"_s;
    write(name, "<v1/>");
    // Outside the root: the same size, so only the file's identity (its times) can tell it apart.
    QTemporaryDir other;
    QVERIFY(QDir(other.path()).mkpath(u"sub"_s));
    QFile outside(other.filePath(name));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("<v9/>");
    outside.close();

    TftpDirectorySource source(m_dir->path());
    const auto first = source.open(name, QHostAddress::LocalHost);
    QVERIFY(first.ok());
    QCOMPARE(source.resolveHits(), 0);

    const QString path = m_dir->filePath(name);
    if (change == u"rewrite"_s) {
        write(name, "<version2/>");
    } else if (change == u"delete"_s) {
        QVERIFY(QFile::remove(path));
    } else if (change == u"symlink"_s) {
        QVERIFY(QFile::remove(path));
        QVERIFY(QFile::link(outside.fileName(), path));
    } else if (change == u"folder symlink"_s) {
        QVERIFY(QDir(m_dir->path()).rename(u"sub"_s, u"old"_s));
        QVERIFY(QFile::link(other.filePath(u"sub"_s), m_dir->filePath(u"sub"_s)));
    } else if (change == u"case"_s) {
        QVERIFY(QFile::remove(path));
        write(u"sub/sep001e4a794100.CNF.xml"_s, "<other case/>");
    }
    const auto second = source.open(name, QHostAddress::LocalHost);
    if (expected.isEmpty()) {
        QVERIFY(!second.ok());
        QCOMPARE(int(second.error().code()), error);
        return;
    }
    QVERIFY2(second.ok(), qPrintable(second.error().toLogString()));
    QCOMPARE(QByteArray(second->data(), second->size()), expected);
    // Only the untouched file took the short way.
    QCOMPARE(source.resolveHits(), change == u"none"_s ? 1 : 0);
    if (change == u"none"_s)
        QCOMPARE(second->data(), first->data());
}

void TestTftpDirectorySource::onlyPlainNamesRemembered_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<int>("hits");
    QTest::newRow("exact name") << u"term41.default.loads"_s << 2;
    QTest::newRow("case folded") << u"TERM41.default.loads"_s << 0;
#if !defined(Q_OS_WIN) // symbolic links as Unix makes them (QFile::link makes .lnk shortcuts on Windows)
    QTest::newRow("through a symlink") << u"alias.loads"_s << 0;
#endif
}

void TestTftpDirectorySource::onlyPlainNamesRemembered()
{
    // A case-folded or symlinked name always takes the full walk, so an exact spelling appearing later, or a link
    // retargeted, is seen at once.
    QFETCH(QString, request);
    QFETCH(int, hits);
    write(u"term41.default.loads"_s, "loads");
#if !defined(Q_OS_WIN)
    QVERIFY(QFile::link(m_dir->filePath(u"term41.default.loads"_s), m_dir->filePath(u"alias.loads"_s)));
#endif
    TftpDirectorySource source(m_dir->path());
    for (int i = 0; i < 3; ++i) {
        const auto file = source.open(request, QHostAddress::LocalHost);
        QVERIFY(file.ok());
        QCOMPARE(QByteArray(file->data(), file->size()), QByteArray("loads"));
    }
    QCOMPARE(source.resolveHits(), hits);
    QCOMPARE(source.cacheLoads(), 1);
}

QTEST_GUILESS_MAIN(TestTftpDirectorySource)
#include "tst_tftpdirectorysource.moc"
