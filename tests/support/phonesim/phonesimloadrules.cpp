#include "tests/support/phonesim/phonesimloadrules.h"

#include "core/firmware/firmwareversion.h"

#include <QRegularExpression>

namespace {

std::optional<FirmwareVersion> versionOf(const PhoneCatalog &catalog, const QString &loadId)
{
    const PhoneCatalog::LoadMatch match = catalog.familyForLoadId(loadId);
    if (!match.family)
        return std::nullopt;
    for (const QString &prefix : {match.family->sipPrefix, match.family->sccpPrefix}) {
        if (!prefix.isEmpty() && loadId.startsWith(prefix, Qt::CaseInsensitive) && loadId.size() > prefix.size() + 1)
            return FirmwareVersion::parse(QStringView(loadId).mid(prefix.size() + 1));
    }
    return std::nullopt;
}

} // namespace

PhoneSimLoadRules::PhoneSimLoadRules(const PhoneCatalog &catalog)
    : m_catalog(catalog)
{}

PhoneProtocol PhoneSimLoadRules::protocolOf(const QString &loadId) const
{
    return m_catalog.familyForLoadId(loadId).protocol;
}

bool PhoneSimLoadRules::rejects(const QString &running, const QString &target) const
{
    const PhoneCatalog::LoadMatch match = m_catalog.familyForLoadId(target);
    if (!match.family || !match.family->jumpLoadRule)
        return false;
    const auto from = versionOf(m_catalog, running);
    const auto to = versionOf(m_catalog, target);
    return from && to && *from < FirmwareVersion{8, 3, 3, {}} && to->major >= 9;
}

QString PhoneSimLoadRules::derivedLoadId(const QString &releaseLine, const QStringList &images) const
{
    static const QRegularExpression token(
        QStringLiteral("\\b((?:SIP|SCCP)[0-9]{2}\\.[0-9][0-9A-Za-z.-]*|P0[0S]3-[0-9][0-9A-Za-z.-]*)"));
    if (const auto m = token.match(releaseLine); m.hasMatch() && m_catalog.familyForLoadId(m.captured(1)).family)
        return m.captured(1);
    static const QRegularExpression jar(QStringLiteral("^jar([0-9]{2})(sip|sccp)\\.(.+?)(?:\\.sbn)?$"),
                                        QRegularExpression::CaseInsensitiveOption);
    for (const QString &image : images) {
        const auto m = jar.match(image);
        if (m.hasMatch())
            return m.captured(2).toUpper() + m.captured(1) + QLatin1Char('.') + m.captured(3);
    }
    return {};
}
