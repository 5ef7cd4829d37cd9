#include "tests/support/phonesim/phonesimoptions.h"

#include <functional>

namespace {

bool toBoundedInt(const QString &text, qint64 low, qint64 high, qint64 *value)
{
    bool ok = false;
    const qint64 parsed = text.toLongLong(&ok);
    if (!ok || parsed < low || parsed > high)
        return false;
    *value = parsed;
    return true;
}

} // namespace

QString PhoneSimOptions::usage()
{
    return QStringLiteral(
        "Usage: sccp2sip-phonesim --interface IF --mac MAC [options]\n"
        "Boots like a Cisco 79xx phone on IF: DHCP, TFTP, flashing, reboots, a web page. See docs/phonesim.md.\n"
        "  --interface IF        network card the phone owns (inside its namespace)\n"
        "  --model M             7941, 7961, 7911, 7942, 7945, 7975, 7940, ... (default 7941)\n"
        "  --mac MAC             the phone's MAC address\n"
        "  --load ID             running load, e.g. SCCP41.8-5-2S or SIP41.9-4-2SR3-1S\n"
        "  --trust-list          holds a CUCM ITL/CTL (asks for SEP<MAC>.cnf.xml.sgn until erased)\n"
        "  --factory-reset       boots as after # + 123456789*0# (asks for termNN.default.loads)\n"
        "  --old-vendor-class    7940/60: option 60 without the model, like very old images\n"
        "  --no-vendor-class     no option 60 at all (some factory-reset boots): host name SEP<MAC> only\n"
        "  --images-in-flash A,B images already in flash at start (fetched only when missing)\n"
        "  --page-at-ready       web page answers only once the app is up, not from the lease on\n"
        "  --page-off            web server off (as a CUCM left it) until a config sets <webAccess>0\n"
        "  --loss PCT            drops PCT % of received TFTP packets\n"
        "  --stall-at BYTES      once, stops ACKing after BYTES of a transfer ...\n"
        "  --stall-for MS        ... for MS milliseconds\n"
        "  --reboot-ms N         simulated reboot and flash time (default 300)\n"
        "  --retry-ms N          pause before asking again (default 1000)\n"
        "  --tftp-timeout-ms N   TFTP retransmit timeout (default 1000), --tftp-retries N (default 5)\n"
        "  --blksize N           ask for RFC 2348 blksize N (default: none, 512-byte lock-step)\n"
        "  --dhcp-timeout-ms N   DHCP retransmit timeout (default 1000), --dhcp-attempts N (default 10)\n"
        "  --max-boots N         gives up (stays idle) after N boots (default 20)\n"
        "  --max-config-tries N  gives up asking for a missing config after N tries (default 30)\n"
        "  --http-port N         web server port (default 80)\n"
        "  --tftp-port N         TFTP server port (default 69)\n"
        "  --state-file PATH     keeps load, images and trust list across restarts\n"
        "  --events json|text|none  event lines on stdout (default text)\n"
        "Control: lines on stdin: erase-trust-list, factory-reset, reboot, quit.\n");
}

