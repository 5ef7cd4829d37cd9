#include "core/bench/phonesonlyadmission.h"

#include "core/common/logging.h"
#include "core/phones/phoneclientfilter.h"

std::function<bool(const DhcpClientHello &)> phonesOnlyAdmission()
{
    Result<CiscoOuis> ouis = CiscoOuis::load();
    if (!ouis)
        qCWarning(lcBench) << "Cisco OUI list unreadable; phones without option 60 will be ignored:"
                           << ouis.error().toLogString();
    const PhoneClientFilter filter(ouis ? std::move(ouis).value() : CiscoOuis());
    return
        [filter](const DhcpClientHello &hello) { return filter.admits(hello.mac, hello.vendorClass, hello.hostname); };
}
