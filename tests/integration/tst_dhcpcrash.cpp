#include "core/dhcp/dhcpleasestore.h"
#include "core/dhcp/dhcpmessage.h"
#include "tests/support/dhcptestclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QNetworkDatagram>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <csignal>

using Type = DhcpMessage::Type;

// kill -9 during a storm of REQUESTs, then restart: every lease the server ACKed is still there. The server
// runs in its own process (dhcp-test-server) on loopback, so SIGKILL hits it at an arbitrary instant.
class TestDhcpCrash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void killDuringStormLosesNoAckedLease_data();
    void killDuringStormLosesNoAckedLease();
    void killAfterOfferKeepsAddressWithClient();

private:
    std::unique_ptr<QProcess> startServer(const QString &stateDir, quint16 &port);
};

std::unique_ptr<QProcess> TestDhcpCrash::startServer(const QString &stateDir, quint16 &port)
{
    auto process = std::make_unique<QProcess>();
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(QStringLiteral(SCCP2SIP_DHCP_TEST_SERVER),
                   {QStringLiteral("--bind"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                    QStringLiteral("0"), QStringLiteral("--server-address"), QStringLiteral("127.0.0.1"),
                    QStringLiteral("--prefix"), QStringLiteral("8"), QStringLiteral("--pool-first"),
                    QStringLiteral("127.1.0.1"), QStringLiteral("--pool-last"), QStringLiteral("127.1.15.254"),
                    QStringLiteral("--state-dir"), stateDir, QStringLiteral("--unicast"), QStringLiteral("--no-probe"),
                    QStringLiteral("--quiet")});
    if (!process->waitForStarted(5000))
        return nullptr;
    QByteArray line;
    const bool ready = QTest::qWaitFor(
        [&] {
            if (!process->canReadLine())
                return false;
            line = process->readLine().trimmed();
            return true;
        },
        10000);
    if (!ready || !line.startsWith("listening "))
        return nullptr;
    port = quint16(line.mid(10).toUInt());
    return process;
}

void TestDhcpCrash::killDuringStormLosesNoAckedLease_data()
{
    QTest::addColumn<int>("killAfterAcks");
    QTest::newRow("early") << 20;
    QTest::newRow("mid-storm") << 400;
    QTest::newRow("late") << 1500;
}

void TestDhcpCrash::killDuringStormLosesNoAckedLease()
{
    QFETCH(int, killAfterAcks);
    QTemporaryDir state;
    QVERIFY(state.isValid());
    quint16 port = 0;
    auto server = startServer(state.path(), port);
    QVERIFY(server);

    // The storm: up to 4,000 phones with 128 exchanges in flight; a DISCOVER whose exchange did not finish
    // within 300 ms (a datagram dropped under load) is sent again, as a phone would.
    constexpr int kClients = 4000;
    constexpr int kWindow = 128;
    QUdpSocket socket;
    QVERIFY(socket.bind(QHostAddress::LocalHost, 0));
    QHash<MacAddress, quint32> acked;
    QHash<int, qint64> inFlight; // client number -> last DISCOVER sent (ms)
    QElapsedTimer clock;
    clock.start();
    int nextClient = 0;
    auto sendDiscover = [&](int n) {
        DhcpMessage discover = DhcpTestClient::phoneMessage(Type::Discover, DhcpTestClient::mac(n));
        discover.xid = quint32(n + 1);
        socket.writeDatagram(discover.serialize(), QHostAddress::LocalHost, port);
        inFlight.insert(n, clock.elapsed());
    };
    auto fillWindow = [&] {
        while (inFlight.size() < kWindow && nextClient < kClients)
            sendDiscover(nextClient++);
    };
    connect(&socket, &QUdpSocket::readyRead, this, [&] {
        while (socket.hasPendingDatagrams()) {
            const auto reply = DhcpMessage::parse(socket.receiveDatagram().data());
            if (!reply || !reply->clientMac())
                continue;
            const MacAddress mac = *reply->clientMac();
            if (reply->type() == Type::Offer) {
                DhcpMessage request = DhcpTestClient::phoneMessage(Type::Request, mac);
                request.xid = reply->xid;
                request.setOption(DhcpMessage::ServerIdentifier, reply->option(DhcpMessage::ServerIdentifier));
                request.setOption(DhcpMessage::RequestedAddress, DhcpMessage::encodeAddress(reply->yiaddr));
                socket.writeDatagram(request.serialize(), QHostAddress::LocalHost, port);
            } else if (reply->type() == Type::Ack) {
                acked.insert(mac, reply->yiaddr);
                inFlight.remove(int(reply->xid) - 1);
            }
        }
        fillWindow();
    });
    QTimer resend;
    connect(&resend, &QTimer::timeout, this, [&] {
        const qint64 now = clock.elapsed();
        const QList<int> stale = inFlight.keys();
        for (int n : stale) {
            if (now - inFlight.value(n) > 300)
                sendDiscover(n);
        }
    });
    resend.start(100);
    fillWindow();
    QTRY_VERIFY_WITH_TIMEOUT(acked.size() >= killAfterAcks, 30000);
    // Requests are still in flight: the process dies in the middle of reading, committing or answering.
    server->kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to flush anything
    QVERIFY(server->waitForFinished(5000));
    QCOMPARE(server->exitStatus(), QProcess::CrashExit);
    socket.disconnect(this);
    resend.stop();
    QTest::qWait(50);
    while (socket.hasPendingDatagrams()) {
        // ACKs already sent when the process died count too.
        const auto reply = DhcpMessage::parse(socket.receiveDatagram().data());
        if (reply && reply->type() == Type::Ack && reply->clientMac())
            acked.insert(*reply->clientMac(), reply->yiaddr);
    }
    QVERIFY(acked.size() >= killAfterAcks);

    // The journal holds every acknowledged lease.
    {
        DhcpLeaseStore store(state.path());
        const auto leases = store.open();
        QVERIFY2(leases, qPrintable(leases.error().toLogString()));
        QHash<MacAddress, quint32> stored;
        for (const DhcpLease &lease : leases.value())
            stored.insert(lease.mac, lease.address);
        int missing = 0;
        for (auto it = acked.cbegin(); it != acked.cend(); ++it) {
            if (stored.value(it.key()) != it.value())
                ++missing;
        }
        QCOMPARE(missing, 0);
        QCOMPARE(store.skippedLines(), 0);
    }

    // And the restarted server honours them: INIT-REBOOT of a sample gets ACK, never NAK.
    auto restarted = startServer(state.path(), port);
    QVERIFY(restarted);
    DhcpTestClient client(port);
    QVERIFY(client.bind());
    int checked = 0;
    for (auto it = acked.cbegin(); it != acked.cend() && checked < 25; ++it, ++checked) {
        DhcpMessage reboot = DhcpTestClient::phoneMessage(Type::Request, it.key());
        reboot.setOption(DhcpMessage::RequestedAddress, DhcpMessage::encodeAddress(it.value()));
        const auto reply = client.exchange(reboot);
        QVERIFY(reply);
        QCOMPARE(reply->type(), Type::Ack);
        QCOMPARE(reply->yiaddr, it.value());
    }
    restarted->kill();
    restarted->waitForFinished(5000);
}

void TestDhcpCrash::killAfterOfferKeepsAddressWithClient()
{
    // The OFFER's journal record (written so that the ACK need not wait for a sync) restores, after a crash,
    // as a lease for the client it was offered to: that client still gets the address, nobody else does.
    QTemporaryDir state;
    QVERIFY(state.isValid());
    quint16 port = 0;
    auto server = startServer(state.path(), port);
    QVERIFY(server);
    DhcpTestClient client(port);
    QVERIFY(client.bind());
    const MacAddress offeredTo = DhcpTestClient::mac(7001);
    const auto offer = client.exchange(DhcpTestClient::phoneMessage(Type::Discover, offeredTo));
    QVERIFY(offer);
    QCOMPARE(offer->type(), Type::Offer);
    // Wait (bounded) until the record is in the journal file, then kill: no REQUEST was ever answered.
    const QString journal = QDir(state.path()).filePath(QStringLiteral("leases.journal"));
    auto journalHoldsOffer = [&] {
        QFile file(journal);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray &line : file.readAll().split('\n')) {
            DhcpLease lease;
            bool bound = false;
            if (DhcpLeaseStore::decode(line + '\n', lease, bound) && bound && lease.mac == offeredTo)
                return lease.address == offer->yiaddr;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(journalHoldsOffer(), 5000);
    server->kill(); // SIGKILL on Unix, TerminateProcess on Windows: no chance to flush anything
    QVERIFY(server->waitForFinished(5000));

    auto restarted = startServer(state.path(), port);
    QVERIFY(restarted);
    DhcpTestClient after(port);
    QVERIFY(after.bind());
    // Another client is neither offered the address nor allowed to claim it.
    const auto other = after.exchange(DhcpTestClient::phoneMessage(Type::Discover, DhcpTestClient::mac(7002)));
    QVERIFY(other);
    QCOMPARE(other->type(), Type::Offer);
    QVERIFY(other->yiaddr != offer->yiaddr);
    DhcpMessage claim = DhcpTestClient::phoneMessage(Type::Request, DhcpTestClient::mac(7003));
    claim.setOption(DhcpMessage::RequestedAddress, DhcpMessage::encodeAddress(offer->yiaddr));
    const auto nak = after.exchange(claim);
    QVERIFY(nak);
    QCOMPARE(nak->type(), Type::Nak);
    // The client the address was offered to completes its exchange with the restarted server.
    DhcpMessage request = DhcpTestClient::phoneMessage(Type::Request, offeredTo);
    request.setOption(DhcpMessage::ServerIdentifier, offer->option(DhcpMessage::ServerIdentifier));
    request.setOption(DhcpMessage::RequestedAddress, DhcpMessage::encodeAddress(offer->yiaddr));
    const auto ack = after.exchange(request);
    QVERIFY(ack);
    QCOMPARE(ack->type(), Type::Ack);
    QCOMPARE(ack->yiaddr, offer->yiaddr);
    restarted->kill();
    restarted->waitForFinished(5000);
}

QTEST_GUILESS_MAIN(TestDhcpCrash)
#include "tst_dhcpcrash.moc"
