#pragma once

#include "core/common/macaddress.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <deque>

class DhcpLeasePool;
class NetConflictProber;

// Probes free addresses AHEAD of the DISCOVERs that will need them, so an OFFER normally takes an address
// that was found silent moments ago and waits for nothing. A probe nobody answers within timeoutMs clears
// its address; an answer (then or later) quarantines it in the pool. The probed set's target grows each time
// an offer found it empty (up to maxInFlight), and addresses probed a while ago are probed again in the
// background so the set stays recent.
class DhcpConflictGuard : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        int timeoutMs = 300;
        int ahead = 64;        // probed-or-probing addresses kept ready at first
        int maxInFlight = 256; // the most probes under way at once, and the largest the target grows
        int refreshSecs = 30;  // probed addresses older than this are probed again
    };

    DhcpConflictGuard(DhcpLeasePool &pool, NetConflictProber &prober, Config config, QObject *parent = nullptr);

    // Tops the probed set up to the target. Returns whether a probe is under way afterwards (false: no free
    // address is left to probe, so waiting for one is pointless).
    bool refill();
    // An offer found the probed set empty: probe further ahead from now on.
    void missed();
    int target() const { return m_target; }
    int inFlight() const { return int(m_inFlight.size()); }

Q_SIGNALS:
    // A probe ended in silence: an address can be offered.
    void addressesReady();
    // A probe could not be sent: probing is off from now on, the caller falls back.
    void failed(const QString &reason);

private:
    bool send(quint32 address);
    void onAnswered(quint32 address, const MacAddress &holder);
    void onDeadline();
    void onRefresh();
    void armDeadline();

    struct InFlight
    {
        quint32 address;
        qint64 deadlineMs;
    };
    DhcpLeasePool &m_pool;
    NetConflictProber &m_prober;
    Config m_config;
    int m_target;
    bool m_failed = false;
    qint64 m_searchAgainAtMs = 0;
    std::deque<InFlight> m_inFlight; // all probes share one timeout, so deadlines come in order
    QElapsedTimer m_elapsed;
    QTimer m_deadline;
    QTimer m_refresh;
};
