#!/bin/bash
# DHCP throughput and latency: our server (dhcp-test-server, lease journal on, phones-only gating on) against
# kea-dhcp4 (memfile, single-threaded) and dnsmasq, driven by Kea's perfdhcp in a pair of network namespaces.
# For each server the offered rate ramps until more than 2.5 % of 4-way exchanges fail; the last clean rate is
# reported, plus the REQUEST->ACK delay at 100 leases/s. Needs root, kea-admin (perfdhcp), kea-dhcp4-server,
# dnsmasq. Usage: benchmarks/dhcp/run.sh [build-dir]   (default: ./build)
set -euo pipefail
BUILD=${1:-build}
OURS=$(realpath "$BUILD/tests/support/dhcp-test-server")
DURATION=${DURATION:-4}
RATES=${RATES:-"10 25 50 100 150 250 500 1000 2000 3000 4000 6000 8000 12000 16000 24000"}
HERE=$(dirname "$(realpath "$0")")
SERVERS=${SERVERS:-"ours ours_boundedwait ours_tmpfs kea dnsmasq"}
SRV=s2sbench-srv CLI=s2sbench-cli
WORK=$(mktemp -d)
PIDS=()
cleanup() {
    for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
    for ns in $SRV $CLI; do
        for p in $(ip netns pids $ns 2>/dev/null); do kill -9 "$p" 2>/dev/null || true; done
        ip netns del $ns 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
[ "$(id -u)" = 0 ] || { echo "needs root" >&2; exit 77; }
for tool in perfdhcp kea-dhcp4 dnsmasq; do command -v $tool >/dev/null || { echo "missing $tool" >&2; exit 77; }; done

ip netns del $SRV 2>/dev/null || true; ip netns del $CLI 2>/dev/null || true
ip netns add $SRV; ip netns add $CLI
ip link add s2sb0 type veth peer name s2sb1
ip link set s2sb0 netns $SRV; ip link set s2sb1 netns $CLI
ip -n $SRV addr add 10.232.0.1/16 dev s2sb0; ip -n $SRV link set s2sb0 up; ip -n $SRV link set lo up
ip -n $CLI addr add 10.232.0.2/16 dev s2sb1; ip -n $CLI link set s2sb1 up; ip -n $CLI link set lo up

# Phones' option 60, so our gating admits perfdhcp's clients (hex of "Cisco Systems, Inc. IP Phone CP-7941G\0").
VC=$(printf 'Cisco Systems, Inc. IP Phone CP-7941G' | od -An -tx1 | tr -d ' \n')00

start_ours() { # $1: journal directory (default: on the same disk as the other servers' lease files); $2...: flags
    local state=${1:-$WORK/ours}
    rm -rf "$state"
    ip netns exec $SRV "$OURS" --interface s2sb0 --no-probe --quiet --state-dir "$state" --lease-time 3600 "${@:2}" \
        > "$WORK/ours.log" 2>&1 &
    PIDS+=($!); sleep 0.5
    grep -q listening "$WORK/ours.log" || { cat "$WORK/ours.log"; exit 1; }
}
# The same server with its journal on tmpfs, where fdatasync costs nothing: separates the server's own cost
# from the disk's sync latency (not a configuration to ship).
start_ours_tmpfs() { start_ours "/dev/shm/s2sbench-journal"; }
# The shipped default ("ours") is strict: every ACK not covered by a synced OFFER record waits for its own
# fdatasync, however long (power-cut safe). This variant lets an uncovered ACK wait at most 2 ms, then leave
# with its record written (kill -9 safe, not power-cut safe), to show what the disk's sync tail costs.
start_ours_boundedwait() { start_ours "$WORK/ours" --ack-sync-wait 2; }
# No ARP conflict probe (neighbour table only), to see what the probe costs.
start_ours_noprobe() { start_ours "$WORK/ours" --no-conflict-probe; }
start_kea() {
    mkdir -p "$WORK/kea"
    cat > "$WORK/kea/kea.json" <<JSON
{ "Dhcp4": {
    "interfaces-config": { "interfaces": [ "s2sb0" ], "dhcp-socket-type": "udp" },
    "multi-threading": { "enable-multi-threading": false },
    "lease-database": { "type": "memfile", "persist": true, "name": "$WORK/kea/leases.csv", "lfc-interval": 0 },
    "valid-lifetime": 3600,
    "subnet4": [ { "id": 1, "subnet": "10.232.0.0/16", "pools": [ { "pool": "10.232.1.0 - 10.232.254.254" } ],
                   "option-data": [ { "name": "tftp-server-name", "data": "10.232.0.1" } ] } ],
    "loggers": [ { "name": "kea-dhcp4", "output_options": [ { "output": "$WORK/kea/kea.log" } ], "severity": "WARN" } ]
} }
JSON
    KEA_PIDFILE_DIR="$WORK/kea" KEA_LOCKFILE_DIR="$WORK/kea" ip netns exec $SRV kea-dhcp4 -c "$WORK/kea/kea.json" \
        > "$WORK/kea.out" 2>&1 &
    PIDS+=($!); sleep 1
}
start_dnsmasq() {
    ip netns exec $SRV dnsmasq --no-daemon --conf-file=/dev/null --port=0 --user=root --bind-interfaces \
        --interface=s2sb0 --dhcp-range=10.232.1.0,10.232.254.254,1h --dhcp-lease-max=70000 --no-ping \
        --dhcp-leasefile="$WORK/dnsmasq.leases" --pid-file="$WORK/dnsmasq.pid" --log-facility=/dev/null \
        > "$WORK/dnsmasq.out" 2>&1 &
    PIDS+=($!); sleep 1.5  # dnsmasq answers late right after start-up: do not count that against it
}
stop_server() {
    local p=${PIDS[-1]}; kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; unset 'PIDS[-1]'
    for p in $(ip netns pids $SRV); do kill -9 "$p" 2>/dev/null || true; done
    sleep 0.3
}

# perfdhcp as a relay (giaddr 10.232.0.2) at a fixed rate; prints "<achieved rate> <drop %> <avg ms> <max ms>".
measure() {
    local rate=$1 out
    out=$(ip netns exec $CLI perfdhcp -4 -l s2sb1 -r "$rate" -R 60000 -p "$DURATION" -o "60,$VC" 10.232.0.1 2>&1 || true)
    awk -v want="$rate" '
        /^Rate:/ { achieved = $2 }
        /Statistics for: REQUEST-ACK/ { inack = 1 }
        /Statistics for: DISCOVER-OFFER/ { inack = 0 }
        /^sent packets:/ { if (inack) sent = $3; else dsent = $3 }
        /^received packets:/ { if (inack) rcvd = $3; else drcvd = $3 }
        /^avg delay:/ { if (inack) avg = $3 }
        /^max delay:/ { if (inack) max = $3 }
        END {
            # A 4-way exchange fails when either half is lost; count against the DISCOVERs sent.
            drop = dsent > 0 ? 100 * (dsent - rcvd) / dsent : 100
            printf "%s %.2f %s %s\n", achieved + 0, drop, avg + 0, max + 0
        }' <<<"$out"
}

declare -A CLEAN LAT
bench() {
    local name=$1 best=0
    "start_$name"
    # Latency at 100 leases/s from our own relay-mode probe: perfdhcp has no percentiles.
    read -r op50 op99 _ ap50 ap99 amax lost <<<"$(ip netns exec $CLI python3 "$HERE/latency.py" --server 10.232.0.1 \
        --giaddr 10.232.0.2 --rate 100 --count "${LATENCY_COUNT:-1000}")"
    LAT[$name]="$op50 / $op99 | $ap50 / $ap99 / $amax | $lost"
    stop_server; "start_$name"
    for rate in $RATES; do
        read -r achieved drop _ _ <<<"$(measure "$rate")"
        echo "  $name rate $rate: achieved $achieved/s, failed $drop %" >&2
        if awk -v d="$drop" 'BEGIN { exit !(d <= 2.5) }'; then best=$achieved; else break; fi
        stop_server; "start_$name"   # fresh server and lease file each step: the pool never fills
    done
    stop_server
    CLEAN[$name]=$best
}

for s in $SERVERS; do echo "== $s" >&2; bench $s; done
rm -rf /dev/shm/s2sbench-journal
# The disk's own fdatasync latency at 100 syncs/s, for reading the ACK column.
DISK=$(python3 - "$WORK" <<'PY'
import os, sys, time
path = os.path.join(sys.argv[1], "synctest")
fd = os.open(path, os.O_RDWR | os.O_CREAT)
os.write(fd, b"\0" * (1 << 18)); os.fsync(fd)
lat = []
for i in range(500):
    t = time.perf_counter(); os.pwrite(fd, b"x" * 90, i * 90); os.fdatasync(fd)
    lat.append((time.perf_counter() - t) * 1000); time.sleep(0.01)
lat.sort()
print("%.3f / %.3f / %.3f" % (lat[250], lat[495], lat[-1]))
PY
)
printf '\n| server | clean 4-way rate (/s) | OFFER p50 / p99 (ms) | ACK p50 / p99 / max (ms) | lost |\n|---|---|---|---|---|\n'
for s in $SERVERS; do printf '| %s | %s | %s |\n' "$s" "${CLEAN[$s]}" "${LAT[$s]}"; done
printf '\nfdatasync of a 90-byte overwrite on this disk, p50 / p99 / max (ms): %s\n' "$DISK"
awk -v o="${CLEAN[ours]:-0}" -v k="${CLEAN[kea]:-0}" -v d="${CLEAN[dnsmasq]:-0}" 'BEGIN {
    printf "\nours / dnsmasq = %.2f (bar >= 5)\nours / kea     = %.2f (bar >= 0.5)\n", (d > 0 ? o / d : 0), (k > 0 ? o / k : 0) }'
