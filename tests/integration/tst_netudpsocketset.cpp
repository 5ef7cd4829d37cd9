// Both socket-set implementations (epoll and portable) against the same rows: opening, batching, nested reads,
// closing from inside a handler, descriptors. One suite so each row runs on both; hence the length.
#include "core/net/netudpsocketset.h"
#ifdef Q_OS_LINUX
#include "core/net/netepollsocketset.h"
#endif
#include "tests/support/openhandles.h"

#include <QDir>
#include <QEventLoop>
#include <QNetworkDatagram>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QUdpSocket>

#include <atomic>
#include <memory>
#include <thread>

using namespace Qt::StringLiterals;
using PacketSizes = QList<std::pair<int, int>>;

Q_DECLARE_METATYPE(PacketSizes)

namespace {

const quint32 loopback = QHostAddress(QHostAddress::LocalHost).toIPv4Address();

NetPlatform::UdpBindRequest loopbackRequest(quint16 port = 0)
{
    NetPlatform::UdpBindRequest request;
    request.address = QHostAddress::LocalHost;
    request.port = port;
    request.broadcast = false;
    return request;
}

struct Received
{
    int socket;
    QByteArray bytes;
    quint32 from;
    quint16 fromPort;
    quint32 to;
    int interfaceIndex;
};

} // namespace

// Both NetUdpSocketSet backends on loopback: what goes out is exactly what was asked (head + body, batches and
// GSO windows), what comes in carries its sender, and a handler may close or read sockets while being called.
class TestNetUdpSocketSet : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanup();
    void openAndClose();
    void portInUse();
    void sendsWhatWasAsked_data();
    void sendsWhatWasAsked();
    void handlerSeesSenderAndDestination();
    void transferSocketGetsEveryDatagramOfABurst();
    void answersFromAHandlerLeaveInOrderEvenIfItCloses();
    void handlerClosingItsSocketDropsTheRest();
    void receiveNowFromInsideTheHandler();
    void descriptorsReleased();
    void socketClosedByItsHandlerIsReleased_data();
    void socketClosedByItsHandlerIsReleased();
    void busyPollPingPong_data();
    void busyPollPingPong();

private:
    std::unique_ptr<NetUdpSocketSet> m_set;
    QList<Received> m_received;
};

void TestNetUdpSocketSet::initTestCase_data()
{
    QTest::addColumn<int>("backend");
    QTest::newRow("native") << int(NetUdpSocketSet::Backend::Native);
    QTest::newRow("portable") << int(NetUdpSocketSet::Backend::Portable);
}

void TestNetUdpSocketSet::init()
{
    QFETCH_GLOBAL(int, backend);
    m_set = NetUdpSocketSet::create(NetUdpSocketSet::Backend(backend));
    m_received.clear();
    m_set->setHandler([this](const NetUdpSocketSet::Datagram &d) {
        m_received.append({d.socket, d.bytes.toByteArray(), d.from, d.fromPort, d.to, d.interfaceIndex});
    });
}

void TestNetUdpSocketSet::cleanup()
{
    m_set.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

void TestNetUdpSocketSet::openAndClose()
{
    const auto a = m_set->open(loopbackRequest());
    const auto b = m_set->open(loopbackRequest());
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    QVERIFY(m_set->localPort(*a) != 0);
    QVERIFY(m_set->localPort(*a) != m_set->localPort(*b));
    QCOMPARE(m_set->count(), 2);
    m_set->close(*a);
    QCOMPARE(m_set->count(), 1);
    QCOMPARE(m_set->localPort(*a), quint16(0));
    m_set->close(*a); // twice, and an id never opened: nothing happens
    m_set->close(123456);
    QCOMPARE(m_set->count(), 1);
    QCOMPARE(m_set->send(*a, "x", loopback, 9), 0);
}

void TestNetUdpSocketSet::portInUse()
{
    const auto first = m_set->open(loopbackRequest());
    QVERIFY(first.ok());
    const auto second = m_set->open(loopbackRequest(m_set->localPort(*first)));
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code(), ErrorCode::PortInUse);
    QCOMPARE(m_set->count(), 1);
}

