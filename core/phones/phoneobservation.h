#pragma once

#include "core/common/macaddress.h"
#include "core/phones/phoneprotocol.h"

#include <QObject>
#include <QStringList>

#include <optional>

// What one DHCP option or one requested file name says about a phone. Fields are empty when the evidence does
// not tell; the bench session combines observations per MAC.
struct PhoneObservation
{
    Q_GADGET
public:
    enum class Activity {
        Unknown,
        VendorClass,          // DHCP option 60 seen (modelId set when it names one)
        Hostname,             // DHCP option 12 SEP<MAC>
        TrustListProbe,       // CTLSEP<MAC>.tlv, ITLSEP<MAC>.tlv, ITLFile.tlv: XML-capable phone booting
        TrustListPresent,     // any *.sgn: the phone holds an ITL/CTL and ignores unsigned configs
        ConfigRequest,        // SEP<MAC>.cnf.xml
        DefaultConfigRequest, // XMLDefault.cnf.xml
        DefaultLoadsRequest,  // termNN.default.loads: after a factory reset or format
        LoadsRequest,         // SIPxx….loads / SCCPxx….loads / P0S3….loads: config-driven upgrade
        ImageRequest,         // jar/cnu/apps/dsp/cvm….sbn, P0S3/P003 images
        SipRunning,           // *-sip.jar
        SccpRunning,          // *-sccp.jar
        LegacyLoaderProbe,    // OS79XX.TXT: 7940/7960 or an old universal loader
        LegacySipConfig,      // SIPDefault.cnf, SIP<MAC>.cnf: 7940/7960 running SIP
        OtherFile,            // dial plan, tones, ring lists, backgrounds…
    };
    Q_ENUM(Activity)

    Activity activity = Activity::Unknown;
    std::optional<MacAddress> mac;
    QString modelId;             // set only when the evidence names exactly one model
    QStringList modelCandidates; // every model the evidence fits
    QString familyId;            // "SIP41" when derivable
    PhoneProtocol protocol = PhoneProtocol::Unknown;
    QString loadId;   // "SIP41.9-4-2SR3-1S" for LoadsRequest
    QString fileName; // the requested name reduced to its last path element
};
