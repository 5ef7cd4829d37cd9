#include "core/common/error.h"
#include "core/common/logfile.h"
#include "core/common/result.h"
#include "core/common/version.h"
#include "tests/support/fakeclock.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTestCommon, "sccp2sip.test", QtInfoMsg)

class TestCommon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void errorCodeNames_data();
    void errorCodeNames();
    void errorLogString();
    void resultCarriesValueOrError();
    void resultVoid();
    void fakeClockMovesOnlyWhenTold();
    void versionComesFromProject();
    void logFileWritesFormattedLines();
    void logFileRotates();
    void logFileRefusesSecondInstall();
};

void TestCommon::errorCodeNames_data()
{
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("name");
    QTest::newRow("none") << ErrorCode::None << QStringLiteral("None");
    QTest::newRow("port in use") << ErrorCode::PortInUse << QStringLiteral("PortInUse");
    QTest::newRow("privileges") << ErrorCode::PortNeedsPrivileges << QStringLiteral("PortNeedsPrivileges");
    QTest::newRow("firmware") << ErrorCode::FirmwareFileMissing << QStringLiteral("FirmwareFileMissing");
}

void TestCommon::errorCodeNames()
{
    QFETCH(ErrorCode, code);
    QFETCH(QString, name);
    QCOMPARE(Error::codeName(code), name);
}

void TestCommon::errorLogString()
{
    QCOMPARE(Error(ErrorCode::PortInUse).toLogString(), QStringLiteral("PortInUse"));
    QCOMPARE(Error(ErrorCode::PortInUse, QStringLiteral("udp 0.0.0.0:69")).toLogString(),
             QStringLiteral("PortInUse: udp 0.0.0.0:69"));
    QVERIFY(!Error().isError());
    QVERIFY(Error(ErrorCode::TimedOut).isError());
}

void TestCommon::resultCarriesValueOrError()
{
    Result<int> good(42);
    QVERIFY(good.ok());
    QCOMPARE(good.value(), 42);
    QVERIFY(!good.error().isError());

    Result<int> bad(ErrorCode::FileNotFound, QStringLiteral("x.loads"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), ErrorCode::FileNotFound);
    QCOMPARE(bad.error().detail(), QStringLiteral("x.loads"));
}

void TestCommon::resultVoid()
{
    Result<void> good;
    QVERIFY(good.ok());
    Result<void> bad(ErrorCode::Cancelled);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().code(), ErrorCode::Cancelled);
}

void TestCommon::fakeClockMovesOnlyWhenTold()
{
    FakeClock clock;
    const QDateTime start = clock.nowUtc();
    QCOMPARE(clock.monotonicMs(), 0);
    clock.advanceMs(1500);
    QCOMPARE(clock.monotonicMs(), 1500);
    QCOMPARE(start.msecsTo(clock.nowUtc()), 1500);
}

void TestCommon::versionComesFromProject()
{
    QCOMPARE(
        QStringLiteral(SCCP2SIP_VERSION),
        QStringLiteral("%1.%2.%3").arg(SCCP2SIP_VERSION_MAJOR).arg(SCCP2SIP_VERSION_MINOR).arg(SCCP2SIP_VERSION_PATCH));
}

void TestCommon::logFileWritesFormattedLines()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString logDir = dir.filePath(QStringLiteral("logs"));
    {
        LogFile log({logDir, QStringLiteral("test.log"), 1024 * 1024, 2, false});
        QVERIFY(log.install().ok());
        qCInfo(lcTestCommon) << "bench started";
        qCWarning(lcTestCommon) << "port busy";
    }
    QFile file(QDir(logDir).filePath(QStringLiteral("test.log")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].contains(" info sccp2sip.test: bench started"), lines[0].constData());
    QVERIFY2(lines[1].contains(" warning sccp2sip.test: port busy"), lines[1].constData());
    // ISO timestamp first, so lines sort and grep well.
    QVERIFY(QDateTime::fromString(QString::fromLatin1(lines[0].left(23)), QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz"))
                .isValid());
}

void TestCommon::logFileRotates()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LogFile log({dir.path(), QStringLiteral("r.log"), 200, 2, false});
    QVERIFY(log.install().ok());
    for (int i = 0; i < 20; ++i)
        qCInfo(lcTestCommon) << "line" << i << QString(40, QLatin1Char('x'));
    const QDir d(dir.path());
    QVERIFY(d.exists(QStringLiteral("r.log")));
    QVERIFY(d.exists(QStringLiteral("r.log.1")));
    QVERIFY(d.exists(QStringLiteral("r.log.2")));
    QVERIFY(!d.exists(QStringLiteral("r.log.3")));
    QVERIFY(QFileInfo(d.filePath(QStringLiteral("r.log"))).size() <= 200);
    QFile current(d.filePath(QStringLiteral("r.log")));
    QVERIFY(current.open(QIODevice::ReadOnly));
    QVERIFY(current.readAll().contains("line 19"));
}

void TestCommon::logFileRefusesSecondInstall()
{
    QTemporaryDir dir;
    LogFile first({dir.path(), QStringLiteral("a.log"), 1024, 1, false});
    LogFile second({dir.path(), QStringLiteral("b.log"), 1024, 1, false});
    QVERIFY(first.install().ok());
    const Result<void> again = second.install();
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code(), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestCommon)
#include "tst_common.moc"
