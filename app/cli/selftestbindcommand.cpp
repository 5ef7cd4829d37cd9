#include "app/cli/selftestbindcommand.h"

#include "app/cli/clierrors.h"
#include "app/cli/exitcode.h"
#include "core/common/error.h"
#include "core/common/logging.h"

#include <QCommandLineParser>
#include <QHostAddress>
#include <QTextStream>
#include <QUdpSocket>

namespace {

const QString commandName = QStringLiteral("selftest-bind");

// Keeps Qt's socket error apart from the CLI's exit code: the same typed codes the servers report, so a failed
// self-test and a failed `serve` print the same advice.
ErrorCode errorCodeFor(QAbstractSocket::SocketError socketError)
{
    switch (socketError) {
    case QAbstractSocket::SocketAccessError:
        return ErrorCode::PortNeedsPrivileges;
    case QAbstractSocket::AddressInUseError:
        return ErrorCode::PortInUse;
    case QAbstractSocket::SocketAddressNotAvailableError:
        return ErrorCode::AddressNotAvailable;
    default:
        return ErrorCode::SocketError;
    }
}

int fail(QTextStream &err, const Error &error)
{
    err << "sccp2sip-cli " << commandName << ": " << cliMessageFor(error) << '\n';
    return toInt(exitCodeFor(error.code()));
}

int runSelftestBind(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Bind one UDP socket and release it at once: proves this user may open the port."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")},
                                        QStringLiteral("Show this help and exit."));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("UDP port to bind (0-65535)."),
                                        QStringLiteral("n"));
    const QCommandLineOption addressOption(QStringLiteral("address"),
                                           QStringLiteral("Local IPv4/IPv6 address (default 0.0.0.0)."),
                                           QStringLiteral("ip"), QStringLiteral("0.0.0.0"));
    parser.addOption(helpOption);
    parser.addOption(portOption);
    parser.addOption(addressOption);

    if (!parser.parse(QStringList{commandName} + arguments))
        return fail(err, Error(ErrorCode::InvalidArgument, parser.errorText()));
    if (parser.isSet(helpOption)) {
        out << "Usage: sccp2sip-cli " << commandName << " --port <n> [--address <ip>]\n\n"
            << parser.applicationDescription() << "\n\n"
            << "  --port <n>       UDP port to bind (0-65535; 0 picks a free one).\n"
               "  --address <ip>   Local address to bind (default 0.0.0.0).\n\n"
               "Prints 'bound UDP <address>:<port>' and exits 0, or one line and the exit code of the\n"
               "failure (3: needs privileges, 4: port in use, 7: address or socket error).\n";
        return toInt(ExitCode::Success);
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(err, Error(ErrorCode::InvalidArgument,
                               QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first())));
    if (!parser.isSet(portOption))
        return fail(err, Error(ErrorCode::InvalidArgument, QStringLiteral("--port is required")));

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535)
        return fail(err, Error(ErrorCode::InvalidArgument,
                               QStringLiteral("--port %1 is not a port number").arg(parser.value(portOption))));
    const QHostAddress address(parser.value(addressOption));
    if (address.isNull())
        return fail(err, Error(ErrorCode::InvalidArgument,
                               QStringLiteral("--address %1 is not an IP address").arg(parser.value(addressOption))));

    QUdpSocket socket;
    if (!socket.bind(address, static_cast<quint16>(port), QAbstractSocket::DontShareAddress)) {
        const Error error(errorCodeFor(socket.error()),
                          QStringLiteral("bind %1:%2: %3").arg(address.toString()).arg(port).arg(socket.errorString()));
        qCDebug(lcCli) << "selftest-bind failed:" << error.toLogString();
        return fail(err, error);
    }
    out << "bound UDP " << socket.localAddress().toString() << ':' << socket.localPort() << '\n';
    socket.close();
    return toInt(ExitCode::Success);
}

} // namespace

CliCommand makeSelftestBindCommand()
{
    return {commandName, QStringLiteral("Check that this user may bind a UDP port (installer self-test)"),
            runSelftestBind};
}
