#include "app/cli/tftpcommand.h"

#include "app/cli/clierrors.h"
#include "core/tftp/tftpdirectorysource.h"
#include "core/tftp/tftpserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>
#include <QTimer>

#include <csignal>

namespace {

volatile std::sig_atomic_t s_stopRequested = 0;

void requestStop(int)
{
    // Only a flag: nothing else is async-signal-safe. A timer in the event loop notices it.
    s_stopRequested = 1;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Serve a folder read-only over TFTP until interrupted."));
    parser.addHelpOption();
    const QCommandLineOption root(QStringLiteral("root"), QStringLiteral("Folder to serve."), QStringLiteral("dir"));
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("Address to bind (default 0.0.0.0)."),
                                     QStringLiteral("ip"), QStringLiteral("0.0.0.0"));
    const QCommandLineOption port(QStringLiteral("port"), QStringLiteral("UDP port (default 69; 0 picks one)."),
                                  QStringLiteral("n"), QStringLiteral("69"));
    const QCommandLineOption maxTransfers(QStringLiteral("max-transfers"),
                                          QStringLiteral("Concurrent transfers before ERROR 0 busy (default 512)."),
                                          QStringLiteral("n"), QStringLiteral("512"));
    const QCommandLineOption busyPoll(
        QStringLiteral("busy-poll-us"),
        QStringLiteral(
            "Spin this long for a fast peer's answer before sleeping, while spins pay off (default 50; 0: off)."),
        QStringLiteral("us"), QStringLiteral("50"));
    const QCommandLineOption verbose(QStringLiteral("verbose"), QStringLiteral("Log every transfer."));
    parser.addOptions({root, address, port, maxTransfers, busyPoll, verbose});
    if (!parser.parse(QStringList{QStringLiteral("sccp2sip-cli tftp")} + arguments)) {
        err << "sccp2sip-cli tftp: " << parser.errorText() << '\n';
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return toInt(ExitCode::Success);
    }
    bool portOk = false;
    bool maxOk = false;
    const uint portValue = parser.value(port).toUInt(&portOk);
    const int maxValue = parser.value(maxTransfers).toInt(&maxOk);
    bool busyPollOk = false;
    const int busyPollValue = parser.value(busyPoll).toInt(&busyPollOk);
    const QHostAddress bindAddress(parser.value(address));
    if (!parser.isSet(root) || !QFileInfo(parser.value(root)).isDir() || !portOk || portValue > 65535 || !maxOk ||
        maxValue < 1 || bindAddress.isNull() || !busyPollOk || busyPollValue < 0 || busyPollValue > 10000) {
        err << "sccp2sip-cli tftp: needs --root <existing folder>, a valid --address, --port, --max-transfers and "
               "--busy-poll-us (0 to 10000)\n";
        return toInt(ExitCode::Usage);
    }
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("sccp2sip.tftp.info=false\nsccp2sip.tftp.warning=false"));

    TftpDirectorySource source(parser.value(root));
    TftpServer::Config config;
    config.address = bindAddress;
    config.port = quint16(portValue);
    config.source = &source;
    config.maxTransfers = maxValue;
    config.busyPoll = std::chrono::microseconds(busyPollValue);
    TftpServer server(config);
    const Result<void> started = server.start();
    if (!started) {
        err << "sccp2sip-cli tftp: " << cliMessageFor(started.error()) << '\n';
        return toInt(exitCodeFor(started.error().code()));
    }
    out << "listening on " << bindAddress.toString() << ':' << server.port() << Qt::endl;
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    QTimer stopPoll;
    QObject::connect(&stopPoll, &QTimer::timeout, &server, [] {
        if (s_stopRequested)
            QCoreApplication::quit();
    });
    stopPoll.start(200);
    QCoreApplication::exec();
    return toInt(ExitCode::Success);
}

} // namespace

CliCommand makeTftpCommand()
{
    return {QStringLiteral("tftp"), QStringLiteral("Serve a folder read-only over TFTP"), run};
}