void TestNetUdpSocketSet::sendsWhatWasAsked_data()
{
    // Each packet: head size, body size (DATA header + block). Equal sizes with a shorter last one can leave as one
    // GSO send on Linux; the rest as sendmmsg or one by one.
    QTest::addColumn<PacketSizes>("packets");
    using L = PacketSizes;
    QTest::newRow("one packet") << L{{4, 512}};
    QTest::newRow("head only") << L{{20, 0}};
    QTest::newRow("window of 8 full blocks") << L(8, {4, 1468});
    L shortLast(7, {4, 1468});
    shortLast.append({4, 100});
    QTest::newRow("window ending in a short block") << shortLast;
    L emptyLast(5, {4, 512});
    emptyLast.append({4, 0});
    QTest::newRow("window ending in an empty block") << emptyLast;
    QTest::newRow("larger one in the middle") << L{{4, 512}, {4, 1000}, {4, 512}, {4, 512}};
    QTest::newRow("64 tiny blocks") << L(64, {4, 8});
    QTest::newRow("100 blocks: more than one batch") << L(100, {4, 512});
    QTest::newRow("more than 64 KiB in one window") << L(60, {4, 1468});
    QTest::newRow("two large blocks") << L(2, {4, 40000});
}

void TestNetUdpSocketSet::sendsWhatWasAsked()
{
    QFETCH(PacketSizes, packets);
    QUdpSocket receiver;
    QVERIFY(receiver.bind(QHostAddress::LocalHost, 0));
    receiver.setSocketOption(QAbstractSocket::ReceiveBufferSizeSocketOption, QVariant(8 * 1024 * 1024));
    const auto socket = m_set->open(loopbackRequest());
    QVERIFY(socket.ok());

    QList<QByteArray> heads;
    QList<QByteArray> bodies;
    QList<NetUdpSocketSet::Packet> out;
    for (int i = 0; i < packets.size(); ++i) {
        heads.append(QByteArray(packets[i].first, char('A' + i % 26)));
        bodies.append(QByteArray(packets[i].second, char('a' + i % 26)));
    }
    for (int i = 0; i < packets.size(); ++i)
        out.append({heads[i], bodies[i]});
    const int sent = m_set->send(*socket, std::span<const NetUdpSocketSet::Packet>(out.constData(), size_t(out.size())),
                                 loopback, receiver.localPort());
    QCOMPARE(sent, int(packets.size()));

    QList<QByteArray> got;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            while (receiver.hasPendingDatagrams())
                got.append(receiver.receiveDatagram(70000).data());
            return got.size() >= packets.size();
        }(),
        5000);
    QCOMPARE(got.size(), packets.size());
    for (int i = 0; i < packets.size(); ++i)
        QVERIFY2(got[i] == heads[i] + bodies[i], qPrintable(u"datagram %1"_s.arg(i)));
}

void TestNetUdpSocketSet::handlerSeesSenderAndDestination()
{
    const auto socket = m_set->open(loopbackRequest());
    QVERIFY(socket.ok());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(client.writeDatagram("hello", QHostAddress::LocalHost, m_set->localPort(*socket)), qint64(5));
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 1, 5000);
    const Received &r = m_received.first();
    QCOMPARE(r.socket, *socket);
    QCOMPARE(r.bytes, QByteArray("hello"));
    QCOMPARE(r.from, loopback);
    QCOMPARE(r.fromPort, client.localPort());
    QCOMPARE(r.to, loopback);
    QVERIFY(r.interfaceIndex > 0);

    // Replies go where they are told, from the socket's own port (its TID).
    QCOMPARE(m_set->send(*socket, "back", r.from, r.fromPort), 1);
    QTRY_VERIFY_WITH_TIMEOUT(client.hasPendingDatagrams(), 5000);
    const QNetworkDatagram reply = client.receiveDatagram();
    QCOMPARE(reply.data(), QByteArray("back"));
    QCOMPARE(quint16(reply.senderPort()), m_set->localPort(*socket));
}

// A socket that does not ask where datagrams arrived (a transfer's) is read one datagram per readiness on the
// native backend: a burst still arrives whole, in order, with its sender.
void TestNetUdpSocketSet::transferSocketGetsEveryDatagramOfABurst()
{
    NetPlatform::UdpBindRequest request = loopbackRequest();
    request.packetInfo = false;
    const auto socket = m_set->open(request);
    QVERIFY(socket.ok());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    constexpr int kBurst = 40;
    for (int i = 0; i < kBurst; ++i) {
        const QByteArray payload = "ack " + QByteArray::number(i);
        QCOMPARE(client.writeDatagram(payload, QHostAddress::LocalHost, m_set->localPort(*socket)),
                 qint64(payload.size()));
    }
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), kBurst, 5000);
    for (int i = 0; i < kBurst; ++i) {
        const Received &r = m_received.at(i);
        QCOMPARE(r.socket, *socket);
        QCOMPARE(r.bytes, "ack " + QByteArray::number(i));
        QCOMPARE(r.from, loopback);
        QCOMPARE(r.fromPort, client.localPort());
    }
}

