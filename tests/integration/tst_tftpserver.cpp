// TftpServer on loopback against our own test client: every RFC 1350/2347-2349/7440 path, loss, stalls, rollover,
// access policy, leaks and fifty clients at once. One suite per server keeps its fixture in one place; hence the
// length (data-driven rows over both socket-set implementations).
#include "core/net/netudpsocketset.h"
#include "core/tftp/tftpdirectorysource.h"
#include "core/tftp/tftppacket.h"
#include "core/tftp/tftpserver.h"
#include "tests/support/netnsfixture.h"
#include "tests/support/offthread.h"
#include "tests/support/openhandles.h"
#include "tests/support/tftptestclient.h"
#include "tests/support/wine.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using Options = QList<std::pair<QString, QString>>;

Q_DECLARE_METATYPE(Options)

namespace {

QByteArray randomBytes(qint64 size, quint32 seed)
{
    QByteArray out(size, Qt::Uninitialized);
    QRandomGenerator rng(seed);
    for (qint64 i = 0; i < size; ++i)
        out[i] = char(rng.generate() & 0xff);
    return out;
}

const QHostAddress loopback(QHostAddress::LocalHost);

// Descriptors this process holds (Linux); -1 where /proc does not tell.
} // namespace

class TestTftpServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void cleanup();
    void transfers_data();
    void transfers();
    void rolloverPast65535_data();
    void rolloverPast65535();
    void netasciiConvertsLineEnds();
    void wrongTidGetsError5AndTransferContinues();
    void duplicateAckSendsNothing();
    void retransmitsOnSilence();
    void retriesExhaustedFails();
    void clientErrorAbortsTransfer();
    void writeRequestRefused();
    void refusalHook();
    void missingFileAnsweredAtOnce();
    void hostileNamesRefused_data();
    void hostileNamesRefused();
    void malformedRequestGetsError4();
    void duplicateRrqStartsOneTransfer();
    void requestsInARowFromOnePort();
    void newRequestSupersedesAbandonedTransfer();
    void duplicateRrqLeavesTransferListening_data();
    void duplicateRrqLeavesTransferListening();
    void concurrentTransfersShareOneLoad();
    void progressIsRateLimited();
    void portInUse();
    void manyConcurrentTransfers_data();
    void manyConcurrentTransfers();
    void descriptorsUnchangedAfter1000Transfers();
    void retransmitBacksOffOnOneTimer();
#if defined(Q_OS_LINUX) // lowers a card's MTU in a network namespace
    void blockSizeFitsTheCardMtu_data();
    void blockSizeFitsTheCardMtu();
#endif
    void stopFromASlot_data();
    void stopFromASlot();

private:
    void writeFile(const QString &name, const QByteArray &bytes);
    void startServer(TftpTransfer::Timing timing = fastTiming());
    static TftpTransfer::Timing fastTiming();
    TftpTestClient::Download fetch(const QString &name, const Options &options = {}, int ackEvery = 1,
                                   const QString &mode = u"octet"_s, int timeoutMs = 20000);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TftpDirectorySource> m_source;
    std::unique_ptr<TftpServer> m_server;
};

TftpTransfer::Timing TestTftpServer::fastTiming()
{
    TftpTransfer::Timing timing;
    // Generous against CPU contention on a shared machine, yet short enough that retransmit tests are quick.
    timing.initialRtoMs = 200;
    timing.minRtoMs = 100;
    timing.maxRtoMs = 1000;
    timing.maxRetries = 5;
    return timing;
}

void TestTftpServer::initTestCase_data()
{
    // Every test runs on both socket backends: the native one (epoll on Linux) and Qt's, which other OSes use.
    QTest::addColumn<int>("backend");
    QTest::newRow("native") << int(NetUdpSocketSet::Backend::Native);
    QTest::newRow("portable") << int(NetUdpSocketSet::Backend::Portable);
}

void TestTftpServer::initTestCase()
{
    // Lifecycle lines for hundreds of transfers would bury the test's own output.
    QLoggingCategory::setFilterRules(u"sccp2sip.tftp.info=false"_s);
}

void TestTftpServer::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_source = std::make_unique<TftpDirectorySource>(m_dir->path());
}

void TestTftpServer::cleanup()
{
    m_server.reset();
    m_source.reset();
    m_dir.reset();
}

void TestTftpServer::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

void TestTftpServer::startServer(TftpTransfer::Timing timing)
{
    QFETCH_GLOBAL(int, backend);
    TftpServer::Config config;
    config.address = loopback;
    config.port = 0;
    config.source = m_source.get();
    config.timing = timing;
    config.backend = NetUdpSocketSet::Backend(backend);
    m_server = std::make_unique<TftpServer>(config);
    const auto started = m_server->start();
    QVERIFY2(started.ok(), qPrintable(started.error().toLogString()));
    QVERIFY(m_server->port() != 0);
}

TftpTestClient::Download TestTftpServer::fetch(const QString &name, const Options &options, int ackEvery,
                                               const QString &mode, int timeoutMs)
{
    const quint16 port = m_server->port();
    const auto result = runOffThread(
        [=] { return TftpTestClient().download(loopback, port, name, options, ackEvery, timeoutMs, mode); },
        timeoutMs + 10000);
    if (!result) {
        TftpTestClient::Download timedOut;
        timedOut.error = u"client thread did not end"_s;
        return timedOut;
    }
    return *result;
}

