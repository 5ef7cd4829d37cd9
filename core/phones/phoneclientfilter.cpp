#include "core/phones/phoneclientfilter.h"

#include "core/phones/phonevendorclass.h"

PhoneClientFilter::PhoneClientFilter(CiscoOuis ouis)
    : m_ouis(std::move(ouis))
{}

PhoneClientFilter::Verdict PhoneClientFilter::judge(const MacAddress &mac, QByteArrayView option60,
                                                    QStringView hostname) const
{
    const PhoneVendorClass vendor = PhoneVendorClass::parse(option60);
    if (vendor.isCiscoPhone)
        return Verdict::Phone;
    // Only without option 60 (a factory-reset or old image) or with a Cisco form nobody has listed: a client that
    // names itself something else (a PC's "MSFT 5.0") is not a phone, whatever its host name.
    if (!vendor.text.isEmpty() && !vendor.isCisco)
        return Verdict::NotAPhone;
    // The host name must carry the client's own MAC: a SEP name is free text anyone can send.
    const QStringView name = hostname.trimmed();
    if (name.size() == 15 && name.startsWith(QLatin1String("SEP"), Qt::CaseInsensitive) &&
        MacAddress::parse(name.mid(3)) == mac && m_ouis.contains(mac))
        return Verdict::PhoneByHostname;
    return Verdict::NotAPhone;
}