// A handler's answers may be held back to leave together after the read pass (native backend): they still leave,
// in order, from the socket they were sent on -- also when the handler closes that socket right after sending and
// a new socket (perhaps with the same descriptor number) opens in the same pass.
void TestNetUdpSocketSet::answersFromAHandlerLeaveInOrderEvenIfItCloses()
{
    NetPlatform::UdpBindRequest request = loopbackRequest();
    request.packetInfo = false;
    const auto first = m_set->open(request);
    const auto second = m_set->open(request);
    QVERIFY(first.ok() && second.ok());
    const quint16 firstPort = m_set->localPort(*first);
    const quint16 secondPort = m_set->localPort(*second);
    std::optional<int> replacement;
    m_set->setHandler([&](const NetUdpSocketSet::Datagram &d) {
        if (d.socket == *first) {
            m_set->send(*first, "one", d.from, d.fromPort);
            m_set->send(*first, "two", d.from, d.fromPort);
            m_set->send(*first, "last words", d.from, d.fromPort);
            m_set->close(*first);
            const auto reopened = m_set->open(request);
            if (reopened.ok())
                replacement = *reopened;
        } else if (d.socket == *second) {
            m_set->send(*second, "three", d.from, d.fromPort);
        }
    });
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QCOMPARE(client.writeDatagram("go", QHostAddress::LocalHost, firstPort), qint64(2));
    QCOMPARE(client.writeDatagram("go", QHostAddress::LocalHost, secondPort), qint64(2));
    QList<std::pair<QByteArray, quint16>> got;
    const auto drain = [&] {
        while (client.hasPendingDatagrams()) {
            const QNetworkDatagram d = client.receiveDatagram();
            got.append({d.data(), quint16(d.senderPort())});
        }
        return got.size();
    };
    QTRY_VERIFY_WITH_TIMEOUT(drain() >= 4, 5000);
    QTest::qWait(50); // nothing more may arrive (least of all from the replacement's port)
    drain();
    QVERIFY(replacement.has_value());
    const QList<std::pair<QByteArray, quint16>> fromFirst = [&] {
        QList<std::pair<QByteArray, quint16>> out;
        for (const auto &g : std::as_const(got))
            if (g.second == firstPort)
                out.append(g);
        return out;
    }();
    QCOMPARE(fromFirst.size(), 3);
    QCOMPARE(fromFirst.at(0).first, QByteArray("one"));
    QCOMPARE(fromFirst.at(1).first, QByteArray("two"));
    QCOMPARE(fromFirst.at(2).first, QByteArray("last words"));
    QCOMPARE(got.size(), 4);
    QVERIFY(got.contains(std::pair<QByteArray, quint16>("three", secondPort)));
}

