#include "tests/support/phonesim/phonesimloadrules.h"

#include <QRegularExpression>

PhoneSimLoadRules::PhoneSimLoadRules(const PhoneCatalog &catalog)
    : m_catalog(catalog)
{}

PhoneProtocol PhoneSimLoadRules::protocolOf(const QString &loadId) const
{
    return m_catalog.familyForLoadId(loadId).protocol;
}

bool PhoneSimLoadRules::rejects(const QString &running, const QString &target) const
{
    // The rule as the catalog states it per family (7906/7911 included), which is what the phones are reported to
    // do: Cisco's 9.2 release notes and Wazo's plugins (docs/phones.md, "Jump loads").
    const PhoneCatalog::LoadMatch to = m_catalog.familyForLoadId(target);
    const PhoneCatalog::LoadMatch from = m_catalog.familyForLoadId(running);
    if (!to.family || !to.family->jump || !from.version || !to.version)
        return false;
    return to.family->needsJumpFrom(*from.version) && *to.version > to.family->jump->to;
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
