#pragma once

// Exit codes of sccp2sip-cli. Part of the documented contract (docs/cli.md): add, never renumber.
enum class ExitCode : int {
    Success = 0,
    Failure = 1,           // the command ran and the answer is "no" (invalid bundle, failed phone, …)
    Usage = 2,             // bad flags or arguments
    PermissionDenied = 3,  // a privileged port (67/69) needs root or CAP_NET_BIND_SERVICE
    PortInUse = 4,         // another program holds the port
    ForeignDhcpServer = 5, // another DHCP server answers on the bench network
    InvalidInput = 6,      // a file given to us (bundle, inventory, CSV) is unreadable or invalid
    NetworkError = 7,      // interface missing, no address, socket failure
    Interrupted = 130,     // stopped by SIGINT before finishing a bounded run
};

inline int toInt(ExitCode code)
{
    return static_cast<int>(code);
}