void TestTftpServer::transfers_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<Options>("options");
    QTest::addColumn<Options>("expectedOack");
    QTest::addColumn<int>("blockSize");
    QTest::addColumn<int>("windowSize");

    const Options none;
    QTest::newRow("empty file") << qint64(0) << none << none << 512 << 1;
    QTest::newRow("one byte") << qint64(1) << none << none << 512 << 1;
    QTest::newRow("exactly one block: empty last block") << qint64(512) << none << none << 512 << 1;
    QTest::newRow("lock-step 100 KiB") << qint64(100 * 1024 + 7) << none << none << 512 << 1;
    QTest::newRow("blksize 1468") << qint64(300000) << Options{{u"blksize"_s, u"1468"_s}}
                                  << Options{{u"blksize"_s, u"1468"_s}} << 1468 << 1;
    QTest::newRow("blksize 8 (smallest)")
        << qint64(1000) << Options{{u"blksize"_s, u"8"_s}} << Options{{u"blksize"_s, u"8"_s}} << 8 << 1;
    QTest::newRow("blksize 65464 (largest)")
        << qint64(200000) << Options{{u"blksize"_s, u"65464"_s}} << Options{{u"blksize"_s, u"65464"_s}} << 65464 << 1;
    QTest::newRow("blksize above range clamped")
        << qint64(100000) << Options{{u"blksize"_s, u"70000"_s}} << Options{{u"blksize"_s, u"65464"_s}} << 65464 << 1;
    QTest::newRow("blksize below range ignored") << qint64(2000) << Options{{u"blksize"_s, u"7"_s}} << none << 512 << 1;
    QTest::newRow("tsize answered with the size")
        << qint64(4321) << Options{{u"tsize"_s, u"0"_s}} << Options{{u"tsize"_s, u"4321"_s}} << 512 << 1;
    QTest::newRow("timeout echoed") << qint64(2000) << Options{{u"timeout"_s, u"2"_s}}
                                    << Options{{u"timeout"_s, u"2"_s}} << 512 << 1;
    QTest::newRow("timeout out of range ignored")
        << qint64(2000) << Options{{u"timeout"_s, u"0"_s}} << none << 512 << 1;
    QTest::newRow("windowsize 8") << qint64(300000) << Options{{u"blksize"_s, u"1468"_s}, {u"windowsize"_s, u"8"_s}}
                                  << Options{{u"blksize"_s, u"1468"_s}, {u"windowsize"_s, u"8"_s}} << 1468 << 8;
    QTest::newRow("windowsize 100 clamped to 64")
        << qint64(100000) << Options{{u"windowsize"_s, u"100"_s}} << Options{{u"windowsize"_s, u"64"_s}} << 512 << 64;
    QTest::newRow("windowsize with partial last window")
        << qint64(512 * 10 + 5) << Options{{u"windowsize"_s, u"4"_s}} << Options{{u"windowsize"_s, u"4"_s}} << 512 << 4;
    QTest::newRow("unknown option ignored, no OACK")
        << qint64(3000) << Options{{u"multicast"_s, QString()}} << none << 512 << 1;
    QTest::newRow("only known options in OACK")
        << qint64(3000) << Options{{u"foo"_s, u"1"_s}, {u"tsize"_s, u"0"_s}, {u"bar"_s, u"2"_s}}
        << Options{{u"tsize"_s, u"3000"_s}} << 512 << 1;
    QTest::newRow("non-numeric blksize ignored")
        << qint64(3000) << Options{{u"blksize"_s, u"big"_s}} << none << 512 << 1;
}

void TestTftpServer::transfers()
{
    QFETCH(qint64, size);
    QFETCH(Options, options);
    QFETCH(Options, expectedOack);
    QFETCH(int, blockSize);
    QFETCH(int, windowSize);
    const QByteArray content = randomBytes(size, quint32(size));
    writeFile(u"fw/image.sbn"_s, content);
    startServer();
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);

    const auto download = fetch(u"fw/image.sbn"_s, options, windowSize);
    QVERIFY2(download.ok, qPrintable(download.error));
    QCOMPARE(download.data.size(), content.size());
    QVERIFY(download.data == content);
    QCOMPARE(download.sawOack, !expectedOack.isEmpty());
    QCOMPARE(download.oack, expectedOack);
    QCOMPARE(download.unexpectedPackets, 0);
    QVERIFY(download.serverPort != m_server->port());

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(requested.size(), 1);
    const auto request = requested.at(0).at(0).value<TftpReadRequest>();
    QCOMPARE(request.name, u"fw/image.sbn"_s);
    QCOMPARE(request.options, options);
    QCOMPARE(finished.at(0).at(0).toULongLong(), request.transferId);
    const auto stats = finished.at(0).at(1).value<TftpTransferStats>();
    QCOMPARE(stats.bytes, size);
    QCOMPARE(stats.blockSize, blockSize);
    QCOMPARE(stats.windowSize, windowSize);
    QCOMPARE(stats.name, u"fw/image.sbn"_s);
    QCOMPARE(stats.peer, loopback);
    QCOMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::rolloverPast65535_data()
{
    QTest::addColumn<int>("windowSize");
    QTest::newRow("lock-step") << 1;
    QTest::newRow("windowsize 16") << 16;
}

