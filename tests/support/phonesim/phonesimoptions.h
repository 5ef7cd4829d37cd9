#pragma once

#include "core/common/macaddress.h"
#include "core/common/result.h"

#include <QString>
#include <QStringList>

// Command line of sccp2sip-phonesim (docs/phonesim.md). Only syntax is checked here; the model is checked
// against the phone catalogue by the caller.
struct PhoneSimOptions
{
    enum class EventFormat { Text, Json, None };

    QString interfaceName;
    QString model = QStringLiteral("7941");
    MacAddress mac;
    QString load; // empty: the family's SCCP load chosen by the caller
    bool trustList = false;
    bool factoryReset = false;
    bool oldVendorClass = false; // 7940/60 images that send "Cisco Systems, Inc. IP Phone" only
    bool noVendorClass = false;  // option 60 absent, as after some factory resets (host name SEP<MAC> only)
    // Images already in flash at start (a phone on SCCP 9.4(2) holds the images its SIP 9.4(2) load shares).
    QStringList imagesInFlash;
    // The web page answers only once the phone's app is up (after its config and locale files), not from the
    // lease on: the page belongs to the phone application (docs/phones.md).
    bool pageAtReady = false;
    // The web server is off, as a call manager's "Security by Default" leaves it, until a config with
    // <webAccess>0</webAccess> turns it on (Cisco community, "Security by Default and managing ITL files").
    bool pageOff = false;
    int lossPercent = 0;
    qint64 stallAtBytes = -1;
    int stallForMs = 0;
    int rebootMs = 300;
    int retryMs = 1000; // pause before a phone asks again (trust list, unprovisioned, failed upgrade)
    int tftpTimeoutMs = 1000;
    int tftpRetries = 5;
    int blockSize = 0; // 0: no options, RFC 1350 lock-step with 512-byte blocks like the phones
    int dhcpTimeoutMs = 1000;
    int dhcpAttempts = 10;
    int maxBoots = 20;
    int maxConfigTries = 30;
    quint16 httpPort = 80;
    quint16 tftpPort = 69;
    QString stateFile;
    EventFormat events = EventFormat::Text;

    // InvalidArgument with a one-line detail on any unknown flag or bad value. `--help` gives
    // InvalidArgument with the detail "help".
    static Result<PhoneSimOptions> parse(const QStringList &arguments);
    static QString usage();
};
