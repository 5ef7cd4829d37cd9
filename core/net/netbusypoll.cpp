#include "core/net/netbusypoll.h"

bool NetBusyPoll::startSpin()
{
    if (m_budget <= Micros(0))
        return false;
    if (m_payingOff)
        return true;
    if (--m_idleUntilProbe > 0)
        return false;
    m_idleUntilProbe = kProbeEvery;
    return true;
}

bool NetBusyPoll::continueSpin(Micros spun)
{
    if (spun < m_budget)
        return true;
    if (m_payingOff)
        m_idleUntilProbe = kProbeEvery;
    m_payingOff = false;
    return false;
}

void NetBusyPoll::hit()
{
    m_payingOff = true;
}