void TestTftpServer::rolloverPast65535()
{
    QFETCH(int, windowSize);
    // 8-byte blocks: 65,536 + 3 full blocks, so block numbers wrap past 65535 to 0 and go on.
    const QByteArray content = randomBytes(8 * (65536 + 3) + 5, 7);
    writeFile(u"big.bin"_s, content);
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    Options options{{u"blksize"_s, u"8"_s}};
    if (windowSize > 1)
        options.append({u"windowsize"_s, QString::number(windowSize)});
    // 65,540 packets on loopback: a second here, about a minute under Wine, where each datagram is a round trip
    // through wineserver.
    const int timeoutMs = runningUnderWine() ? 150000 : 20000;
    const auto download = fetch(u"big.bin"_s, options, windowSize, u"octet"_s, timeoutMs);
    QVERIFY2(download.ok, qPrintable(download.error));
    QVERIFY(download.data == content);
    QCOMPARE(download.dataPackets, 65536 + 4);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
}

void TestTftpServer::netasciiConvertsLineEnds()
{
    writeFile(u"SIPDefault.cnf"_s, "a: \"1\"\nb\rc\n");
    startServer();
    const auto download = fetch(u"SIPDefault.cnf"_s, {{u"tsize"_s, u"0"_s}}, 1, u"netascii"_s);
    QVERIFY2(download.ok, qPrintable(download.error));
    QCOMPARE(download.data, QByteArray("a: \"1\"\r\nb\r\0c\r\n", 14));
    QCOMPARE(download.oack, (Options{{u"tsize"_s, u"14"_s}}));
}

