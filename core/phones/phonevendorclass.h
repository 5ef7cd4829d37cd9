#pragma once

#include <QByteArrayView>
#include <QString>

// DHCP option 60 as Cisco phones send it, parsed in one place with one rule: "Cisco Systems, Inc. IP Phone
// CP-7941G\0" (the usual form), "…IP Phone CP-7940\0" (no G), "…IP Phone 7912" (7905/7912: no CP-, no NUL), and
// the bare "Cisco Systems, Inc. IP Phone\0" of old 7940/7960 images. The prefix is matched without regard to case
// and one trailing NUL is dropped. Other Cisco devices send other forms (a 6901 sends just "Cisco Systems, Inc."):
// isCisco says so, for the log. Sources: public captures listed in docs/phones.md ("DHCP").
class PhoneVendorClass
{
public:
    static constexpr int kMaxLength = 255; // one option's worth; longer concatenations are not a phone's

    bool isCiscoPhone = false; // the "…IP Phone" class, with or without a model token
    bool isCisco = false;      // starts with "Cisco Systems, Inc." (phones and other Cisco devices)
    QString modelToken;        // "CP-7941G", "CP-7940", "7912"; empty when none was sent (or not a phone)
    QString text;              // printable form of the whole option, NUL stripped, for events and logs

    static PhoneVendorClass parse(QByteArrayView option60);
};
