#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"
#include "core/provisioning/generatedfile.h"
#include "core/provisioning/pbxsettings.h"
#include "core/provisioning/phoneline.h"
#include "core/provisioning/provisioningtarget.h"

#include <QMap>

// The three files of the 7940/7960 P0S3 SIP image (docs/phones.md, "Boot sequences" and "Config files"). The .cnf files
// are the flat `key: "value"` format, which has no escape mechanism: a value holding a quote, a backslash, a control
// character or a character outside Latin-1 is refused with InvalidArgument instead of being written broken.
// Error details name the key, never the value (it may be a password).
class Sip7940ConfigBuilder
{
public:
    static constexpr int kMaxLines = 6; // the 7960 has six line keys, the 7940 two

    static QString os79xxFileName() { return QStringLiteral("OS79XX.TXT"); }
    static QString sipDefaultFileName() { return QStringLiteral("SIPDefault.cnf"); }
    static QString sipMacFileName(const MacAddress &mac); // "SIP001C58D64433.cnf"

    // One line naming the image, with no trailing whitespace, no newline and no BOM (bug CSCdv19260: a trailing
    // space makes the phone ask for a file that does not exist). Serve the bundle's own copy when there is one.
    static Result<GeneratedFile> os79xx(const QString &imageName);
    static Result<GeneratedFile> sipDefault(const ProvisioningTarget &target, const PbxSettings &pbx);
    static Result<GeneratedFile> sipMac(const MacAddress &mac, const PbxSettings &pbx,
                                        const QMap<int, PhoneLine> &lines);
};