void TestTftpServer::wrongTidGetsError5AndTransferContinues()
{
    writeFile(u"f.bin"_s, randomBytes(512 * 3 + 1, 1));
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto outcome = runOffThread(
        [serverPort] {
            TftpTestClient client;
            TftpTestClient intruder;
            QStringList log;
            client.send(TftpPacket::readRequest(u"f.bin"_s).serialize(), loopback, serverPort);
            auto first = client.receive(3000);
            if (!first)
                return QStringList{u"no DATA 1"_s};
            const quint16 tid = first->fromPort;
            // The intruder ACKs block 1 to the transfer's port.
            intruder.send(TftpPacket::ack(1).serialize(), loopback, tid);
            auto answer = intruder.receive(3000);
            auto parsed = answer ? TftpPacket::parse(answer->bytes) : Result<TftpPacket>(ErrorCode::TimedOut);
            log << (parsed && parsed->opcode() == TftpPacket::Opcode::Error
                        ? u"error %1"_s.arg(int(parsed->errorCode()))
                        : u"no error"_s);
            // The intruder's ACK must not have advanced the transfer: nothing beyond DATA 1 arrived.
            log << (client.receive(50) ? u"client disturbed"_s : u"client quiet"_s);
            for (quint16 block = 1; block <= 4; ++block) {
                client.send(TftpPacket::ack(block).serialize(), loopback, tid);
                if (block < 4) {
                    auto next = client.receive(3000);
                    auto p = next ? TftpPacket::parse(next->bytes) : Result<TftpPacket>(ErrorCode::TimedOut);
                    if (!p || p->block() != block + 1)
                        log << u"bad block after %1"_s.arg(block);
                }
            }
            return log;
        },
        20000);
    QVERIFY(outcome);
    QCOMPARE(*outcome, (QStringList{u"error 5"_s, u"client quiet"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
}

void TestTftpServer::duplicateAckSendsNothing()
{
    writeFile(u"f.bin"_s, randomBytes(512 * 2 + 10, 2));
    TftpTransfer::Timing slow = fastTiming();
    slow.initialRtoMs = slow.minRtoMs = 1500; // no retransmit can blur the count below
    startServer(slow);
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto packets = runOffThread(
        [serverPort] {
            TftpTestClient client;
            QList<int> blocks;
            client.send(TftpPacket::readRequest(u"f.bin"_s).serialize(), loopback, serverPort);
            auto d = client.receive(3000);
            if (!d)
                return blocks;
            const quint16 tid = d->fromPort;
            blocks << TftpPacket::parse(d->bytes)->block();
            client.send(TftpPacket::ack(1).serialize(), loopback, tid);
            client.send(TftpPacket::ack(1).serialize(), loopback, tid);
            client.send(TftpPacket::ack(1).serialize(), loopback, tid);
            client.send(TftpPacket::ack(0).serialize(), loopback, tid);
            while (auto next = client.receive(400))
                blocks << TftpPacket::parse(next->bytes)->block();
            client.send(TftpPacket::ack(2).serialize(), loopback, tid);
            client.send(TftpPacket::ack(2).serialize(), loopback, tid);
            while (auto next = client.receive(400))
                blocks << TftpPacket::parse(next->bytes)->block();
            client.send(TftpPacket::ack(3).serialize(), loopback, tid);
            return blocks;
        },
        20000);
    QVERIFY(packets);
    QCOMPARE(*packets, (QList<int>{1, 2, 3}));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.at(0).at(1).value<TftpTransferStats>().retransmits, 0);
}

void TestTftpServer::retransmitsOnSilence()
{
    writeFile(u"f.bin"_s, randomBytes(100, 3));
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto copies = runOffThread(
        [serverPort] {
            TftpTestClient client;
            client.send(TftpPacket::readRequest(u"f.bin"_s).serialize(), loopback, serverPort);
            int seen = 0;
            quint16 tid = 0;
            // Stay silent until the same block came twice, then ACK it.
            while (seen < 2) {
                auto d = client.receive(3000);
                if (!d)
                    break;
                if (TftpPacket::parse(d->bytes)->block() == 1)
                    ++seen;
                tid = d->fromPort;
            }
            client.send(TftpPacket::ack(1).serialize(), loopback, tid);
            return seen;
        },
        20000);
    QCOMPARE(copies.value_or(0), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QVERIFY(finished.at(0).at(1).value<TftpTransferStats>().retransmits >= 1);
}

void TestTftpServer::retriesExhaustedFails()
{
    writeFile(u"f.bin"_s, randomBytes(2000, 4));
    TftpTransfer::Timing timing = fastTiming();
    timing.initialRtoMs = timing.minRtoMs = 20;
    timing.maxRtoMs = 80;
    timing.maxRetries = 3;
    startServer(timing);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    const quint16 serverPort = m_server->port();
    const auto received = runOffThread(
        [serverPort] {
            TftpTestClient client;
            client.send(TftpPacket::readRequest(u"f.bin"_s).serialize(), loopback, serverPort);
            QList<int> opcodes;
            while (auto d = client.receive(1500))
                opcodes << int(TftpPacket::parse(d->bytes)->opcode());
            return opcodes;
        },
        20000);
    QVERIFY(received);
    // The first send, three retransmits, then ERROR.
    QCOMPARE(*received, (QList<int>{3, 3, 3, 3, 5}));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::TftpTimedOut);
    QCOMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::clientErrorAbortsTransfer()
{
    writeFile(u"f.bin"_s, randomBytes(5000, 5));
    startServer();
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    const quint16 serverPort = m_server->port();
    const auto done = runOffThread(
        [serverPort] {
            TftpTestClient client;
            // An option the client then refuses with ERROR 8 (RFC 2347).
            client.send(TftpPacket::readRequest(u"f.bin"_s, u"octet"_s, {{u"tsize"_s, u"0"_s}}).serialize(), loopback,
                        serverPort);
            auto d = client.receive(3000);
            if (!d)
                return false;
            client.send(TftpPacket::error(TftpPacket::ErrorCode::OptionRefused, u"no"_s).serialize(), loopback,
                        d->fromPort);
            return TftpPacket::parse(d->bytes)->opcode() == TftpPacket::Opcode::Oack;
        },
        20000);
    QVERIFY(done.value_or(false));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::TftpTransferAborted);
}

void TestTftpServer::writeRequestRefused()
{
    startServer();
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    const quint16 serverPort = m_server->port();
    const auto reply = runOffThread(
        [serverPort] {
            TftpTestClient client;
            client.send(TftpPacket::writeRequest(u"evil.bin"_s).serialize(), loopback, serverPort);
            auto d = client.receive(3000);
            return d ? d->bytes : QByteArray();
        },
        10000);
    QVERIFY(reply);
    const auto packet = TftpPacket::parse(*reply);
    QVERIFY(packet);
    QCOMPARE(packet->opcode(), TftpPacket::Opcode::Error);
    QCOMPARE(packet->errorCode(), TftpPacket::ErrorCode::AccessViolation);
    QCOMPARE(requested.size(), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(u"evil.bin"_s)));
}

void TestTftpServer::refusalHook()
{
    writeFile(u"SEP001E4A794100.cnf.xml"_s, "<secret/>");
    writeFile(u"XMLDefault.cnf.xml"_s, "<default/>");
    startServer();
    QList<std::pair<QString, QHostAddress>> asked;
    m_server->setAccessPolicy([&asked](const QString &name, const QHostAddress &client) {
        asked.append({name, client});
        return !name.startsWith(u"SEP"_s);
    });
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    const auto refused = fetch(u"/sep001e4a794100.cnf.xml"_s);
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errorCode, int(TftpPacket::ErrorCode::AccessViolation));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::TftpAccessDenied);
    const auto allowed = fetch(u"XMLDefault.cnf.xml"_s);
    QVERIFY2(allowed.ok, qPrintable(allowed.error));
    QCOMPARE(allowed.data, QByteArray("<default/>"));
    QCOMPARE(asked.size(), 2);
    QCOMPARE(asked.at(0).first, u"SEP001E4A794100.cnf.xml"_s);
    QCOMPARE(asked.at(0).second, loopback);
}

void TestTftpServer::missingFileAnsweredAtOnce()
{
    startServer();
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    QElapsedTimer timer;
    timer.start();
    const auto download = fetch(u"CTLSEP001E4A794100.tlv"_s);
    QVERIFY(!download.ok);
    QCOMPARE(download.errorCode, int(TftpPacket::ErrorCode::FileNotFound));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(requested.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::FileNotFound);
    QCOMPARE(failed.at(0).at(0), requested.at(0).at(0).value<TftpReadRequest>().transferId);
}

void TestTftpServer::hostileNamesRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("tftpError");
    QTest::newRow("parent") << u"../outside.txt"_s << 2;
    QTest::newRow("nested parent") << u"sub/../../outside.txt"_s << 2;
    QTest::newRow("backslash parent") << u"..\\outside.txt"_s << 2;
    QTest::newRow("drive") << u"C:\\outside.txt"_s << 2;
    QTest::newRow("unc") << u"\\\\host\\share\\outside.txt"_s << 2;
