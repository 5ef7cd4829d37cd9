#pragma once

#include <QByteArray>
#include <QString>

// DHCP option 60 as Cisco 79xx phones send it (cisco-79xx.md §1.1): "Cisco Systems, Inc. IP Phone CP-7941G\0",
// the 7905/7912 form "Cisco Systems, Inc. IP Phone 7912" (no CP-, no NUL), and old 7940/60 images that send
// only "Cisco Systems, Inc. IP Phone\0". The DHCP server uses this only to gate who gets an address;
// naming the model is core/phones' job, so the token is passed on as sent.
class DhcpVendorClass
{
public:
    bool isCiscoPhone = false;
    QString modelToken; // "CP-7941G", "CP-7940", "7912"; empty when the phone sent none (or not a phone)
    QString text;       // printable form of the whole option, NUL stripped, for events and logs

    static DhcpVendorClass parse(const QByteArray &option60);
};
