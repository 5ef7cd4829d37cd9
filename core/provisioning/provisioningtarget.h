#pragma once

#include <QString>

// What the phone should end up running, as plain data. The generators never look at the catalog: core/bench (or
// the CLI) fills this from the model catalog and the firmware library, so tests can feed any model, real or not.
struct ProvisioningTarget
{
    // Which config format the target load reads.
    enum class Protocol {
        Sip9,    // 79x1/79x2/79x5/797x/7906/7911 SIP 9.x: SEP<MAC>.cnf.xml
        Sip7940, // 7940/7960 P0S3 image: SIPDefault.cnf + SIP<MAC>.cnf (+ OS79XX.TXT)
    };

    QString modelName;         // "Cisco 7941": the model attribute in XMLDefault; never relied upon by the phone
    int loadInformationId = 0; // device type (115 for the 7941): the NNN of <loadInformationNNN>
    QString loadId;            // "SIP41.9-4-2SR3-1S", without ".loads"
    QString family;            // "SIP41", "P0S3", …: for logs and for choosing the files
    QString userLocaleJar;     // "mk-sip.jar": what the new load asks for after conversion (verification)
    Protocol protocol = Protocol::Sip9;
};