#if !defined(Q_OS_WIN) // symbolic links as Unix makes them (QFile::link makes .lnk shortcuts on Windows)
    QTest::newRow("symlink out of the root") << u"escape.txt"_s << 2;
    QTest::newRow("symlinked folder out of the root") << u"escdir/outside.txt"_s << 2;
#endif
    QTest::newRow("absolute path is read inside the root") << u"/etc/passwd"_s << 1;
    QTest::newRow("folder") << u"sub"_s << 1;
}

void TestTftpServer::hostileNamesRefused()
{
    QFETCH(QString, name);
    QFETCH(int, tftpError);
    // A secret next to the root that no name may reach.
    QTemporaryDir outside;
    QFile secret(outside.filePath(u"outside.txt"_s));
    QVERIFY(secret.open(QIODevice::WriteOnly));
    secret.write("secret");
    secret.close();
#if !defined(Q_OS_WIN)
    QVERIFY(QFile::link(secret.fileName(), m_dir->filePath(u"escape.txt"_s)));
    QVERIFY(QFile::link(outside.path(), m_dir->filePath(u"escdir"_s)));
#endif
    writeFile(u"sub/inside.txt"_s, "ok");
    startServer();
    const auto download = fetch(name);
    QVERIFY(!download.ok);
    QCOMPARE(download.errorCode, tftpError);
    QVERIFY(!download.data.contains("secret"));
}

void TestTftpServer::malformedRequestGetsError4()
{
    startServer();
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    const quint16 serverPort = m_server->port();
    const auto reply = runOffThread(
        [serverPort] {
            TftpTestClient client;
            client.send(QByteArray("\0\1noterminator", 14), loopback, serverPort);
            auto d = client.receive(3000);
            return d ? d->bytes : QByteArray();
        },
        10000);
    QVERIFY(reply);
    const auto packet = TftpPacket::parse(*reply);
    QVERIFY(packet);
    QCOMPARE(packet->errorCode(), TftpPacket::ErrorCode::IllegalOperation);
    QCOMPARE(requested.size(), 0);
}

void TestTftpServer::duplicateRrqStartsOneTransfer()
{
    writeFile(u"f.bin"_s, randomBytes(700, 6));
    startServer();
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto firstPackets = runOffThread(
        [serverPort] {
            TftpTestClient client;
            const QByteArray rrq = TftpPacket::readRequest(u"f.bin"_s).serialize();
            client.send(rrq, loopback, serverPort);
            client.send(rrq, loopback, serverPort);
            int data1 = 0;
            quint16 tid = 0;
            while (auto d = client.receive(100)) {
                data1 += TftpPacket::parse(d->bytes)->block() == 1 ? 1 : 0;
                tid = d->fromPort;
            }
            client.send(TftpPacket::ack(1).serialize(), loopback, tid);
            if (client.receive(3000))
                client.send(TftpPacket::ack(2).serialize(), loopback, tid);
            return data1;
        },
        10000);
    QCOMPARE(firstPackets.value_or(0), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(requested.size(), 1);
}

void TestTftpServer::requestsInARowFromOnePort()
{
    // A phone fetches file after file; the next RRQ can arrive before the previous transfer's final ACK has
    // been read. It must be served at once, not mistaken for a resend.
    writeFile(u"SEP001E4A794100.cnf.xml"_s, randomBytes(6000, 10));
    // Under Wine every datagram is a round trip through wineserver: the same margins, ten times wider.
    const int scale = runningUnderWine() ? 10 : 1;
    TftpTransfer::Timing timing = fastTiming();
    timing.initialRtoMs *= scale;
    timing.minRtoMs *= scale;
    timing.maxRtoMs *= scale;
    startServer(timing);
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto outcome = runOffThread(
        [serverPort, scale] {
            TftpTestClient client;
            for (int i = 0; i < 40; ++i) {
                // Far below the server's first retransmit: a swallowed RRQ fails the round.
                const auto d = client.download(loopback, serverPort, u"SEP001E4A794100.cnf.xml"_s, {}, 1, 150 * scale);
                if (!d.ok || d.data.size() != 6000)
                    return u"round %1: %2"_s.arg(i).arg(d.error);
            }
            return QString();
        },
        30000 * scale);
    QVERIFY(outcome);
    QVERIFY2(outcome->isEmpty(), qPrintable(*outcome));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 40, 5000);
}

void TestTftpServer::newRequestSupersedesAbandonedTransfer()
{
    writeFile(u"big.bin"_s, randomBytes(512 * 50, 11));
    writeFile(u"small.bin"_s, "small");
    startServer();
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto second = runOffThread(
        [serverPort] {
            TftpTestClient client;
            client.send(TftpPacket::readRequest(u"big.bin"_s).serialize(), loopback, serverPort);
            const auto d = client.receive(3000);
            if (d)
                client.send(TftpPacket::ack(1).serialize(), loopback, d->fromPort);
            client.receive(3000); // DATA 2, then the client walks away and asks for something else
            return client.download(loopback, serverPort, u"small.bin"_s);
        },
        20000);
    QVERIFY(second);
    QVERIFY2(second->ok, qPrintable(second->error));
    QCOMPARE(second->data, QByteArray("small"));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::TftpTransferAborted);
    QCOMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::duplicateRrqLeavesTransferListening_data()
{
    QTest::addColumn<bool>("fromIntruder");
    QTest::newRow("junk from the client") << false;
    QTest::newRow("stray from another port") << true;
}