void TestNetUdpSocketSet::handlerClosingItsSocketDropsTheRest()
{
    const auto first = m_set->open(loopbackRequest());
    QVERIFY(first.ok());
    const quint16 firstPort = m_set->localPort(*first);
    int calls = 0;
    std::optional<int> reopened;
    m_set->setHandler([&](const NetUdpSocketSet::Datagram &d) {
        ++calls;
        m_received.append({d.socket, d.bytes.toByteArray(), d.from, d.fromPort, d.to, d.interfaceIndex});
        if (d.socket == *first) {
            // Closing and opening at once: the new socket may get the old descriptor number.
            m_set->close(*first);
            const auto again = m_set->open(loopbackRequest());
            if (again)
                reopened = *again;
        }
    });
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    for (int i = 0; i < 5; ++i)
        QVERIFY(client.writeDatagram(QByteArray::number(i), QHostAddress::LocalHost, firstPort) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 1, 5000);
    QTest::qWait(100);
    QCOMPARE(calls, 1); // the other four were queued on the closed socket and are gone
    QVERIFY(reopened);
    QVERIFY(client.writeDatagram("new", QHostAddress::LocalHost, m_set->localPort(*reopened)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(calls, 2, 5000);
    QCOMPARE(m_received.last().socket, *reopened);
    QCOMPARE(m_received.last().bytes, QByteArray("new"));
}

void TestNetUdpSocketSet::receiveNowFromInsideTheHandler()
{
    const auto a = m_set->open(loopbackRequest());
    const auto b = m_set->open(loopbackRequest());
    QVERIFY(a.ok() && b.ok());
    bool lookedBehind = false;
    m_set->setHandler([&](const NetUdpSocketSet::Datagram &d) {
        m_received.append({d.socket, d.bytes.toByteArray(), d.from, d.fromPort, d.to, d.interfaceIndex});
        // Like the TFTP server reading a transfer's final ACK before a new request from the same client. Which
        // socket the loop serves first is the platform's choice (Windows may pick b); the other one is read now.
        if (!lookedBehind) {
            lookedBehind = true;
            m_set->receiveNow(d.socket == *a ? *b : *a);
        }
    });
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    // All six are queued before the event loop runs, so the nested read happens while one batch is being handed out.
    for (const char *text : {"a1", "a2", "a3"})
        QVERIFY(client.writeDatagram(text, QHostAddress::LocalHost, m_set->localPort(*a)) > 0);
    for (const char *text : {"b1", "b2", "b3"})
        QVERIFY(client.writeDatagram(text, QHostAddress::LocalHost, m_set->localPort(*b)) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_received.size(), 6, 5000);
    QStringList order;
    for (const Received &r : std::as_const(m_received))
        order.append(QString::fromLatin1(r.bytes) + (r.socket == (r.bytes.startsWith('a') ? *a : *b) ? u""_s : u"?"_s));
    // The first socket's later datagrams are intact after the nested read: each nesting level has its own buffers.
    const QString first = order.constFirst().left(1);
    const QString other = first == u"a"_s ? u"b"_s : u"a"_s;
    QCOMPARE(order, (QStringList{first + u"1"_s, other + u"1"_s, other + u"2"_s, other + u"3"_s, first + u"2"_s,
                                 first + u"3"_s}));
}

void TestNetUdpSocketSet::descriptorsReleased()
{
    if (openHandleCount() < 0)
        QSKIP(
            "no handle count here: needs /proc/self/fd (Linux) or GetProcessHandleCount (Windows; Wine returns none)");
    // The first open may create the set's own descriptors (the epoll instance exists already; Qt may allocate).
    const auto warm = m_set->open(loopbackRequest());
    QVERIFY(warm.ok());
    m_set->close(*warm);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int before = openHandleCount();
    QList<int> sockets;
    for (int i = 0; i < 100; ++i) {
        const auto s = m_set->open(loopbackRequest());
        QVERIFY(s.ok());
        sockets.append(*s);
    }
    QCOMPARE(openHandleCount(), before + 100);
    for (const int s : std::as_const(sockets))
        m_set->close(s);
    QCOMPARE(m_set->count(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(openHandleCount(), before, 5000);
}

void TestNetUdpSocketSet::socketClosedByItsHandlerIsReleased_data()
{
    QTest::addColumn<int>("datagramsAfterClose");
    QTest::newRow("quiet after the close") << 0;
    QTest::newRow("its port still written to") << 20;
}

// A handler closing its own socket (a transfer's last ACK) may have the close put off until the set is idle: the
// descriptor still goes, whether or not anything arrives afterwards, and the other sockets keep being served.
void TestNetUdpSocketSet::socketClosedByItsHandlerIsReleased()
{
    QFETCH(int, datagramsAfterClose);
    if (openHandleCount() < 0)
        QSKIP(
            "no handle count here: needs /proc/self/fd (Linux) or GetProcessHandleCount (Windows; Wine returns none)");
    NetPlatform::UdpBindRequest request = loopbackRequest();
    request.packetInfo = false;
    const auto other = m_set->open(request);
    QVERIFY(other.ok());
    QUdpSocket client;
    QVERIFY(client.bind(QHostAddress::LocalHost, 0));
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    const int before = openHandleCount();
    const auto closing = m_set->open(request);
    QVERIFY(closing.ok());
    const quint16 closingPort = m_set->localPort(*closing);
    const quint16 otherPort = m_set->localPort(*other);
    int closingCalls = 0;
    int otherCalls = 0;
    m_set->setHandler([&](const NetUdpSocketSet::Datagram &d) {
        if (d.socket == *closing) {
            ++closingCalls;
            m_set->send(*closing, "bye", d.from, d.fromPort);
            m_set->close(*closing);
        } else if (d.socket == *other) {
            ++otherCalls;
        }
    });
    QVERIFY(client.writeDatagram("last", QHostAddress::LocalHost, closingPort) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(closingCalls, 1, 5000);
    for (int i = 0; i < datagramsAfterClose; ++i)
        client.writeDatagram("late", QHostAddress::LocalHost, closingPort);
    QVERIFY(client.writeDatagram("still here", QHostAddress::LocalHost, otherPort) > 0);
    QTRY_COMPARE_WITH_TIMEOUT(otherCalls, 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(client.hasPendingDatagrams(), 5000);
    QCOMPARE(client.receiveDatagram().data(), QByteArray("bye"));
    QCOMPARE(m_set->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(openHandleCount(), before, 5000);
    QCOMPARE(closingCalls, 1); // nothing sent after the close reached the handler
}

void TestNetUdpSocketSet::busyPollPingPong_data()
{
    QTest::addColumn<int>("budgetMicros");
    QTest::newRow("off") << 0;
    QTest::newRow("1 ms") << 1000;
}

// A peer on another thread echoes every datagram at once, the way a lock-step client ACKs on loopback. Whatever
// the budget, every round trip completes; on the native backend a budget makes the set catch echoes while
// spinning, and no budget never spins.
void TestNetUdpSocketSet::busyPollPingPong()
{
    QFETCH_GLOBAL(int, backend);
    QFETCH(int, budgetMicros);
    constexpr int kRoundTrips = 200;
    m_set->setBusyPoll(std::chrono::microseconds(budgetMicros));

    std::atomic<quint16> echoPort{0};
    std::atomic<bool> stop{false};
    std::thread echo([&] {
        QUdpSocket socket;
        if (!socket.bind(QHostAddress::LocalHost, 0))
            return;
        echoPort = socket.localPort();
        while (!stop) {
            if (!socket.waitForReadyRead(50))
                continue;
            while (socket.hasPendingDatagrams()) {
                const QNetworkDatagram d = socket.receiveDatagram();
                socket.writeDatagram(d.data(), d.senderAddress(), quint16(d.senderPort()));
            }
        }
    });
    const auto stopEcho = qScopeGuard([&] {
        stop = true;
        echo.join();
    });
    QTRY_VERIFY_WITH_TIMEOUT(echoPort != 0, 5000);
    // The listener-like first socket: spinning only starts while a second one (a transfer) is open.
    const auto first = m_set->open(loopbackRequest());
    const auto pinger = m_set->open(loopbackRequest());
    QVERIFY(first.ok() && pinger.ok());
    int echoed = 0;
    // A real event loop, not QTRY (which sleeps 10 ms between looks and would measure that instead).
    QEventLoop loop;
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    m_set->setHandler([&](const NetUdpSocketSet::Datagram &d) {
        if (d.socket != *pinger || d.bytes != QByteArrayView("ping"))
            return;
        if (++echoed < kRoundTrips)
            m_set->send(*pinger, "ping", loopback, echoPort);
        else
            loop.quit();
    });
    m_set->send(*pinger, "ping", loopback, echoPort);
    loop.exec();
    QCOMPARE(echoed, kRoundTrips);

#ifdef Q_OS_LINUX
    if (NetUdpSocketSet::Backend(backend) == NetUdpSocketSet::Backend::Native) {
        const auto *native = dynamic_cast<const NetEpollSocketSet *>(m_set.get());
        QVERIFY(native);
        const NetEpollSocketSet::BusyPollStats stats = native->busyPollStats();
        if (budgetMicros == 0) {
            QCOMPARE(stats.spins, quint64(0));
        } else {
            QVERIFY(stats.spins > 0);
            QVERIFY2(stats.hits > 0, qPrintable(u"%1 spins, none caught an echo"_s.arg(stats.spins)));
        }
    }
#else
    Q_UNUSED(backend)
#endif
}

QTEST_GUILESS_MAIN(TestNetUdpSocketSet)
#include "tst_netudpsocketset.moc"
