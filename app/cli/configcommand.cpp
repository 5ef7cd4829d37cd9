#include "app/cli/configcommand.h"

#include "app/cli/clierrors.h"
#include "app/cli/configrequest.h"
#include "core/common/logging.h"
#include "core/firmware/firmwarelibrary.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace {

int fail(const Error &error)
{
    QTextStream(stderr) << "sccp2sip-cli config: " << cliMessageFor(error) << '\n';
    return toInt(exitCodeFor(error.code()));
}

int usage(const QString &message, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    err << "sccp2sip-cli config: " << message << "\n\n" << parser.helpText();
    return toInt(ExitCode::Usage);
}

// The newest SIP target load (never a jump load) per family in the firmware library.
Result<QMap<QString, QString>> newestSipLoads(const QString &root)
{
    FirmwareLibrary library(root);
    if (Result<void> loaded = library.reload(); !loaded)
        return loaded.error();
    QMap<QString, FirmwareBundle> newest;
    for (const FirmwareBundle &bundle : library.bundles()) {
        if (bundle.protocol != PhoneProtocol::Sip || bundle.jumpLoad)
            continue;
        const auto it = newest.constFind(bundle.familyId);
        if (it == newest.cend() || (bundle.version && (!it->version || *it->version < *bundle.version)))
            newest.insert(bundle.familyId, bundle);
    }
    QMap<QString, QString> loads;
    for (const FirmwareBundle &bundle : std::as_const(newest))
        loads.insert(bundle.familyId, bundle.loadId);
    return loads;
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the file a phone would get from the bench, exactly as it would be served."));
    const QCommandLineOption mac(QStringLiteral("mac"), QStringLiteral("Phone MAC address, any spelling."),
                                 QStringLiteral("MAC"));
    const QCommandLineOption model(QStringLiteral("model"), QStringLiteral("Phone model, e.g. 7941 or CP-7942G."),
                                   QStringLiteral("MODEL"));
    const QCommandLineOption pbx(QStringLiteral("pbx"), QStringLiteral("PBX address, optionally with SIP port."),
                                 QStringLiteral("HOST[:PORT]"));
    const QCommandLineOption transport(QStringLiteral("transport"), QStringLiteral("udp (default), tcp or tls."),
                                       QStringLiteral("udp|tcp|tls"), QStringLiteral("udp"));
    const QCommandLineOption ntp(QStringLiteral("ntp"), QStringLiteral("NTP server address (IPv4)."),
                                 QStringLiteral("ADDRESS"));
    const QCommandLineOption inventory(QStringLiteral("inventory"),
                                       QStringLiteral("Inventory CSV with the phone's lines and passwords."),
                                       QStringLiteral("FILE.csv"));
    const QCommandLineOption load(QStringLiteral("load"), QStringLiteral("Target load ID, e.g. SIP41.9-4-2SR3-1S."),
                                  QStringLiteral("LOADID"));
    const QCommandLineOption file(QStringLiteral("file"),
                                  QStringLiteral("Which file: SEP, XMLDefault, dialplan, SIPDefault, SIP or OS79XX. "
                                                 "Default: SEP (SIP 9.x models) or SIP (7940/7960)."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption library(QStringLiteral("library"),
                                     QStringLiteral("Firmware library folder. Default: the per-user library."),
                                     QStringLiteral("DIR"));
    parser.addOptions({mac, model, pbx, transport, ntp, inventory, load, file, library});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("sccp2sip-cli config")} + arguments))
        return usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return toInt(ExitCode::Success);
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()), parser);
    if (!parser.isSet(mac) || !parser.isSet(model))
        return usage(QStringLiteral("--mac and --model are required"), parser);

    ConfigRequest request;
    request.mac = parser.value(mac);
    request.model = parser.value(model);
    request.pbx = parser.value(pbx);
    request.transport = parser.value(transport);
    request.ntp = parser.value(ntp);
    request.inventoryPath = parser.value(inventory);
    request.loadId = parser.value(load);
    request.file = parser.value(file);
    const Result<QMap<QString, QString>> installed =
        newestSipLoads(parser.isSet(library) ? parser.value(library) : FirmwareLibrary::defaultLocation());
    if (!installed)
        return fail(installed.error());
    request.installedLoads = installed.value();

    QTextStream err(stderr);
    const Result<GeneratedFile> generated =
        request.generate([&err](const QString &warning) { err << "sccp2sip-cli config: " << warning << '\n'; });
    if (!generated)
        return fail(generated.error());
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(generated->content) != generated->content.size())
        return fail(Error(ErrorCode::FileUnwritable, QStringLiteral("standard output")));
    out.flush();
    qCInfo(lcCli).noquote() << "config: printed" << generated->name << generated->content.size() << "bytes";
    return toInt(ExitCode::Success);
}

} // namespace

CliCommand makeConfigCommand()
{
    return {QStringLiteral("config"), QStringLiteral("Print the config file a phone would get."), &run};
}