void TestTftpServer::duplicateRrqLeavesTransferListening()
{
    // A duplicate RRQ makes the server read the running transfer's socket from its own readyRead. When the
    // transfer's notification for that same datagram is due later in the same event-loop pass, it finds an
    // empty queue; reading nothing then leaves Qt's notifier latched and the transfer deaf to every later ACK.
    // The client runs on this thread so both datagrams are queued before the server's loop sees either.
    QFETCH(bool, fromIntruder);
    writeFile(u"f.bin"_s, randomBytes(100, 12));
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    TftpTestClient client;
    TftpTestClient intruder;
    const QByteArray rrq = TftpPacket::readRequest(u"f.bin"_s).serialize();
    QVERIFY(client.send(rrq, loopback, m_server->port()));
    QTRY_COMPARE_WITH_TIMEOUT(m_server->activeTransfers(), 1, 5000);
    const auto data1 = client.receive(3000);
    QVERIFY(data1);
    const quint16 tid = data1->fromPort;
    // Neither datagram counts as the client responding, so the second RRQ stays a duplicate and the transfer runs on.
    const QByteArray junk = TftpPacket::data(1, "junk").serialize();
    QVERIFY(fromIntruder ? intruder.send(junk, loopback, tid) : client.send(junk, loopback, tid));
    QVERIFY(client.send(rrq, loopback, m_server->port()));
    QTest::qWait(50);
    QCOMPARE(m_server->activeTransfers(), 1);
    QVERIFY(client.send(TftpPacket::ack(1).serialize(), loopback, tid));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QCOMPARE(failed.size(), 0);
}

void TestTftpServer::concurrentTransfersShareOneLoad()
{
    const QByteArray content = randomBytes(512 * 200, 8);
    writeFile(u"term41.default.loads"_s, content);
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    const auto results = runOffThread(
        [serverPort] {
            std::vector<std::thread> threads;
            QList<TftpTestClient::Download> downloads(8);
            for (int i = 0; i < 8; ++i) {
                threads.emplace_back([&downloads, i, serverPort] {
                    // Mixed case on purpose: every spelling resolves to the same file and the same bytes.
                    downloads[i] = TftpTestClient().download(
                        loopback, serverPort, i % 2 ? u"TERM41.DEFAULT.loads"_s : u"term41.default.loads"_s);
                });
            }
            for (auto &t : threads)
                t.join();
            return downloads;
        },
        30000);
    QVERIFY(results);
    for (const auto &download : *results) {
        QVERIFY2(download.ok, qPrintable(download.error));
        QVERIFY(download.data == content);
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 8, 5000);
    QCOMPARE(m_source->cacheLoads(), 1);
    QCOMPARE(m_source->cacheHits(), 7);
}

void TestTftpServer::progressIsRateLimited()
{
    writeFile(u"f.bin"_s, randomBytes(512 * 400, 9));
    TftpTransfer::Timing timing = fastTiming();
    timing.progressIntervalMs = 3600 * 1000;
    startServer(timing);
    QSignalSpy progress(m_server.get(), &TftpServer::progress);
    QVERIFY(fetch(u"f.bin"_s).ok);
    QCOMPARE(progress.size(), 0);

    timing.progressIntervalMs = 0;
    startServer(timing);
    QSignalSpy everyAck(m_server.get(), &TftpServer::progress);
    QVERIFY(fetch(u"f.bin"_s).ok);
    QVERIFY(everyAck.size() > 0);
    qint64 last = 0;
    for (const auto &args : everyAck) {
        QVERIFY(args.at(1).toLongLong() >= last);
        last = args.at(1).toLongLong();
        QCOMPARE(args.at(2).toLongLong(), 512 * 400);
    }
}

void TestTftpServer::portInUse()
{
    QFETCH_GLOBAL(int, backend);
    startServer();
    TftpServer::Config config;
    config.address = loopback;
    config.port = m_server->port();
    config.source = m_source.get();
    config.backend = NetUdpSocketSet::Backend(backend);
    TftpServer second(config);
    const auto started = second.start();
    QVERIFY(!started.ok());
    QCOMPARE(started.error().code(), ErrorCode::PortInUse);
}

void TestTftpServer::manyConcurrentTransfers_data()
{
    QTest::addColumn<Options>("options");
    QTest::addColumn<int>("windowSize");
    QTest::newRow("lock-step") << Options{} << 1;
    QTest::newRow("blksize 1468, windowsize 8") << Options{{u"blksize"_s, u"1468"_s}, {u"windowsize"_s, u"8"_s}} << 8;
}

