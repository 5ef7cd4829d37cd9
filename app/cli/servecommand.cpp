#include "app/cli/servecommand.h"

#include "app/cli/clierrors.h"
#include "app/cli/clisignalwatcher.h"
#include "app/cli/issuetext.h"
#include "app/cli/pbxflag.h"
#include "app/cli/serveeventprinter.h"
#include "core/bench/benchsession.h"
#include "core/bench/pbxhostplan.h"
#include "core/firmware/firmwareimportjob.h"
#include "core/firmware/firmwarelibrary.h"
#include "core/phones/phonecatalog.h"
#include "core/provisioning/inventorycsv.h"
#include "core/provisioning/provisioningvalidator.h"
#include "ui/text/pbxplantexts.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTextStream>
#include <QTimer>

namespace {

struct ServeOptions
{
    BenchConfig bench;
    QStringList firmware;
    ServeEventPrinter::Format format = ServeEventPrinter::Format::Text;
    int durationSecs = 0;
};

Error usage(const QString &detail)
{
    return Error(ErrorCode::InvalidArgument, detail);
}

Result<quint16> portFlag(const QCommandLineParser &parser, const QString &name)
{
    bool ok = false;
    const uint port = parser.value(name).toUInt(&ok);
    if (!ok || port > 65535)
        return usage(QStringLiteral("--%1 '%2'").arg(name, parser.value(name)));
    return quint16(port);
}

// A repeatable flag of IPv4 addresses; each value may also be a comma-separated list.
Result<QList<QHostAddress>> addressesFlag(const QCommandLineParser &parser, const QString &name)
{
    QList<QHostAddress> addresses;
    for (const QString &value : parser.values(name)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QHostAddress address(part.trimmed());
            if (address.protocol() != QAbstractSocket::IPv4Protocol)
                return usage(QStringLiteral("--%1 '%2' (an IPv4 address)").arg(name, part));
            addresses << address;
        }
    }
    return addresses;
}

