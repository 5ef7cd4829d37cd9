#pragma once

#include "core/common/clock.h"
#include "core/common/result.h"
#include "core/dhcp/dhcplease.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QSet>

#include <deque>
#include <functional>
#include <optional>

// Which address each client gets. Pure state over an injected Clock: no sockets, no files (the server
// journals what this decides). Dynamic addresses come from [first, last] minus our own address and the
// reserved ones; a reserved address goes only to its MAC. A client keeps its address across restarts and
// expiry as long as nobody else needed it.
class DhcpLeasePool
{
public:
    struct Config
    {
        quint32 serverAddress = 0;
        quint32 network = 0;
        int prefixLength = 24;
        quint32 first = 0;
        quint32 last = 0;
        QHash<MacAddress, quint32> reservations;
        qint64 offerHoldSecs = 60;
        qint64 declineHoldSecs = 600;
        // With probing on: how long a probe that found an address silent stays good for offering it.
        qint64 probeFreshSecs = 60;
    };
    // Largest dynamic range the pool manages; a bigger subnet is cut to its first 65534 hosts.
    static constexpr quint32 kMaxRange = 65534;

    // The default range: the card's subnet minus network, broadcast and our own address (left in place,
    // skipped at allocation). Fails with DhcpPoolExhausted for /31 and /32.
    static Result<Config> configForSubnet(const QHostAddress &serverAddress, int prefixLength);
    // An explicit range; it must lie inside the subnet.
    static Result<Config> configForRange(const QHostAddress &serverAddress, int prefixLength, const QHostAddress &first,
                                         const QHostAddress &last);

    DhcpLeasePool(Config config, const Clock &clock);

    // Called for a fresh candidate before offering it; true means "someone else answers there" and the
    // address is quarantined instead (the server plugs in a neighbour-table look-up).
    void setConflictCheck(std::function<bool(quint32 address, const MacAddress &client)> check);

    // The address to offer: the client's current lease or offer, its reservation, the address it asked
    // for if free, else the next free one. nullopt when the pool is exhausted, or, with probing on, when no
    // fresh address has been probed yet: then *awaitingProbe is set (the caller waits for a probe).
    std::optional<quint32> chooseForOffer(const QByteArray &clientKey, const MacAddress &mac,
                                          std::optional<quint32> requested, bool *awaitingProbe = nullptr);

    // Active conflict probing (DhcpConflictGuard drives it). While on, a fresh address (a requested one too) is
    // offered only after a probe found nobody answering there, recently; the client's own or reserved one
    // needs none.
    void setProbing(bool on) { m_probing = on; }
    bool probing() const { return m_probing; }
    // Under a flood with no probed address left, fresh addresses are offered unprobed (conflict check only).
    void setUnprobedAllowed(bool allowed) { m_unprobedAllowed = allowed; }
    // The next free address nobody probes or holds, now marked as being probed; nullopt when none is left.
    std::optional<quint32> takeProbeCandidate();
    // A probe of `address` ended in silence: it may be offered (if it is still free).
    void probeCleared(quint32 address);
    // Someone answered for `address` (during its probe or later): quarantined unless a client holds it.
    void probeAnswered(quint32 address);
    // A probe could not be sent: the address is neither probed nor quarantined.
    void probeAbandoned(quint32 address) { m_probingNow.remove(address); }
    // Probed addresses older than `probedBefore` (seconds), now marked as being probed again.
    QList<quint32> takeStaleReady(qint64 probedBefore);
    int readyCount() const { return int(m_ready.size()); }
    int probingCount() const { return int(m_probingNow.size()); }
    bool isReady(quint32 address) const { return m_ready.contains(address); }
    qint64 nowSecs() const { return now(); }
    void markOffered(const QByteArray &clientKey, const MacAddress &mac, quint32 address);
    // Forgets the client's pending offer; returns it (the server journals that it is void).
    std::optional<DhcpLease> dropOffer(const QByteArray &clientKey);

    // Binds `address` to the client for leaseSecs; nullopt if the address is not ours to give this client.
    std::optional<DhcpLease> bind(const QByteArray &clientKey, const MacAddress &mac, quint32 address, qint64 leaseSecs,
                                  const QString &hostname);
    // The client's bound, unexpired lease.
    std::optional<DhcpLease> activeLease(const QByteArray &clientKey) const;
    bool isOwnedByOther(quint32 address, const QByteArray &clientKey) const;
    std::optional<DhcpLease> release(const QByteArray &clientKey, quint32 address);
    std::optional<DhcpLease> decline(const QByteArray &clientKey, quint32 address);
    // Reloads a lease from the store (restart).
    void restore(const DhcpLease &lease);

    bool inSubnet(quint32 address) const;
    bool inRange(quint32 address) const;
    // Bound leases that have not expired.
    QList<DhcpLease> boundLeases() const;
    const Config &config() const { return m_config; }

private:
    qint64 now() const;
    bool isFreeFor(quint32 address, const QByteArray &clientKey, const MacAddress &mac, qint64 now) const;
    bool isReservedForOther(quint32 address, const MacAddress &mac) const;
    void put(const DhcpLease &lease);
    void erase(quint32 address);
    void quarantine(quint32 address, qint64 now);
    bool isAcceptableFresh(quint32 address, const QByteArray &clientKey, const MacAddress &mac, qint64 now) const;
    std::optional<quint32> takeReady(const QByteArray &clientKey, const MacAddress &mac, qint64 now);

    Config m_config;
    const Clock &m_clock;
    QHash<quint32, DhcpLease> m_byAddress;
    QHash<QByteArray, quint32> m_byKey;
    QHash<quint32, MacAddress> m_reservedBy;
    std::function<bool(quint32, const MacAddress &)> m_conflictCheck;
    quint32 m_cursor = 0;
    bool m_probing = false;
    bool m_unprobedAllowed = false;
    quint32 m_probeCursor = 0;
    std::deque<quint32> m_readyOrder; // oldest probe first; entries no longer in m_ready are skipped
    QHash<quint32, qint64> m_ready;   // probed silent -> when (seconds)
    QSet<quint32> m_probingNow;
};