void TestTftpServer::manyConcurrentTransfers()
{
    // Fifty phones at once, all on the one socket set and timer queue: every byte right, every transfer reported.
    QFETCH(Options, options);
    QFETCH(int, windowSize);
    constexpr int clients = 50;
    const QByteArray content = randomBytes(100 * 1024 + 3, 13);
    writeFile(u"image.sbn"_s, content);
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    const quint16 serverPort = m_server->port();
    struct Timed
    {
        TftpTestClient::Download download;
        qint64 startNs = 0;
        qint64 endNs = 0;
    };
    const auto results = runOffThread(
        [serverPort, options, windowSize] {
            std::vector<std::thread> threads;
            QList<Timed> downloads(clients);
            QElapsedTimer clock;
            clock.start();
            for (int i = 0; i < clients; ++i) {
                threads.emplace_back([&downloads, &clock, i, serverPort, options, windowSize] {
                    downloads[i].startNs = clock.nsecsElapsed();
                    downloads[i].download =
                        TftpTestClient().download(loopback, serverPort, u"image.sbn"_s, options, windowSize, 30000);
                    downloads[i].endNs = clock.nsecsElapsed();
                });
            }
            for (auto &t : threads)
                t.join();
            return downloads;
        },
        60000);
    QVERIFY(results);
    for (const Timed &timed : *results) {
        QVERIFY2(timed.download.ok, qPrintable(timed.download.error));
        QVERIFY(timed.download.data == content);
    }
    // Each transfer had its own port while it ran. One that ended before another began may have left its port to
    // the kernel to hand out again, so only transfers that overlapped in time must differ.
    for (qsizetype a = 0; a < results->size(); ++a) {
        for (qsizetype b = a + 1; b < results->size(); ++b) {
            const Timed &x = results->at(a);
            const Timed &y = results->at(b);
            if (x.startNs < y.endNs && y.startNs < x.endNs)
                QVERIFY2(x.download.serverPort != y.download.serverPort,
                         qPrintable(u"clients %1 and %2"_s.arg(a).arg(b)));
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), clients, 5000);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(m_server->activeTransfers(), 0);
}

void TestTftpServer::descriptorsUnchangedAfter1000Transfers()
{
    if (openHandleCount() < 0)
        QSKIP(
            "no handle count here: needs /proc/self/fd (Linux) or GetProcessHandleCount (Windows; Wine returns none)");
    writeFile(u"SEP001E4A794100.cnf.xml"_s, randomBytes(6000, 14));
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    const quint16 serverPort = m_server->port();
    auto fetchInARow = [serverPort](int count) {
        return runOffThread(
            [serverPort, count] {
                TftpTestClient client;
                for (int i = 0; i < count; ++i) {
                    const auto d = client.download(loopback, serverPort, u"SEP001E4A794100.cnf.xml"_s, {}, 1, 5000);
                    if (!d.ok || d.data.size() != 6000)
                        return u"transfer %1: %2"_s.arg(i).arg(d.error);
                }
                return QString();
            },
            120000);
    };
    // Warm up first: the first transfers may allocate for good (buffers, Qt's lazy objects), which is not a leak.
    const auto warmUp = fetchInARow(10);
    QVERIFY(warmUp && warmUp->isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(m_server->activeTransfers(), 0, 5000);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int before = openHandleCount();

    const auto outcome = fetchInARow(1000);
    QVERIFY(outcome);
    QVERIFY2(outcome->isEmpty(), qPrintable(*outcome));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1010, 10000);
    QCOMPARE(m_server->activeTransfers(), 0);
    // A closed transfer's socket goes at once (native) or when its deferred delete runs (portable).
    QTRY_COMPARE_WITH_TIMEOUT(openHandleCount(), before, 5000);
}

void TestTftpServer::retransmitBacksOffOnOneTimer()
{
    // A silent client: DATA 1 comes back after the initial timeout, then after twice, four and eight times it,
    // then ERROR — each from the shared timer queue, never early.
    writeFile(u"f.bin"_s, randomBytes(100, 15));
    TftpTransfer::Timing timing = fastTiming();
    timing.initialRtoMs = timing.minRtoMs = 150;
    timing.maxRtoMs = 4000;
    timing.maxRetries = 3;
    startServer(timing);
    QSignalSpy failed(m_server.get(), &TftpServer::failed);
    const quint16 serverPort = m_server->port();
    const auto arrivals = runOffThread(
        [serverPort] {
            TftpTestClient client;
            QElapsedTimer clock;
            QList<std::pair<int, qint64>> seen; // opcode, ms since the request left
            clock.start();
            client.send(TftpPacket::readRequest(u"f.bin"_s).serialize(), loopback, serverPort);
            while (auto d = client.receive(4000))
                seen.append({int(TftpPacket::parse(d->bytes)->opcode()), clock.elapsed()});
            return seen;
        },
        30000);
    QVERIFY(arrivals);
    QCOMPARE(arrivals->size(), 5);
    const QList<int> expectedGaps{150, 300, 600, 1200};
    qint64 due = 0;
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(arrivals->at(i).first, int(TftpPacket::Opcode::Data));
        // Every send happens no earlier than the sum of the timeouts before it, counted from the request (which the
        // first DATA answers at once): a lower bound no scheduling jitter can break, and one a fixed or early timer
        // fails. Late only by what a loaded machine adds, bounded generously so contention does not fail the suite.
        due += expectedGaps[i];
        const qint64 at = arrivals->at(i + 1).second;
        const qint64 gap = at - arrivals->at(i).second;
        QVERIFY2(
            at >= due - 5 && gap <= expectedGaps[i] + 600, // - 5: whole-millisecond clock, four times
            qPrintable(u"send %1 at %2 ms (due %3), %4 ms after the previous"_s.arg(i + 1).arg(at).arg(due).arg(gap)));
    }
    QCOMPARE(arrivals->at(4).first, int(TftpPacket::Opcode::Error));
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    QCOMPARE(failed.at(0).at(1).value<Error>().code(), ErrorCode::TftpTimedOut);
}

