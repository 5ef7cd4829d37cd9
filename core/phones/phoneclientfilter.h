#pragma once

#include "core/common/macaddress.h"
#include "core/phones/ciscoouis.h"

#include <QByteArrayView>
#include <QStringView>

// Which DHCP clients the bench treats as phones (the "phones only" default): the Cisco phone vendor class in
// option 60, or, for a phone that sends no option 60 (a factory-reset boot, an old image) or a Cisco form nobody
// has listed, option 12 `SEP<its own MAC>` from a MAC registered to Cisco. Anything else is left alone.
class PhoneClientFilter
{
public:
    enum class Verdict {
        Phone,           // option 60 names the Cisco phone class
        PhoneByHostname, // no usable option 60, but SEP<MAC> from a Cisco MAC
        NotAPhone,
    };

    explicit PhoneClientFilter(CiscoOuis ouis);

    Verdict judge(const MacAddress &mac, QByteArrayView option60, QStringView hostname) const;
    bool admits(const MacAddress &mac, QByteArrayView option60, QStringView hostname) const
    {
        return judge(mac, option60, hostname) != Verdict::NotAPhone;
    }

private:
    CiscoOuis m_ouis;
};
