#include "core/provisioning/sip7940configbuilder.h"

#include "core/common/logging.h"
#include "core/provisioning/phoneclockrule.h"

#include <QDate>

#include <QRegularExpression>

namespace {

bool isWritable(QChar c)
{
    const char16_t u = c.unicode();
    if (u == u'"' || u == u'\\')
        return false;
    return (u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0xff);
}

// Collects `key: "value"` lines; the first unsafe value turns the whole file into an error.
class FlatConfig
{
public:
    void add(const char *key, const QString &value)
    {
        if (m_error)
            return;
        for (QChar c : value) {
            if (!isWritable(c)) {
                m_error = Error(ErrorCode::InvalidArgument,
                                QStringLiteral("%1: character U+%2 cannot be written to a 7940/7960 file")
                                    .arg(QLatin1String(key))
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                return;
            }
        }
        m_bytes += key;
        m_bytes += ": \"";
        m_bytes += value.toLatin1();
        m_bytes += "\"\n";
    }
    void add(const char *key, int value) { add(key, QString::number(value)); }
    Result<GeneratedFile> finish(const QString &name) const
    {
        if (m_error)
            return m_error;
        qCInfo(lcProvisioning).noquote() << "generated" << name << "bytes" << m_bytes.size();
        return GeneratedFile{name, m_bytes};
    }

private:
    QByteArray m_bytes;
    Error m_error;
};

// time_zone: the abbreviations public SIPDefault.cnf samples use for these standard offsets; any other offset is
// written in hours ("1", "5.5"), which one public sample also uses. Which of the two every load accepts is
// unconfirmed (docs/phones.md), so the abbreviation is preferred where one is known.
QString timeZoneValue(int standardOffsetSeconds)
{
    switch (standardOffsetSeconds) {
    case 0:
        return QStringLiteral("GMT");
    case -5 * 3600:
        return QStringLiteral("EST");
    case -6 * 3600:
        return QStringLiteral("CST");
    case -7 * 3600:
        return QStringLiteral("MST");
    case -8 * 3600:
        return QStringLiteral("PST");
    default:
        return QString::number(standardOffsetSeconds / 3600.0, 'g', 4);
    }
}

QString hours(int seconds)
{
    return QString::number(seconds / 3600.0, 'g', 4);
}

// Cisco SIP IP Phone 7960 Administrator Guide (78-10497-02, "Setting the Date, Time, and Daylight Savings
// Time", p. 3-26): day 0 with a weekday and a week of the month (8 = the last week) is the relative form; a day
// 1-31 the absolute one; times as hour/minute, "02/00".
void addChange(FlatConfig &config, const char *prefix, const PhoneClockRule::Change &change)
{
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    static const char *const days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    const auto key = [prefix](const char *suffix) { return QByteArray(QByteArray(prefix) + suffix); };
    config.add(key("_month").constData(), QLatin1String(months[change.month - 1]));
    config.add(key("_day").constData(), change.dayOfMonth);
    if (change.dayOfMonth == 0) {
        config.add(key("_day_of_week").constData(), QLatin1String(days[change.dayOfWeek - 1]));
        config.add(key("_week_of_month").constData(), change.weekOfMonth);
    }
    config.add(key("_time").constData(), change.wallClock.toString(QStringLiteral("HH/mm")));
}

void addClock(FlatConfig &config, const QTimeZone &zone)
{
    const PhoneClockRule rule = PhoneClockRule::forZone(zone, QDate::currentDate().year());
    config.add("time_zone", timeZoneValue(rule.standardOffsetSeconds));
    if (!rule.hasDaylightSaving()) {
        config.add("dst_offset", 0);
        config.add("dst_auto_adjust", 0);
        return;
    }
    config.add("dst_offset", hours(rule.daylightExtraSeconds));
    addChange(config, "dst_start", *rule.daylightStart);
    addChange(config, "dst_stop", *rule.daylightStop);
    config.add("dst_auto_adjust", 1);
}

QByteArray lineKey(int line, const char *suffix)
{
    return "line" + QByteArray::number(line) + '_' + suffix;
}

} // namespace

QString Sip7940ConfigBuilder::sipMacFileName(const MacAddress &mac)
{
    return QStringLiteral("SIP") + mac.toCompact() + QStringLiteral(".cnf");
}

Result<GeneratedFile> Sip7940ConfigBuilder::os79xx(const QString &imageName)
{
    static const QRegularExpression imagePattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}\\z"));
    if (!imagePattern.match(imageName).hasMatch())
        return Error(ErrorCode::InvalidArgument, QStringLiteral("OS79XX.TXT image name '%1'").arg(imageName));
    qCInfo(lcProvisioning).noquote() << "generated" << os79xxFileName() << "naming" << imageName;
    return GeneratedFile{os79xxFileName(), imageName.toLatin1()};
}

