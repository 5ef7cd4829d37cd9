#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

// Two network namespaces, "server" and "client", joined by a veth pair, for tests against real DHCP/TFTP
// peers. Nothing leaves the machine: the addresses live only inside the namespaces. The destructor always
// tears everything down (processes first, then the namespaces); namespaces left by a killed test run are
// removed by the next setUp().
//
//   NetnsFixture net;
//   SCCP2SIP_REQUIRE_ROOT();
//   QVERIFY2(net.setUp(), qPrintable(net.lastError()));
//   auto r = net.runInClient({"busybox", "ping", "-c1", "-W2", net.serverAddress()});
class NetnsFixture
{
public:
    struct Options
    {
        QString serverAddress = QStringLiteral("10.231.0.1");
        int prefixLength = 24;
        // Empty: the client side gets no address (it will ask our DHCP server for one).
        QString clientAddress = QStringLiteral("10.231.0.2");
        // Empty: the kernel's random MAC.
        QString clientMac;
        // Extra "phone" namespaces, one per MAC, for many-phone tests: each gets its own veth ("eth0" inside,
        // with that MAC, up, no address) whose other end joins a bridge in the server namespace. With phones,
        // the server address lives on that bridge (bridgeInterface()), and the classic client joins it too.
        QStringList phoneMacs;
    };
    struct RunResult
    {
        int exitCode = -1;
        bool timedOut = false;
        bool started = false;
        QByteArray standardOutput;
        QByteArray standardError;
        bool succeeded() const { return started && !timedOut && exitCode == 0; }
        QString describe() const; // for QVERIFY2 messages
    };

    NetnsFixture();
    explicit NetnsFixture(Options options);
    ~NetnsFixture();
    NetnsFixture(const NetnsFixture &) = delete;
    NetnsFixture &operator=(const NetnsFixture &) = delete;

    static bool isRoot();

    bool setUp();
    void tearDown();
    QString lastError() const { return m_lastError; }

    QString serverNamespace() const { return m_serverNs; }
    QString clientNamespace() const { return m_clientNs; }
    QString serverInterface() const { return m_serverIf; }
    QString clientInterface() const { return m_clientIf; }
    QString serverAddress() const { return m_options.serverAddress; }
    QString clientAddress() const { return m_options.clientAddress; }
    // Empty without phones. Bind servers here (SO_BINDTODEVICE) when phones are in play.
    QString bridgeInterface() const { return m_bridgeIf; }
    int phoneCount() const { return int(m_options.phoneMacs.size()); }
    QString phoneNamespace(int index) const;
    QString phoneInterface(int index) const;
    QString phoneMac(int index) const { return m_options.phoneMacs.value(index); }

    // Runs a command to completion inside a namespace, bounded by timeoutMs.
    RunResult runInServer(const QStringList &argv, int timeoutMs = 10000) const;
    RunResult runInClient(const QStringList &argv, int timeoutMs = 10000) const;
    RunResult runInPhone(int index, const QStringList &argv, int timeoutMs = 10000) const;
    // Starts a long-running command inside a namespace; the fixture stops it at teardown.
    QProcess *startInServer(const QStringList &argv);
    QProcess *startInClient(const QStringList &argv);
    QProcess *startInPhone(int index, const QStringList &argv);

    // Moves the calling thread into the server namespace, so servers created afterwards in this process (and
    // threads it starts) bind there; tearDown() moves it back. Lets a test drive our server in-process while
    // real clients run in the client namespace (wait on startInClient() with QSignalSpy, not runInClient(),
    // so the server's event loop keeps running).
    bool enterServerNamespace();

    // Runs a command on the host (used for `ip` itself), bounded by timeoutMs.
    static RunResult runOnHost(const QStringList &argv, int timeoutMs = 10000);

private:
    RunResult runIn(const QString &ns, const QStringList &argv, int timeoutMs) const;
    QProcess *startIn(const QString &ns, const QStringList &argv);
    bool step(const QStringList &argv);
    bool setUpPhones();
    QStringList allNamespaces() const;
    static void removeStaleNamespaces();

    Options m_options;
    QString m_serverNs;
    QString m_clientNs;
    QString m_serverIf;
    QString m_clientIf;
    QString m_bridgeIf;
    QString m_lastError;
    bool m_created = false;
    int m_originalNamespaceFd = -1;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

// Namespace tests need root (CAP_NET_ADMIN). Without it they are skipped with the reason, never passed.
#define SCCP2SIP_REQUIRE_ROOT()                                                                                        \
    do {                                                                                                               \
        if (!NetnsFixture::isRoot())                                                                                   \
            QSKIP("needs root to create network namespaces: run scripts/test as root (sudo) or in CI");                \
    } while (false)
