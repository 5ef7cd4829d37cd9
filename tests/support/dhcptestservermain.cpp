// dhcp-test-server: runs one DhcpServer in its own process, for the kill -9 suite, the interop suites and the
// bench (benchmarks/dhcp/). Prints "listening <port>" once serving, then one line per event, and runs until killed.
#include "core/bench/phonesonlyadmission.h"
#include "core/dhcp/dhcpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption interface(u"interface"_qs, u"bench card name or address"_qs, u"card"_qs);
    const QCommandLineOption bind(u"bind"_qs, u"bind address without a card"_qs, u"address"_qs);
    const QCommandLineOption port(u"port"_qs, u"server port (0: any)"_qs, u"port"_qs, u"67"_qs);
    const QCommandLineOption serverAddress(u"server-address"_qs, u"our address without a card"_qs, u"address"_qs);
    const QCommandLineOption prefix(u"prefix"_qs, u"prefix length without a card"_qs, u"bits"_qs);
    const QCommandLineOption poolFirst(u"pool-first"_qs, u"first dynamic address"_qs, u"address"_qs);
    const QCommandLineOption poolLast(u"pool-last"_qs, u"last dynamic address"_qs, u"address"_qs);
    const QCommandLineOption stateDir(u"state-dir"_qs, u"lease journal directory"_qs, u"dir"_qs);
    const QCommandLineOption leaseTime(u"lease-time"_qs, u"seconds"_qs, u"secs"_qs, u"3600"_qs);
    const QCommandLineOption unicast(u"unicast"_qs, u"reply to the sender (loopback)"_qs);
    const QCommandLineOption noGating(u"no-gating"_qs, u"serve every client, not only phones"_qs);
    const QCommandLineOption noProbe(u"no-probe"_qs, u"skip the foreign-server probe"_qs);
    const QCommandLineOption quiet(u"quiet"_qs, u"no per-event lines (benchmarks)"_qs);
    const QCommandLineOption ackSyncWait(u"ack-sync-wait"_qs, u"ms an uncovered ACK waits for its sync (-1: always)"_qs,
                                         u"ms"_qs, u"-1"_qs);
    const QCommandLineOption noConflictProbe(u"no-conflict-probe"_qs, u"no ARP probe before offers"_qs);
    parser.addOptions({interface, bind, port, serverAddress, prefix, poolFirst, poolLast, stateDir, leaseTime, unicast,
                       noGating, noProbe, quiet, ackSyncWait, noConflictProbe});
    parser.process(app);
    if (parser.isSet(quiet))
        QLoggingCategory::setFilterRules(u"sccp2sip.*.info=false"_qs);

    DhcpServerConfig config;
    config.interface = parser.value(interface);
    if (parser.isSet(bind))
        config.bindAddress = QHostAddress(parser.value(bind));
    config.port = quint16(parser.value(port).toUInt());
    if (parser.isSet(serverAddress))
        config.serverAddress = QHostAddress(parser.value(serverAddress));
    if (parser.isSet(prefix))
        config.prefixLength = parser.value(prefix).toInt();
    if (parser.isSet(poolFirst)) {
        config.poolFirst = QHostAddress(parser.value(poolFirst));
        config.poolLast = QHostAddress(parser.value(poolLast));
    }
    config.stateDirectory = parser.value(stateDir);
    config.leaseTimeSecs = parser.value(leaseTime).toInt();
    if (parser.isSet(unicast))
        config.delivery = DhcpReplyDelivery(DhcpReplyDelivery::Mode::UnicastToSender);
    if (!parser.isSet(noGating))
        config.admit = phonesOnlyAdmission();
    config.probeForeignServers = !parser.isSet(noProbe);
    config.ackMaxSyncWaitMs = parser.value(ackSyncWait).toInt();
    config.conflictCheck = !parser.isSet(noConflictProbe);

    QTextStream out(stdout);
    DhcpServer server(config);
    const bool verbose = !parser.isSet(quiet);
    auto line = [&out](const QString &text) {
        out << text << Qt::endl; // flushed: the parent reads line by line
    };
    QObject::connect(&server, &DhcpServer::serving, &app, [&] { line(u"listening %1"_qs.arg(server.port())); });
    QObject::connect(&server, &DhcpServer::failed, &app, [&](const Error &error) {
        line(u"failed "_qs + error.toLogString());
        app.exit(2);
    });
    if (verbose) {
        QObject::connect(&server, &DhcpServer::leased, &app, [&](const MacAddress &mac, const QHostAddress &ip) {
            line(u"leased %1 %2"_qs.arg(mac.toColon(), ip.toString()));
        });
        QObject::connect(&server, &DhcpServer::clientIgnored, &app,
                         [&](const MacAddress &mac, const QString &vendorClass, const QString &) {
                             line(u"ignored %1 %2"_qs.arg(mac.toColon(), vendorClass));
                         });
    }
    const Result<void> started = server.start();
    if (!started) {
        line(u"failed "_qs + started.error().toLogString());
        return 1;
    }
    return app.exec();
}