Result<GeneratedFile> Sip7940ConfigBuilder::sipDefault(const ProvisioningTarget &target, const PbxSettings &pbx)
{
    FlatConfig config;
    config.add("image_version", target.loadId);
    config.add("proxy1_address", pbx.host);
    config.add("proxy1_port", pbx.sipPort);
    config.add("proxy_register", 1);
    config.add("timer_register_expires", 3600);
    config.add("voip_control_port", pbx.sipPort);
    config.add("nat_enable", 0);
    if (!pbx.ntpServer.isEmpty()) {
        config.add("sntp_mode", QStringLiteral("unicast"));
        config.add("sntp_server", pbx.ntpServer);
    }
    addClock(config, pbx.clockZone);
    static const QStringList dateFormats = {QStringLiteral("M/D/Y"), QStringLiteral("D/M/Y"), QStringLiteral("Y/M/D"),
                                            QStringLiteral("Y/D/M")};
    if (dateFormats.contains(pbx.dateTemplate))
        config.add("date_format", pbx.dateTemplate);
    if (!pbx.dialPlanFile.isEmpty()) {
        QString dialTemplate = pbx.dialPlanFile;
        if (dialTemplate.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive))
            dialTemplate.chop(4); // the P0S3 image appends .xml itself
        config.add("dial_template", dialTemplate);
    }
    config.add("tftp_cfg_dir", QStringLiteral("./"));
    config.add("telnet_level", 0);
    return config.finish(sipDefaultFileName());
}

Result<GeneratedFile> Sip7940ConfigBuilder::sipMac(const MacAddress &mac, const PbxSettings &pbx,
                                                   const QMap<int, PhoneLine> &lines)
{
    FlatConfig config;
    for (auto it = lines.cbegin(); it != lines.cend(); ++it) {
        const int n = it.key();
        if (n < 1 || n > kMaxLines)
            return Error(ErrorCode::InvalidArgument, QStringLiteral("line %1 outside 1…%2").arg(n).arg(kMaxLines));
        const PhoneLine &line = it.value();
        const QByteArray proxyAddress = "proxy" + QByteArray::number(n) + "_address";
        const QByteArray proxyPort = "proxy" + QByteArray::number(n) + "_port";
        config.add(proxyAddress.constData(), pbx.host);
        config.add(proxyPort.constData(), pbx.sipPort);
        config.add(lineKey(n, "name").constData(), line.extension);
        config.add(lineKey(n, "shortname").constData(), line.effectiveLabel());
        config.add(lineKey(n, "authname").constData(), line.effectiveAuthUser());
        config.add(lineKey(n, "password").constData(), line.password);
        config.add(lineKey(n, "displayname").constData(),
                   line.displayName.isEmpty() ? line.extension : line.displayName);
    }
    config.add("phone_label", lines.contains(1) ? lines.value(1).effectiveLabel() : QString());
    return config.finish(sipMacFileName(mac));
}
