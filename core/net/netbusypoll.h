#pragma once

#include <chrono>

// When a server with nothing to read should keep asking the kernel for a while instead of going to sleep.
//
// A lock-step peer on loopback or a fast LAN answers within tens of microseconds, while sleeping and being woken
// costs about as much again (more on a virtual machine, where a halted vCPU is woken through the hypervisor): a
// short spin picks the answer up with neither. A phone on a 100 Mbit/s port answers in hundreds of
// microseconds, so spinning for it would only burn the CPU. The policy learns which case it is in: it spins while
// spins pay off, stops at the first spin that runs out its budget, and probes again once every `kProbeEvery`
// idle moments, so a peer that got fast is noticed and a slow one costs at most one budget per `kProbeEvery`.
class NetBusyPoll
{
public:
    using Micros = std::chrono::microseconds;
    // Idle moments between probes while spinning does not pay off.
    static constexpr int kProbeEvery = 64;

    explicit NetBusyPoll(Micros budget = Micros(0))
        : m_budget(budget)
    {}

    // Zero turns spinning off.
    void setBudget(Micros budget) { m_budget = budget; }
    Micros budget() const { return m_budget; }

    // Nothing is ready: start spinning?
    bool startSpin();
    // Spinning for `spun` and still nothing: go on? The answer is false once the budget is spent, which counts as
    // a miss: no more spinning until a probe catches something.
    bool continueSpin(Micros spun);
    // A spin found something to read.
    void hit();

    bool isPayingOff() const { return m_payingOff; }

private:
    Micros m_budget;
    bool m_payingOff = true;
    int m_idleUntilProbe = 0;
};
