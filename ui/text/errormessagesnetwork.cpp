// ErrorMessages, network half: cards, sockets and the TFTP and DHCP servers, when no port is known (forBind says
// which port when it is).
#include "ui/text/errormessages.h"

ErrorMessage ErrorMessages::network(const Error &error)
{
    ErrorMessage m;
    m.detail = error.toLogString();
    switch (error.code()) {
    case ErrorCode::InterfaceNotFound:
        m.what = tr("The chosen network card is not there any more.");
        m.why = tr("It was unplugged, switched off or renamed (a USB adapter gets a new name in another port).");
        m.fix = tr("Plug it in, then choose it again on the Network page.");
        return m;
    case ErrorCode::InterfaceHasNoAddress:
        m.what = tr("The network card has no IPv4 address.");
        m.why = tr("The bench serves DHCP from the card's own address, and a card cabled to a phone switch gets "
                   "none by itself.");
        m.fix = tr("Give the card a fixed address, for example 10.79.0.1 with mask 255.255.255.0, then choose it "
                   "again.");
        return m;
    case ErrorCode::AddressNotAvailable:
        m.what = tr("The card's address does not exist on this computer any more.");
        m.why = tr("The network card lost its address or was unplugged.");
        m.fix = tr("Plug the card in, wait until it has an address, then press Check again.");
        return m;
    case ErrorCode::PortInUse:
        m.what = tr("A server port is already in use.");
        m.why = tr("Another DHCP or TFTP server runs on this computer (for example dnsmasq, Tftpd64 or Windows "
                   "Internet Connection Sharing).");
        m.fix = tr("Stop that program, then press Check again on the first page.");
        return m;
    case ErrorCode::PortNeedsPrivileges:
        m.what = tr("sccp2sip may not open the DHCP and TFTP ports.");
        m.why = tr("Ports below 1024 need administrator rights, or the firewall blocks them.");
        m.fix = tr("The first page shows the fix for this computer; apply it, then press Check again.");
        return m;
    case ErrorCode::SocketError:
        m.what = tr("The network card reported an error.");
        m.why = tr("The operating system refused to send or receive on it.");
        m.fix = tr("Check the cable and the card, then try again; Details has the system's reason.");
        return m;
    case ErrorCode::TftpMalformedPacket:
    case ErrorCode::DhcpMalformedPacket:
        m.what = tr("A device sent a message sccp2sip cannot read.");
        m.why = tr("It is damaged or not meant for this server; it was ignored and the bench keeps serving.");
        m.fix = tr("Nothing to do unless it repeats; then find the sender's address in the log.");
        return m;
    case ErrorCode::TftpNameRefused:
        m.what = tr("A device asked for a file outside the bench's folders.");
        m.why = tr("Names with \"..\" are refused, so nothing else on this computer can be read.");
        m.fix = tr("Nothing to do: phones never ask for such names. If it repeats, find the device by its address "
                   "in the log.");
        return m;
    case ErrorCode::TftpAccessDenied:
        m.what = tr("A phone's configuration file was refused to a device.");
        m.why = tr("It holds the phone's settings and password, and only goes to the address the phone was "
                   "leased.");
        m.fix = tr("If a real phone was refused, unplug it and plug it back in so it asks for its address again.");
        return m;
    case ErrorCode::TftpTimedOut:
        m.what = tr("A phone stopped answering during a file transfer.");
        m.why = tr("It rebooted, lost its cable, or the network drops packets.");
        m.fix = tr("Check the phone's cable and switch port; after a reboot the phone asks again by itself.");
        return m;
    case ErrorCode::TftpTransferAborted:
        m.what = tr("A phone stopped a file transfer.");
        m.why = tr("It reported an error or restarted in the middle of the file.");
        m.fix = tr("Wait: phones try again by themselves. If the same file fails again, import its bundle again on "
                   "the Firmware page.");
        return m;
    case ErrorCode::DhcpForeignServer:
        m.what = tr("Another DHCP server answers on this network.");
        m.why = tr("Phones would take their address and TFTP server from it and never reach this bench.");
        m.fix = tr("Unplug the bench switch from the office network or switch that server off. Use the existing "
                   "server (Network page) only if it sends phones to this computer.");
        return m;
    case ErrorCode::DhcpPoolExhausted:
        m.what = tr("Every address of the pool is in use.");
        m.why = tr("More devices asked for an address than the pool holds.");
        m.fix = tr("Widen the pool or shorten the lease time on the Network page, then restart the bench.");
        return m;
    case ErrorCode::DhcpAddressDeclined:
        m.what = tr("A phone refused the address it was given.");
        m.why = tr("Another device on the bench answers for that address (a static address, or a second DHCP "
                   "server's lease); the phone asks again and gets another one.");
        m.fix = tr("Nothing to do if the phone carries on. If it happens again, find the device with that address "
                   "(Details) and unplug it or move it out of the pool.");
        return m;
    case ErrorCode::LeaseStoreCorrupt:
        m.what = tr("The saved address leases could not be read.");
        m.why = tr("The file in the state folder is damaged, for example after a crash; the bench starts without "
                   "them.");
        m.fix = tr("Nothing to do: phones get new addresses. Unplug and replug a phone that does not show up.");
        return m;
    case ErrorCode::HttpError:
        m.what = tr("A phone's web page could not be read.");
        m.why = tr("Its web server is off or did not answer; an old call manager often switches it off.");
        m.fix = tr("Nothing to do while the bench retries. To check by hand, open the phone's address in a "
                   "browser.");
        return m;
    case ErrorCode::TimedOut:
        m.what = tr("A phone did not answer in time.");
        m.why = tr("Flashing firmware and rebooting can keep a phone silent for several minutes.");
        m.fix = tr("Wait a few minutes; if it stays silent, check its cable and power.");
        return m;
    default:
        return {};
    }
}