#if defined(Q_OS_LINUX)
void TestTftpServer::blockSizeFitsTheCardMtu_data()
{
    QTest::addColumn<QString>("requested");
    QTest::addColumn<int>("windowSize");
    QTest::addColumn<int>("expected");
    // lo's MTU is set to 1200 below: 1200 - 20 (IPv4) - 8 (UDP) - 4 (TFTP) = 1168.
    QTest::newRow("larger than the MTU: clamped") << u"8192"_s << 1 << 1168;
    QTest::newRow("exactly the MTU's worth") << u"1168"_s << 1 << 1168;
    QTest::newRow("smaller: as asked") << u"1000"_s << 1 << 1000;
    QTest::newRow("clamped, windowsize 4") << u"65464"_s << 4 << 1168;
}

void TestTftpServer::blockSizeFitsTheCardMtu()
{
    // RFC 2348 lets the server answer a smaller blksize; a block that does not fit the card's MTU would leave as IP
    // fragments, and one lost fragment loses the block. Loopback in a namespace with its MTU lowered stands in for
    // a card with a small MTU.
    SCCP2SIP_REQUIRE_ROOT();
    QFETCH(QString, requested);
    QFETCH(int, windowSize);
    QFETCH(int, expected);
    NetnsFixture net;
    QVERIFY2(net.setUp(), qPrintable(net.lastError()));
    const auto mtu = net.runInServer({u"ip"_s, u"link"_s, u"set"_s, u"lo"_s, u"mtu"_s, u"1200"_s});
    QVERIFY2(mtu.succeeded(), qPrintable(mtu.describe()));
    QVERIFY2(net.enterServerNamespace(), qPrintable(net.lastError()));
    const QByteArray content = randomBytes(50000, 16);
    writeFile(u"fw.sbn"_s, content);
    startServer();
    QSignalSpy finished(m_server.get(), &TftpServer::finished);
    Options options{{u"blksize"_s, requested}};
    if (windowSize > 1)
        options.append({u"windowsize"_s, QString::number(windowSize)});
    const auto download = fetch(u"fw.sbn"_s, options, windowSize);
    QVERIFY2(download.ok, qPrintable(download.error));
    QVERIFY(download.data == content);
    QCOMPARE(download.oack.value(0).second, QString::number(expected));
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000);
    QCOMPARE(finished.at(0).at(1).value<TftpTransferStats>().blockSize, expected);
    m_server.reset(); // its sockets live in the namespace the fixture is about to remove
}
#endif

void TestTftpServer::stopFromASlot_data()
{
    QTest::addColumn<QString>("signal");
    QTest::newRow("stopped from readRequested") << u"readRequested"_s;
    QTest::newRow("stopped from finished") << u"finished"_s;
    // progress is reported from inside the running transfer's ACK handling: stopping there must not delete the
    // transfer under its own feet.
    QTest::newRow("stopped from progress") << u"progress"_s;
}

void TestTftpServer::stopFromASlot()
{
    // The owner may stop the server from a slot that runs inside the socket set's read loop; nothing may touch the
    // stopped server's sockets or transfers afterwards.
    QFETCH(QString, signal);
    writeFile(u"a.bin"_s, randomBytes(100, 17));
    writeFile(u"b.bin"_s, randomBytes(5000, 18));
    writeFile(u"c.bin"_s, randomBytes(400 * 512, 19));
    TftpTransfer::Timing timing = fastTiming();
    timing.progressIntervalMs = 0; // every ACK reports progress
    startServer(timing);
    const auto stop = [this] { m_server->stop(); };
    if (signal == u"finished"_s)
        connect(m_server.get(), &TftpServer::finished, m_server.get(), stop);
    else if (signal == u"readRequested"_s)
        connect(m_server.get(), &TftpServer::readRequested, m_server.get(), stop);
    else
        connect(m_server.get(), &TftpServer::progress, m_server.get(), stop);
    QSignalSpy requested(m_server.get(), &TftpServer::readRequested);
    const quint16 serverPort = m_server->port();
    const bool completes = signal == u"finished"_s;
    const QString file = signal == u"progress"_s ? u"c.bin"_s : u"a.bin"_s;
    // A second, longer transfer runs while the first one ends (or is asked for).
    const auto outcome = runOffThread(
        [serverPort, completes, file] {
            TftpTestClient other;
            other.send(TftpPacket::readRequest(u"b.bin"_s).serialize(), loopback, serverPort);
            other.receive(2000);
            TftpTestClient client;
            return client.download(loopback, serverPort, file, {}, 1, completes ? 3000 : 500).ok;
        },
        20000);
    QVERIFY(outcome);
    // Only the run stopped by `finished` lets its download complete; the others stop the server under it.
    QCOMPARE(*outcome, completes);
    QTRY_VERIFY_WITH_TIMEOUT(!m_server->isListening(), 5000);
    QCOMPARE(m_server->activeTransfers(), 0);
    QCOMPARE(m_server->port(), quint16(0));
    QVERIFY(requested.size() >= 1);
    QTest::qWait(50); // let any deferred deletes and late datagrams run into the stopped server
    QVERIFY(!m_server->isListening());
}

QTEST_GUILESS_MAIN(TestTftpServer)
#include "tst_tftpserver.moc"