Result<PhoneSimOptions> PhoneSimOptions::parse(const QStringList &arguments)
{
    PhoneSimOptions options;
    const auto bad = [](const QString &what) { return Result<PhoneSimOptions>(ErrorCode::InvalidArgument, what); };
    using Setter = std::function<bool(const QString &)>;
    const auto number = [](auto *target, qint64 low, qint64 high) -> Setter {
        return [target, low, high](const QString &text) {
            qint64 value = 0;
            if (!toBoundedInt(text, low, high, &value))
                return false;
            *target = static_cast<std::remove_pointer_t<decltype(target)>>(value);
            return true;
        };
    };
    const QList<std::pair<QString, Setter>> valued = {
        {QStringLiteral("--interface"),
         [&](const QString &v) {
             options.interfaceName = v;
             return !v.isEmpty() && v.size() <= 15;
         }},
        {QStringLiteral("--model"),
         [&](const QString &v) {
             options.model = v;
             return !v.isEmpty();
         }},
        {QStringLiteral("--mac"),
         [&](const QString &v) {
             const auto mac = MacAddress::parse(v);
             if (mac)
                 options.mac = *mac;
             return mac.has_value();
         }},
        {QStringLiteral("--load"),
         [&](const QString &v) {
             options.load = v;
             return !v.isEmpty() && v.size() <= 64;
         }},
        {QStringLiteral("--loss"), number(&options.lossPercent, 0, 100)},
        {QStringLiteral("--stall-at"), number(&options.stallAtBytes, 0, qint64(1) << 40)},
        {QStringLiteral("--stall-for"), number(&options.stallForMs, 0, 600000)},
        {QStringLiteral("--reboot-ms"), number(&options.rebootMs, 0, 3600000)},
        {QStringLiteral("--retry-ms"), number(&options.retryMs, 10, 600000)},
        {QStringLiteral("--tftp-timeout-ms"), number(&options.tftpTimeoutMs, 10, 60000)},
        {QStringLiteral("--tftp-retries"), number(&options.tftpRetries, 0, 100)},
        {QStringLiteral("--blksize"), number(&options.blockSize, 8, 65464)},
        {QStringLiteral("--dhcp-timeout-ms"), number(&options.dhcpTimeoutMs, 10, 60000)},
        {QStringLiteral("--dhcp-attempts"), number(&options.dhcpAttempts, 1, 1000)},
        {QStringLiteral("--max-boots"), number(&options.maxBoots, 1, 100000)},
        {QStringLiteral("--max-config-tries"), number(&options.maxConfigTries, 1, 100000)},
        {QStringLiteral("--http-port"), number(&options.httpPort, 1, 65535)},
        {QStringLiteral("--tftp-port"), number(&options.tftpPort, 1, 65535)},
        {QStringLiteral("--state-file"),
         [&](const QString &v) {
             options.stateFile = v;
             return !v.isEmpty();
         }},
        {QStringLiteral("--images-in-flash"),
         [&](const QString &v) {
             options.imagesInFlash = v.split(QLatin1Char(','), Qt::SkipEmptyParts);
             return !options.imagesInFlash.isEmpty();
         }},
        {QStringLiteral("--events"),
         [&](const QString &v) {
             if (v == QLatin1String("json"))
                 options.events = EventFormat::Json;
             else if (v == QLatin1String("text"))
                 options.events = EventFormat::Text;
             else if (v == QLatin1String("none"))
                 options.events = EventFormat::None;
             else
                 return false;
             return true;
         }},
    };
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            return bad(QStringLiteral("help"));
        if (argument == QLatin1String("--trust-list")) {
            options.trustList = true;
            continue;
        }
        if (argument == QLatin1String("--factory-reset")) {
            options.factoryReset = true;
            continue;
        }
        if (argument == QLatin1String("--old-vendor-class")) {
            options.oldVendorClass = true;
            continue;
        }
        if (argument == QLatin1String("--no-vendor-class")) {
            options.noVendorClass = true;
            continue;
        }
        if (argument == QLatin1String("--page-at-ready")) {
            options.pageAtReady = true;
            continue;
        }
        if (argument == QLatin1String("--page-off")) {
            options.pageOff = true;
            continue;
        }
        QString name = argument;
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = argument.indexOf(QLatin1Char('=')); eq > 0) {
            name = argument.left(eq);
            value = argument.mid(eq + 1);
            inlineValue = true;
        }
        const auto it =
            std::find_if(valued.cbegin(), valued.cend(), [&](const auto &entry) { return entry.first == name; });
        if (it == valued.cend())
            return bad(QStringLiteral("unknown option '%1'").arg(argument));
        if (!inlineValue) {
            if (i + 1 >= arguments.size())
                return bad(QStringLiteral("%1 needs a value").arg(name));
            value = arguments.at(++i);
        }
        if (!it->second(value))
            return bad(QStringLiteral("bad value '%1' for %2").arg(value, name));
    }
    if (options.interfaceName.isEmpty())
        return bad(QStringLiteral("--interface is required"));
    if (!options.mac.isValid())
        return bad(QStringLiteral("--mac is required"));
    if ((options.stallAtBytes >= 0) != (options.stallForMs > 0))
        return bad(QStringLiteral("--stall-at and --stall-for go together"));
    return options;
}
