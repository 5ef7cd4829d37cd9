#include "app/cli/configcommand.h"

#include "app/cli/clierrors.h"
#include "app/cli/issuetext.h"
#include "app/cli/pbxflag.h"
#include "core/common/logging.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/provisioning/inventorycsv.h"
#include "core/provisioning/provisioningfiles.h"
#include "core/provisioning/provisioningvalidator.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace {

using Kind = ProvisioningFiles::Kind;

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

void warn(const QString &line)
{
    QTextStream(stderr) << "sccp2sip-cli config: " << line << '\n';
}

std::optional<Kind> parseFileKind(const QString &text)
{
    static const QList<std::pair<QLatin1String, Kind>> names = {
        {QLatin1String("sep"), Kind::SepConfig},     {QLatin1String("xmldefault"), Kind::XmlDefault},
        {QLatin1String("dialplan"), Kind::DialPlan}, {QLatin1String("sipdefault"), Kind::SipDefault},
        {QLatin1String("sip"), Kind::SipConfig},     {QLatin1String("os79xx"), Kind::Os79xx},
    };
    for (const auto &[name, kind] : names) {
        if (text.compare(name, Qt::CaseInsensitive) == 0)
            return kind;
    }
    return std::nullopt;
}

// Prints every issue; the first error, if any, stops the command.
Result<void> report(const QList<ProvisioningIssue> &issues, const QString &what)
{
    for (const ProvisioningIssue &issue : issues)
        warn(cliTextFor(issue));
    for (const ProvisioningIssue &issue : issues) {
        if (issue.isError())
            return Error(issue.errorCode(), what);
    }
    return {};
}

struct Flags
{
    QCommandLineOption mac{QStringLiteral("mac"), QStringLiteral("Phone MAC address, any spelling."),
                           QStringLiteral("MAC")};
    QCommandLineOption model{QStringLiteral("model"), QStringLiteral("Phone model, e.g. 7941 or CP-7942G."),
                             QStringLiteral("MODEL")};
    QCommandLineOption pbx{QStringLiteral("pbx"), QStringLiteral("PBX address, optionally with SIP port."),
                           QStringLiteral("HOST[:PORT]")};
    QCommandLineOption transport{QStringLiteral("transport"), QStringLiteral("udp (default) or tcp."),
                                 QStringLiteral("udp|tcp"), QStringLiteral("udp")};
    QCommandLineOption ntp{QStringLiteral("ntp"), QStringLiteral("NTP server address (IPv4)."),
                           QStringLiteral("ADDRESS")};
    QCommandLineOption inventory{QStringLiteral("inventory"),
                                 QStringLiteral("Inventory CSV with the phone's lines and passwords."),
                                 QStringLiteral("FILE.csv")};
    QCommandLineOption load{QStringLiteral("load"), QStringLiteral("Target load ID, e.g. SIP41.9-4-2SR3-1S."),
                            QStringLiteral("LOADID")};
    QCommandLineOption file{QStringLiteral("file"),
                            QStringLiteral("Which file: SEP, XMLDefault, dialplan, SIPDefault, SIP or OS79XX. "
                                           "Default: SEP (SIP 9.x models) or SIP (7940/7960)."),
                            QStringLiteral("FILE")};
    QCommandLineOption library{QStringLiteral("library"),
                               QStringLiteral("Firmware library folder. Default: the per-user library."),
                               QStringLiteral("DIR")};
};

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Print the file a phone would get from the bench, exactly as it would be served."));
    const Flags flags;
    parser.addOptions({flags.mac, flags.model, flags.pbx, flags.transport, flags.ntp, flags.inventory, flags.load,
                       flags.file, flags.library});
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("sccp2sip-cli config")} + arguments))
        return usage(parser.errorText(), parser);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return toInt(ExitCode::Success);
    }
    if (!parser.positionalArguments().isEmpty())
        return usage(QStringLiteral("unexpected argument '%1'").arg(parser.positionalArguments().first()), parser);
    if (!parser.isSet(flags.mac) || !parser.isSet(flags.model))
        return usage(QStringLiteral("--mac and --model are required"), parser);

    const std::optional<MacAddress> mac = MacAddress::parse(parser.value(flags.mac));
    if (!mac)
        return fail(Error(ErrorCode::InvalidMac, QStringLiteral("--mac '%1'").arg(parser.value(flags.mac))));
    PbxSettings pbx;
    if (Result<void> transport = parseTransportFlag(parser.value(flags.transport), &pbx); !transport)
        return fail(transport.error());
    pbx.ntpServer = parser.value(flags.ntp);
    if (Result<void> parsed = parsePbxFlag(parser.value(flags.pbx), &pbx); !parsed)
        return fail(parsed.error());

    PhoneInventory inventory;
    if (parser.isSet(flags.inventory)) {
        Result<InventoryCsv::Import> import = InventoryCsv::readFile(parser.value(flags.inventory));
        if (!import)
            return fail(import.error());
        for (const ProvisioningIssue &issue : import->issues)
            warn(issue.isError() ? cliTextFor(issue) + QStringLiteral("; row skipped") : cliTextFor(issue));
        if (!import->inventory.contains(*mac))
            warn(QStringLiteral("warning: %1 is not in the inventory: firmware only, no line").arg(mac->toColon()));
        inventory = import->inventory;
    }
    Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog)
        return fail(catalog.error());
    FirmwareLibrary library(
        parser.isSet(flags.library) ? parser.value(flags.library) : FirmwareLibrary::defaultLocation(), *catalog);
    if (Result<void> loaded = library.reload(); !loaded)
        return fail(loaded.error());
    ProvisioningFiles files(*catalog, library, pbx, inventory);

    const Result<const PhoneModel *> model = files.convertibleModel(parser.value(flags.model));
    if (!model)
        return fail(model.error());
    const bool legacy = catalog->family((*model)->familyId) && catalog->family((*model)->familyId)->legacyLoader;
    const std::optional<Kind> kind = parser.isSet(flags.file)
                                         ? parseFileKind(parser.value(flags.file))
                                         : std::optional(legacy ? Kind::SipConfig : Kind::SepConfig);
    if (!kind)
        return usage(QStringLiteral("--file '%1' is not one of the files listed below").arg(parser.value(flags.file)),
                     parser);
    const QString load = parser.value(flags.load);
    if (!load.isEmpty()) {
        if (Result<void> accepted = files.acceptsLoad(**model, load); !accepted)
            return fail(accepted.error());
    } else if (library.newestSipLoad((*model)->familyId).isEmpty()) {
        return usage(QStringLiteral("no %1 firmware in the firmware library: import a bundle or pass --load LOADID")
                         .arg((*model)->familyId),
                     parser);
    }
    if (*kind != Kind::DialPlan && *kind != Kind::Os79xx) {
        if (pbx.host.isEmpty())
            return usage(QStringLiteral("--pbx HOST[:PORT] is required for this file"), parser);
        if (Result<void> ok = report(ProvisioningValidator::validatePbx(pbx), QStringLiteral("--pbx")); !ok)
            return fail(ok.error());
    }
    if (*kind == Kind::SepConfig || *kind == Kind::SipConfig) {
        QList<ProvisioningIssue> issues;
        files.linesFor(*mac, &issues);
        if (Result<void> ok = report(issues, QStringLiteral("inventory")); !ok)
            return fail(ok.error());
    }

    const Result<GeneratedFile> generated = files.file(*kind, {*mac, (*model)->id, (*model)->familyId, load});
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