Result<ServeOptions> parseFlags(QCommandLineParser &parser, const std::function<void(const QString &)> &warn)
{
    ServeOptions options;
    BenchConfig &bench = options.bench;
    if (parser.isSet(QStringLiteral("listen"))) {
        bench.listenAddress = QHostAddress(parser.value(QStringLiteral("listen")));
        if (bench.listenAddress.protocol() != QAbstractSocket::IPv4Protocol)
            return usage(QStringLiteral("--listen '%1'").arg(parser.value(QStringLiteral("listen"))));
    }
    bench.interfaceName = parser.value(QStringLiteral("interface"));
    if (bench.listenAddress.isNull() && bench.interfaceName.isEmpty())
        return usage(QStringLiteral("--listen ADDR or --interface NAME is required"));
    if (parser.isSet(QStringLiteral("pool"))) {
        const QStringList range = parser.value(QStringLiteral("pool")).split(QLatin1Char('-'));
        bench.poolFirst = QHostAddress(range.value(0));
        bench.poolLast = QHostAddress(range.value(1));
        if (range.size() != 2 || bench.poolFirst.protocol() != QAbstractSocket::IPv4Protocol ||
            bench.poolLast.protocol() != QAbstractSocket::IPv4Protocol)
            return usage(QStringLiteral("--pool '%1' (FIRST-LAST)").arg(parser.value(QStringLiteral("pool"))));
    }
    bench.dhcpEnabled = !parser.isSet(QStringLiteral("no-dhcp"));
    bench.phonesOnly = !parser.isSet(QStringLiteral("all-clients"));
    bench.allowForeignDhcp = parser.isSet(QStringLiteral("allow-foreign-dhcp"));
    bench.verify = !parser.isSet(QStringLiteral("no-verify"));
    const Result<quint16> dhcpPort = portFlag(parser, QStringLiteral("dhcp-port"));
    const Result<quint16> tftpPort = portFlag(parser, QStringLiteral("tftp-port"));
    const Result<quint16> httpPort = portFlag(parser, QStringLiteral("phone-http-port"));
    if (!dhcpPort || !tftpPort || !httpPort)
        return !dhcpPort ? dhcpPort.error() : !tftpPort ? tftpPort.error() : httpPort.error();
    bench.dhcpPort = *dhcpPort;
    bench.tftpPort = *tftpPort;
    bench.httpPort = *httpPort;
    if (Result<void> transport = parseTransportFlag(parser.value(QStringLiteral("transport")), &bench.pbx); !transport)
        return transport.error();
    bench.pbx.ntpServer = parser.value(QStringLiteral("ntp"));
    if (!parser.isSet(QStringLiteral("pbx")))
        return usage(QStringLiteral("--pbx HOST[:PORT] is required: the phones register there"));
    if (Result<void> pbx = parsePbxFlag(parser.value(QStringLiteral("pbx")), &bench.pbx); !pbx)
        return pbx.error();
    for (const ProvisioningIssue &issue : ProvisioningValidator::validatePbx(bench.pbx)) {
        warn(cliTextFor(issue));
        if (issue.isError())
            return Error(issue.errorCode(), QStringLiteral("--pbx"));
    }
    const Result<QList<QHostAddress>> routers = addressesFlag(parser, QStringLiteral("router"));
    const Result<QList<QHostAddress>> dns = addressesFlag(parser, QStringLiteral("dns"));
    if (!routers || !dns)
        return !routers ? routers.error() : dns.error();
    bench.routers = *routers;
    bench.dnsServers = *dns;
    // A host name is settled before anything starts: resolvable here, and either resolved by the phones
    // (DNS handed out) or written as the address.
    const Result<PbxHostPlan> plan = PbxHostPlan::make(bench.pbx.host, bench.dnsServers, PbxHostPlan::systemLookup);
    if (!plan)
        return plan.error();
    if (const QString said = PbxPlanTexts::describe(*plan, bench.dnsServers); !said.isEmpty())
        warn(QStringLiteral("note: ") + said);
    bench.pbx.host = plan->configHost();
    if (parser.isSet(QStringLiteral("inventory"))) {
        Result<InventoryCsv::Import> import = InventoryCsv::readFile(parser.value(QStringLiteral("inventory")));
        if (!import)
            return import.error();
        for (const ProvisioningIssue &issue : import->issues)
            warn(issue.isError() ? cliTextFor(issue) + QStringLiteral("; row skipped") : cliTextFor(issue));
        bench.inventory = import->inventory;
    }
    const QString events = parser.value(QStringLiteral("events"));
    if (events != QLatin1String("text") && events != QLatin1String("json"))
        return usage(QStringLiteral("--events '%1' (json or text)").arg(events));
    options.format =
        events == QLatin1String("json") ? ServeEventPrinter::Format::Json : ServeEventPrinter::Format::Text;
    bool ok = false;
    options.durationSecs =
        parser.isSet(QStringLiteral("duration")) ? parser.value(QStringLiteral("duration")).toInt(&ok) : 0;
    if (parser.isSet(QStringLiteral("duration")) && (!ok || options.durationSecs <= 0))
        return usage(QStringLiteral("--duration '%1'").arg(parser.value(QStringLiteral("duration"))));
    bench.stateDirectory =
        parser.isSet(QStringLiteral("state-dir"))
            ? parser.value(QStringLiteral("state-dir"))
            : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("bench"));
    options.firmware = parser.values(QStringLiteral("firmware"));
    return options;
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Run the bench: DHCP, TFTP and the generated files, and follow "
                                                    "every phone until its web page shows the SIP load."));
    parser.addHelpOption();
    parser.addOptions({
        {QStringLiteral("listen"), QStringLiteral("Bench address (IPv4) to serve on."), QStringLiteral("addr")},
        {QStringLiteral("interface"), QStringLiteral("Bench network card by name."), QStringLiteral("name")},
        {QStringLiteral("pool"), QStringLiteral("DHCP range (default: the card's subnet)."),
         QStringLiteral("first-last")},
        {QStringLiteral("no-dhcp"), QStringLiteral("Another DHCP server gives the addresses (option 150/66 → us).")},
        {QStringLiteral("dhcp-port"), QStringLiteral("DHCP port (default 67)."), QStringLiteral("n"),
         QStringLiteral("67")},
        {QStringLiteral("tftp-port"), QStringLiteral("TFTP port (default 69)."), QStringLiteral("n"),
         QStringLiteral("69")},
        {QStringLiteral("phone-http-port"), QStringLiteral("Port of the phones' web page (default 80)."),
         QStringLiteral("n"), QStringLiteral("80")},
        {QStringLiteral("firmware"), QStringLiteral("Bundle to import, or a firmware library folder (repeatable)."),
         QStringLiteral("path")},
        {QStringLiteral("pbx"), QStringLiteral("SIP server the phones register with."), QStringLiteral("host[:port]")},
        {QStringLiteral("transport"),
         QStringLiteral(
             "SIP transport: udp or tcp (no TLS: it needs a trust list only a Cisco call manager can sign)."),
         QStringLiteral("t"), QStringLiteral("udp")},
        {QStringLiteral("ntp"), QStringLiteral("NTP server for the phones (IPv4)."), QStringLiteral("addr")},
        {QStringLiteral("router"),
         QStringLiteral("Router for the phones, DHCP option 3 (IPv4; repeatable): needed when the PBX or NTP server "
                        "is off the bench subnet."),
         QStringLiteral("addr")},
        {QStringLiteral("dns"),
         QStringLiteral("DNS server for the phones, DHCP option 6 (IPv4; repeatable): lets them look up a PBX host "
                        "name. Without one, a PBX host name is resolved here and written as its address."),
         QStringLiteral("addr")},
        {QStringLiteral("inventory"), QStringLiteral("Phones' lines (CSV)."), QStringLiteral("file.csv")},
        {QStringLiteral("state-dir"), QStringLiteral("Leases and report folder."), QStringLiteral("dir")},
        {QStringLiteral("events"), QStringLiteral("Event lines on stdout: text or json."), QStringLiteral("format"),
         QStringLiteral("text")},
        {QStringLiteral("all-clients"), QStringLiteral("Give addresses to any client, not only Cisco phones.")},
        {QStringLiteral("allow-foreign-dhcp"), QStringLiteral("Serve even if another DHCP server answers.")},
        {QStringLiteral("no-verify"), QStringLiteral("Do not read the phones' web pages.")},
        {QStringLiteral("duration"), QStringLiteral("Stop after this many seconds."), QStringLiteral("seconds")},
    });
    if (!parser.parse(QStringList{QStringLiteral("sccp2sip-cli serve")} + arguments)) {
        err << "sccp2sip-cli serve: " << parser.errorText() << '\n';
        return toInt(ExitCode::Usage);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        return toInt(ExitCode::Success);
    }
    const auto warn = [&err](const QString &line) { err << "sccp2sip-cli serve: " << line << Qt::endl; };
    Result<ServeOptions> parsed = parseFlags(parser, warn);
    if (!parsed) {
        err << "sccp2sip-cli serve: " << cliMessageFor(parsed.error()) << '\n';
        return toInt(exitCodeFor(parsed.error().code()));
    }
    ServeOptions options = std::move(parsed).value();
    const Result<FirmwareLibrary::Sources> sources = FirmwareLibrary::chooseSources(
        options.firmware, QDir(options.bench.stateDirectory).filePath(QStringLiteral("firmware")));
    if (!sources) {
        err << "sccp2sip-cli serve: " << cliMessageFor(sources.error()) << '\n';
        return toInt(exitCodeFor(sources.error().code()));
    }
    options.bench.firmwareLibrary = sources->library;
    if (!QDir().mkpath(options.bench.stateDirectory) || !QDir().mkpath(options.bench.firmwareLibrary)) {
        err << "sccp2sip-cli serve: "
            << cliMessageFor(Error(ErrorCode::DirectoryUnwritable, options.bench.stateDirectory)) << '\n';
        return toInt(ExitCode::Failure);
    }
    const Result<PhoneCatalog> catalog = PhoneCatalog::load();
    if (!catalog) {
        err << "sccp2sip-cli serve: " << cliMessageFor(catalog.error()) << '\n';
        return toInt(exitCodeFor(catalog.error().code()));
    }

    BenchSession session(options.bench);
    ServeEventPrinter printer(&session, *catalog, options.format, out);
    CliSignalWatcher watcher;
    int exitCode = toInt(ExitCode::Success);
    bool interrupted = false;
    QObject::connect(&watcher, &CliSignalWatcher::stopRequested, &session, [&](int) {
        interrupted = true;
        session.stop();
    });
    QObject::connect(&session, &BenchSession::stopped, &session, [] { QCoreApplication::quit(); });
    QObject::connect(&session, &BenchSession::error, &session, [&](const Error &failure) {
        err << "sccp2sip-cli serve: " << cliMessageFor(failure) << Qt::endl;
        exitCode = toInt(exitCodeFor(failure.code()));
        QCoreApplication::quit();
    });
    QTimer duration;
    duration.setSingleShot(true);
    QObject::connect(&duration, &QTimer::timeout, &session, [&session] { session.stop(); });

    // Bundles are imported one after the other before the bench starts: a phone must never see a half library.
    QStringList pending = sources->imports;
    std::function<void()> next;
    next = [&] {
        if (pending.isEmpty()) {
            session.start();
            if (options.durationSecs > 0)
                duration.start(options.durationSecs * 1000);
            return;
        }
        auto *job = new FirmwareImportJob(pending.takeFirst(), *catalog, options.bench.firmwareLibrary, &session);
        QObject::connect(job, &FirmwareImportJob::finished, &session, [&, job](const Error &failure) {
            job->deleteLater();
            if (failure.isError()) {
                // Valid bundles of the same download are stored anyway; the bench serves what it has.
                printer.print(QStringLiteral("warning"), MacAddress(),
                              {{QStringLiteral("code"), Error::codeName(failure.code())},
                               {QStringLiteral("detail"), failure.detail()}});
            }
            next();
        });
        job->start();
    };
    QTimer::singleShot(0, &session, next);
    QCoreApplication::exec();
    if (interrupted && options.durationSecs > 0 && exitCode == toInt(ExitCode::Success))
        exitCode = toInt(ExitCode::Interrupted);
    if (exitCode == toInt(ExitCode::Success)) {
        const QList<PhoneRecord> phones = session.phones();
        if (std::any_of(phones.cbegin(), phones.cend(),
                        [](const PhoneRecord &p) { return p.stage == PhoneStage::Failed; }))
            exitCode = toInt(ExitCode::Failure);
    }
    return exitCode;
}

} // namespace

CliCommand makeServeCommand()
{
    return {QStringLiteral("serve"), QStringLiteral("Run the bench: DHCP, TFTP, per-phone tracking, report"), run};
}
