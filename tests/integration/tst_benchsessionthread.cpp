// The session on a worker thread, as the wizard runs it: started, driven and stopped through queued calls, its
// signals received queued on the test's thread. External DHCP (no DHCP server), so the config-ownership rule is
// "the first address that asks owns it", and a second address is refused. Loopback only.
#include "core/bench/benchsession.h"
#include "tests/support/benchlibrary.h"
#include "tests/support/tftptestclient.h"
#include "tests/support/wine.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {
const QString kMac = QStringLiteral("001E4A000001");
} // namespace

class TestBenchSessionThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void runsOnAWorkerThread();
};

void TestBenchSessionThread::runsOnAWorkerThread()
{
    QTemporaryDir dir;
    QString failure;
    const QString library = dir.filePath(u"library"_qs);
    QVERIFY2(BenchLibrary::build(library, {SyntheticBundle::sip(u"41"_qs)}, &failure), qPrintable(failure));
    // 127.0.0.2 is the stranger: on Linux the whole of 127/8 is on lo.

    BenchConfig config;
    config.listenAddress = QHostAddress(u"127.0.0.1"_qs);
    config.dhcpEnabled = false;
    config.tftpPort = 0;
    config.verify = false;
    config.firmwareLibrary = library;
    config.stateDirectory = dir.filePath(u"state"_qs);
    config.pbx.host = u"10.0.0.1"_qs;

    QThread worker;
    worker.start();
    auto *session = new BenchSession(config);
    session->moveToThread(&worker);

    bool started = false;
    bool stopped = false;
    QStringList stages;
    QStringList warnings;
    QList<Qt::HANDLE> threads;
    connect(session, &BenchSession::started, this, [&] { started = true; });
    connect(session, &BenchSession::stopped, this, [&] { stopped = true; });
    connect(session, &BenchSession::phoneChanged, this, [&](const PhoneRecord &record) {
        const QString line = record.mac.toCompact() + u' ' + PhoneStageNames::toString(record.stage);
        if (stages.isEmpty() || stages.constLast() != line)
            stages << line;
        threads << QThread::currentThreadId();
    });
    connect(session, &BenchSession::warning, this, [&](const Error &warning, const MacAddress &mac) {
        warnings << (mac.isValid() ? mac.toCompact() : QString()) + u' ' + Error::codeName(warning.code());
    });
    QMetaObject::invokeMethod(session, &BenchSession::start, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(started, 10000);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        session, [session] { return session->tftpPort(); }, Qt::BlockingQueuedConnection, &port);
    QVERIFY(port != 0);

    // The server runs on its own thread, so this thread may block in the client.
    TftpTestClient phone(QHostAddress(u"127.0.0.1"_qs));
    const QHostAddress server(u"127.0.0.1"_qs);
    QCOMPARE(phone.download(server, port, u"CTLSEP"_qs + kMac + u".tlv"_qs).errorCode,
             1); // a miss, but it names the MAC
    QVERIFY(phone.download(server, port, u"SIP41.9-4-2SR3-1S.loads"_qs).ok);
    const TftpTestClient::Download config1 = phone.download(server, port, u"SEP"_qs + kMac + u".cnf.xml"_qs);
    QVERIFY2(config1.ok, qPrintable(config1.error));
    QVERIFY(config1.data.contains("SIP41.9-4-2SR3-1S"));

    // The refusal needs a second source address. Under Wine a UDP socket bound to 127.0.0.2 sends from 127.0.0.1
    // (Wine binds broadcast-capable sockets to any address), so the stranger would be the phone: that part of the
    // check is left to Linux and to a real Windows machine.
    const bool distinctSources = !runningUnderWine();
    if (distinctSources) {
        TftpTestClient stranger(QHostAddress(u"127.0.0.2"_qs));
        const TftpTestClient::Download refused = stranger.download(server, port, u"SEP"_qs + kMac + u".cnf.xml"_qs);
        QVERIFY(!refused.ok);
        QCOMPARE(refused.errorCode, 2);
        QVERIFY(stranger.download(server, port, u"XMLDefault.cnf.xml"_qs).ok); // nothing secret in it
        QTRY_VERIFY_WITH_TIMEOUT(warnings.contains(kMac + u" PhoneConfigRefused"_qs), 5000);
    }
    QTRY_VERIFY_WITH_TIMEOUT(warnings.contains(kMac + u" PhoneConfigClaimed"_qs), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(stages.contains(kMac + u" config"_qs), 5000);
    QVERIFY(stages.contains(kMac + u" firmware"_qs));
    for (Qt::HANDLE id : std::as_const(threads))
        QCOMPARE(id, QThread::currentThreadId()); // delivered queued, on the receiver's thread

    QMetaObject::invokeMethod(session, &BenchSession::stop, Qt::QueuedConnection);
    QTRY_VERIFY_WITH_TIMEOUT(stopped, 10000);
    QMetaObject::invokeMethod(
        session, [session] { delete session; }, Qt::BlockingQueuedConnection);
    worker.quit();
    QVERIFY(worker.wait(10000));
    QFile report(dir.filePath(u"state/bench-report.json"_qs));
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.readAll().contains(kMac.toUtf8()));
}

QTEST_GUILESS_MAIN(TestBenchSessionThread)
#include "tst_benchsessionthread.moc"
