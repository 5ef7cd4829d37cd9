#include "core/net/netudpsocketset.h"

#include "core/net/netqtsocketset.h"
#ifdef Q_OS_LINUX
#include "core/net/netepollsocketset.h"
#endif

std::unique_ptr<NetUdpSocketSet> NetUdpSocketSet::create(Backend backend, QObject *parent)
{
#ifdef Q_OS_LINUX
    if (backend == Backend::Native) {
        auto native = std::make_unique<NetEpollSocketSet>(parent);
        if (native->isValid())
            return native;
    }
#else
    Q_UNUSED(backend)
#endif
    return std::make_unique<NetQtSocketSet>(parent);
}
