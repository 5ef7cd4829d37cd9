#!/usr/bin/env bash
# benchmarks/tftp/run.sh — race sccp2sip's TFTP server against tftpd-hpa, dnsmasq and atftpd on loopback inside a
# private network namespace, with the same files and the same load generator (tftpload.cpp), and print each
# scenario's result and our ratio to the best peer. Needs root (namespaces, nftables, port 69).
#
#   benchmarks/tftp/run.sh                 # all scenarios T1..T7
#   SCENARIOS="T1 T5" benchmarks/tftp/run.sh
#   T6_SIZE=$((2*1024*1024)) benchmarks/tftp/run.sh   # shorter loss run (tftpd-hpa waits 1 s per lost block)
#   T6_ALL=1 benchmarks/tftp/run.sh        # also run T6 against dnsmasq and atftpd (atftpd alone takes minutes)
#   REPEAT=5 benchmarks/tftp/run.sh        # five rounds, servers in a rotating order; ratios from the medians
#   SERVERS="sccp2sip dnsmasq probe-epoll probe-uring" SCENARIOS="T1 T2 T5" benchmarks/tftp/run.sh
#                                     # add the ceiling probes (tftpprobe.cpp: lock-step I/O and nothing else;
#                                     # T1, T2, T3, T5)
#   BUSY_POLL_US=0 benchmarks/tftp/run.sh  # our server without spinning for a fast peer (default 50)
#   T5_RUNS=21 benchmarks/tftp/run.sh      # T5 bursts per server and round (default 11); the round keeps their median
#   T5_PAUSE=0 benchmarks/tftp/run.sh      # no pause before each T5 burst (default 0.05 s: every burst starts from idle)
#   PIN=0 benchmarks/tftp/run.sh           # let the scheduler place generator and servers (default: vCPU 0 and 1)
#
# Every server runs for the whole bench, each on its own loopback address (127.0.0.1, .2, ... in the order of
# SERVERS), and a round goes scenario by scenario: a scenario runs against every server in turn (a rotating order),
# seconds apart, before the next one starts. A shared VM has slow spells that last minutes; running server after
# server through all scenarios let one server's whole session fall into one. Even so one round says little: use
# REPEAT, compare medians, and read cpu_ms (the server's own CPU time, children included).
#
# Peers come from Debian: dnsmasq from dnsmasq-base; tftpd-hpa and atftpd conflict as installed packages, so
# their .debs are fetched with `apt-get download` and unpacked under build/bench/peers (never installed).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${BUILD:-$ROOT/build}
OUT=$BUILD/bench
PEERS=$OUT/peers
SCENARIOS=${SCENARIOS:-"T1 T2 T3 T4 T5 T6 T7"}
SERVERS=${SERVERS:-"sccp2sip tftpd-hpa dnsmasq atftpd"}
REPEAT=${REPEAT:-1}
T6_SIZE=${T6_SIZE:-$((8 * 1024 * 1024))}
T5_RUNS=${T5_RUNS:-11}
T5_PAUSE=${T5_PAUSE:-0.05}
NS=s2sbench$$
WORK=$(mktemp -d /tmp/s2s-tftp-bench.XXXXXX)
declare -A SRV_PID SRV_ADDR SRV_CG
CG_BASE=

[ "$(id -u)" = 0 ] || { echo "run.sh: needs root (network namespace, nftables, port 69)" >&2; exit 77; }

cleanup() {
    local s
    for s in "${!SRV_PID[@]}"; do
        kill "${SRV_PID[$s]}" 2>/dev/null && wait "${SRV_PID[$s]}" 2>/dev/null || true
    done
    for s in "${!SRV_CG[@]}"; do rmdir "${SRV_CG[$s]}" 2>/dev/null || true; done
    [ -n "$CG_BASE" ] && rmdir "$CG_BASE" 2>/dev/null || true
    ip netns del "$NS" 2>/dev/null || true
    rm -rf "$WORK"
}
trap cleanup EXIT

# The generator needs liburing (Debian: liburing-dev); dnsmasq comes from dnsmasq-base.
source "$ROOT/scripts/lib/common.sh"
install_packages liburing-dev dnsmasq-base
mkdir -p "$OUT" "$PEERS"
cmake --build "$BUILD" --target sccp2sip-cli >/dev/null
g++ -O2 -std=c++20 -o "$OUT/tftpload" "$ROOT/benchmarks/tftp/tftpload.cpp" -luring
if [[ " $SERVERS " == *" probe-"* ]]; then
    g++ -O2 -std=c++20 -o "$OUT/tftpprobe" "$ROOT/benchmarks/tftp/tftpprobe.cpp" -luring
fi
if [ ! -x "$PEERS/root/usr/sbin/in.tftpd" ] || [ ! -x "$PEERS/root/usr/sbin/atftpd" ]; then
    (cd "$PEERS" && apt-get download tftpd-hpa atftpd libwrap0 >/dev/null 2>&1 && for d in *.deb; do dpkg -x "$d" root; done)
fi
export LD_LIBRARY_PATH=$PEERS/root/lib/x86_64-linux-gnu:$PEERS/root/usr/lib/x86_64-linux-gnu

# Files: an 8 MiB "firmware image", a 6 KB "config", a 1 MiB file for the 200-transfer hold.
SRV_ROOT=$WORK/root
mkdir -p "$SRV_ROOT"
head -c $((8 * 1024 * 1024)) /dev/urandom >"$SRV_ROOT/fw.sbn"
head -c "$T6_SIZE" /dev/urandom >"$SRV_ROOT/loss.sbn"
head -c 6000 /dev/urandom >"$SRV_ROOT/SEP001E4A794100.cnf.xml"
head -c $((1024 * 1024)) /dev/urandom >"$SRV_ROOT/small.sbn"
chmod -R a+rX "$WORK"

# A namespace with loopback, plus a veth pair holding an IPv4 address (this kernel has no dummy driver):
# tftpd-hpa's getaddrinfo uses AI_ADDRCONFIG and fails with only `lo`. All traffic stays on loopback.
ip netns add "$NS"
ip -n "$NS" link set lo up
ip -n "$NS" link add s2sbench0 type veth peer name s2sbench1
ip -n "$NS" addr add 10.233.0.1/24 dev s2sbench0
ip -n "$NS" link set s2sbench0 up
inns() { ip netns exec "$NS" "$@"; }
# Servers start through this array, not the function: `func &` forks a subshell, so $! would not be the server.
INNS=(ip netns exec "$NS")
# The generator runs on vCPU 0 and every server on vCPU 1, as if the clients were on another machine. Unpinned, a
# loopback send wakes its receiver with the kernel's "sync" hint and the scheduler moves the woken task onto the
# sender's vCPU now and then; the two then take turns. T5 bursts from idle with only the generator pinned: a server
# moved onto its vCPU took 23-32 ms (50-500 involuntary context switches), one left alone 13-19 (ours) or 17-19
# (dnsmasq) with 0-4; which burst gets moved is chance, for every server measured. The cost: a server with threads
# or children (atftpd, tftpd-hpa) gets one vCPU, not the generator's idle time as well (atftpd in T4: 216-222 MiB/s
# pinned, 350-380 unpinned).
SRV_PIN=()
GEN_PIN=()
if [ "${PIN:-1}" != 0 ] && [ "$(nproc)" -ge 2 ]; then
    SRV_PIN=(taskset -c 1)
    GEN_PIN=(taskset -c 0)
fi

# Each server on its own address, all on port 69, all running from the start to the end of the bench.
start_server() {
    local a=${SRV_ADDR[$1]}
    case $1 in
    sccp2sip) "${INNS[@]}" "${SRV_PIN[@]}" "$BUILD/app/sccp2sip-cli" tftp --root "$SRV_ROOT" --address "$a" \
        --port 69 --max-transfers 1000 --busy-poll-us "${BUSY_POLL_US:-50}" >/dev/null & ;;
    tftpd-hpa) "${INNS[@]}" "${SRV_PIN[@]}" "$PEERS/root/usr/sbin/in.tftpd" --foreground --listen \
        --address "$a:69" --user root --secure "$SRV_ROOT" & ;;
    dnsmasq) "${INNS[@]}" "${SRV_PIN[@]}" dnsmasq --keep-in-foreground --conf-file=/dev/null --port=0 --enable-tftp \
        --tftp-root="$SRV_ROOT" --listen-address="$a" --bind-interfaces --user=root --group=root \
        --tftp-max=1000 --pid-file= --log-facility=/dev/null & ;;
    probe-epoll | probe-uring) "${INNS[@]}" "${SRV_PIN[@]}" "$OUT/tftpprobe" "${1#probe-}" 69 "$SRV_ROOT" "$a" & ;;
    atftpd) "${INNS[@]}" "${SRV_PIN[@]}" "$PEERS/root/usr/sbin/atftpd" --daemon --no-fork --port 69 \
        --bind-address "$a" --user root.root --maxthread 1000 --logfile /dev/null "$SRV_ROOT" & ;;
    *) echo "run.sh: unknown server $1" >&2; exit 1 ;;
    esac
    SRV_PID[$1]=$!
    if [ -n "$CG_BASE" ]; then
        SRV_CG[$1]=$CG_BASE/$1
        mkdir "${SRV_CG[$1]}"
        echo "${SRV_PID[$1]}" >"${SRV_CG[$1]}/cgroup.procs"
    fi
}
check_server() {
    kill -0 "${SRV_PID[$1]}" 2>/dev/null || { echo "run.sh: $1 is not running (did not start, or died)" >&2; exit 1; }
}
load() { inns "${GEN_PIN[@]}" "$OUT/tftpload" --server "$CUR_ADDR" --port 69 "$@" || true; }
# The server's CPU time in ms, children included (tftpd-hpa forks one per transfer and never waits for them, so
# /proc/PID/stat would miss theirs): an accounting-only cgroup (cgroup v1 cpuacct, or v2) per server.
if [ -w /sys/fs/cgroup/cpuacct ]; then
    CG_BASE=/sys/fs/cgroup/cpuacct/s2sbench$$
elif [ -f /sys/fs/cgroup/cgroup.controllers ] && [ -w /sys/fs/cgroup ]; then
    CG_BASE=/sys/fs/cgroup/s2sbench$$
fi
[ -z "$CG_BASE" ] || mkdir "$CG_BASE" 2>/dev/null || CG_BASE=
server_cpu_ms() { # server
    local cg=${SRV_CG[$1]:-}
    if [ -n "$cg" ] && [ -f "$cg/cpuacct.usage" ]; then
        echo $(($(cat "$cg/cpuacct.usage") / 1000000))
    elif [ -n "$cg" ] && [ -f "$cg/cpu.stat" ]; then
        awk '/^usage_usec/{print int($2 / 1000)}' "$cg/cpu.stat"
    else # no cgroup: the process and its reaped children only
        awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15 + $16 + $17) * 1000 / hz)}' /proc/"${SRV_PID[$1]}"/stat
    fi
}
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p" <<<"$2"; }
loss_on() {
    # DATA only (ACKs are 4 bytes, DATA ≥ 516): "1 % random DATA loss".
    inns nft -f - <<NFT
table inet s2sloss {
  chain in { type filter hook input priority 0; udp sport != 69 udp length > 100 numgen random mod 100 < $1 drop; }
}
NFT
}
loss_off() { inns nft delete table inet s2sloss 2>/dev/null || true; }

# T5 is over in 13-25 ms, shorter than a shared VM's slow spells (the same binary's single bursts landed anywhere
# between 13 and 24 ms, and a spell can cover a dozen bursts in a row). So a T5 round is T5_RUNS passes, each pass
# one burst per server in a rotating order with a pause between bursts: a spell falls on every server's bursts
# alike. A server's round is its burst with the median total time, with the spread of all its bursts; a failed
# burst is its round's result instead, so it is not hidden.
median_burst() { # lines of tftpload output on stdin
    awk '
        { match($0, /total_ms=[0-9.]+/); t[NR] = substr($0, RSTART + 9, RLENGTH - 9) + 0; l[NR] = $0 }
        END {
            for (i = 1; i <= NR; i++) o[i] = i
            for (i = 1; i <= NR; i++)
                for (j = i + 1; j <= NR; j++)
                    if (t[o[j]] < t[o[i]]) { x = o[i]; o[i] = o[j]; o[j] = x }
            printf "%s bursts=%d burst_ms=%.1f-%.1f\n", l[o[int((NR + 1) / 2)]], NR, t[o[1]], t[o[NR]]
        }'
}
t5_round() { # round
    local round=$1 pass i s one line
    local -A bursts cpu0 failed
    for s in "${servers[@]}"; do
        check_server "$s"
        cpu0[$s]=$(server_cpu_ms "$s")
        bursts[$s]=
    done
    for pass in $(seq 1 "$T5_RUNS"); do
        for i in "${!servers[@]}"; do
            s=${servers[$(((i + pass + round - 2) % ${#servers[@]}))]}
            [ -z "${failed[$s]:-}" ] || continue
            CUR_ADDR=${SRV_ADDR[$s]}
            one=$(load --file SEP001E4A794100.cnf.xml --reference "$SRV_ROOT/SEP001E4A794100.cnf.xml" --clients 200)
            if [ "$(field failed "$one")" != 0 ]; then
                failed[$s]="$one bursts=$pass"
            else
                bursts[$s]+="$one"$'\n'
                T5_TOTAL[$s,$round,$pass]=$(field total_ms "$one")
            fi
            sleep "$T5_PAUSE" # a forking server's children exit, not during the next server's burst
        done
    done
    sleep 0.2 # lets a forking server reap its last children, so their CPU time is counted
    for s in "${servers[@]}"; do
        line=${failed[$s]:-$(printf '%s' "${bursts[$s]}" | median_burst)}
        line="$line cpu_ms=$(((($(server_cpu_ms "$s") - ${cpu0[$s]}) + T5_RUNS / 2) / T5_RUNS))"
        R[$s,T5,$round]=$line
        printf '%-2s %-9s %-3s %s\n' "$round" "$s" T5 "$line"
    done
}

# Per-pass ratios: SERVER's burst over dnsmasq's burst of the same pass (the two at most a few bursts, well under a
# second, apart), over every pass of every round where both succeeded. A spell slows both bursts of a pair alike,
# so the pairs scatter far less than the medians of whole rounds do (see docs/performance.md, "The fifth round").
# Prints "median p25 p75 pairs", or nothing without pairs.
t5_paired() { # server
    local r p a b
    for r in $(seq 1 "$REPEAT"); do
        for p in $(seq 1 "$T5_RUNS"); do
            a=${T5_TOTAL[$1,$r,$p]:-}
            b=${T5_TOTAL[dnsmasq,$r,$p]:-}
            [ -n "$a" ] && [ -n "$b" ] && awk -v a="$a" -v b="$b" 'BEGIN{if (b > 0) printf "%.4f\n", a / b}'
        done
    done | sort -g | awk '{v[NR] = $1}
        END { if (NR) printf "%.2f %.2f %.2f %d\n", v[int((NR + 1) / 2)], v[int((NR + 3) / 4)], v[int((3 * NR + 3) / 4)], NR }'
}

declare -A R T5_TOTAL
run_scenario() { # server scenario round
    local s=$1 t=$2 round=$3 line cpu0 pid=${SRV_PID[$1]}
    check_server "$s"
    CUR_ADDR=${SRV_ADDR[$s]}
    cpu0=$(server_cpu_ms "$s")
    case $t in
    T1) line=$(load --file fw.sbn --reference "$SRV_ROOT/fw.sbn" --clients 1) ;;
    T2) line=$(load --file fw.sbn --reference "$SRV_ROOT/fw.sbn" --clients 30) ;;
    T3) line=$(load --file fw.sbn --reference "$SRV_ROOT/fw.sbn" --clients 30 --blksize 1468) ;;
    T4) line=$(load --file fw.sbn --reference "$SRV_ROOT/fw.sbn" --clients 30 --blksize 1468 --windowsize 8) ;;
    T6) loss_on 1
        line=$(load --file loss.sbn --reference "$SRV_ROOT/loss.sbn" --clients 1 --client-timeout-ms 5000)
        loss_off ;;
    T7) local fd0 rss0 fd1 rss1 seq hold
        fd0=$(ls /proc/"$pid"/fd | wc -l); rss0=$(awk '/VmRSS/{print $2}' /proc/"$pid"/status)
        seq=$(load --file SEP001E4A794100.cnf.xml --reference "$SRV_ROOT/SEP001E4A794100.cnf.xml" --clients 1 --rounds 1000)
        hold=$(load --file small.sbn --reference "$SRV_ROOT/small.sbn" --clients 200)
        fd1=$(ls /proc/"$pid"/fd | wc -l); rss1=$(awk '/VmRSS/{print $2}' /proc/"$pid"/status)
        line="$seq | 200-hold: $hold | fds $fd0->$fd1 rss_kB $rss0->$rss1" ;;
    esac
    sleep 0.2 # lets a forking server reap its last children, so their CPU time is counted
    line="$line cpu_ms=$(($(server_cpu_ms "$s") - cpu0))"
    R[$s,$t,$round]=$line
    printf '%-2s %-9s %-3s %s\n' "$round" "$s" "$t" "$line"
}

servers=($SERVERS)
for i in "${!servers[@]}"; do
    SRV_ADDR[${servers[$i]}]=127.0.0.$((i + 1))
    # Held by `lo`, so servers that bind only to an interface's address (dnsmasq --bind-interfaces) find it.
    [ "$i" = 0 ] || ip -n "$NS" addr add "127.0.0.$((i + 1))/8" dev lo
    start_server "${servers[$i]}"
done
sleep 0.5
for s in "${servers[@]}"; do check_server "$s"; done
for round in $(seq 1 "$REPEAT"); do
    for t in $SCENARIOS; do
        if [ "$t" = T5 ]; then
            t5_round "$round"
            continue
        fi
        # A rotating order, so no server always runs right after the same neighbour.
        for i in "${!servers[@]}"; do
            s=${servers[$(((i + round - 1) % ${#servers[@]}))]}
            # T7 watches one process's files and memory; forking peers spread theirs over children.
            [ "$t" = T7 ] && [ "$s" != sccp2sip ] && continue
            # T6 is judged against tftpd-hpa only; dnsmasq and atftpd (5 s retry) would add minutes of waiting.
            [ "$t" = T6 ] && [ "$s" != sccp2sip ] && [ "$s" != tftpd-hpa ] && [ -z "${T6_ALL:-}" ] && continue
            # The probes know blksize only (no windowsize) and have no retransmit timer.
            case "$s,$t" in probe-*,T4 | probe-*,T6 | probe-*,T7) continue ;; esac
            run_scenario "$s" "$t" "$round"
        done
    done
done

echo
echo "Summary over $REPEAT round(s): medians (aggregate MiB/s: higher is better; times and cpu_ms: lower is better)"
# median SERVER SCENARIO FIELD: the median of FIELD over the rounds that had no failed transfer.
median() {
    local v=() r line
    for r in $(seq 1 "$REPEAT"); do
        line=${R[$1,$2,$r]:-}
        [ -n "$line" ] && [ "$(field failed "$line")" = 0 ] && v+=("$(field "$3" "$line")")
    done
    [ ${#v[@]} -gt 0 ] || return 0
    printf '%s\n' "${v[@]}" | sort -g | awk '{a[NR]=$1} END{print (NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2}'
}
best_peer() { # scenario field higher|lower peer-list
    local t=$1 f=$2 dir=$3 peers=$4 best= who= v
    for p in $peers; do
        v=$(median "$p" "$t" "$f")
        [ -n "$v" ] || continue
        if [ -z "$best" ] || awk -v a="$v" -v b="$best" -v d="$dir" 'BEGIN{exit !((d=="higher")?(a>b):(a<b))}'; then
            best=$v; who=$p
        fi
    done
    echo "$best $who"
}
cpu_note() { # scenario: every server's median CPU time
    local out= p v
    for p in $SERVERS; do
        v=$(median "$p" "$1" cpu_ms)
        [ -n "$v" ] && out="$out $p $v"
    done
    echo "; cpu_ms:$out"
}
# The probes and the generator's own load, so a reader sees when a ratio is capped by the machine, not the server.
ceiling_note() { # scenario field
    local out= p v
    for p in probe-epoll probe-uring; do
        v=$(median "$p" "$1" "$2")
        [ -n "$v" ] && out="$out $p $v"
    done
    [ -z "$out" ] || echo "   $1 probes ($2):$out"
    v=$(median sccp2sip "$1" client_busy)
    [ -z "$v" ] || echo "   $1 generator busy $v of the run against sccp2sip (near 1.00: the generator is the limit)"
}
for t in $SCENARIOS; do
    [ -n "$(median sccp2sip "$t" failed)" ] || continue
    case $t in
    T1 | T2 | T3 | T4)
        peers="tftpd-hpa dnsmasq atftpd"; [ "$t" = T4 ] && peers=atftpd
        read -r best who <<<"$(best_peer "$t" aggregate_MiBps higher "$peers")"
        o=$(median sccp2sip "$t" aggregate_MiBps)
        extra=
        if [ "$t" = T2 ]; then
            worst=0
            for r in $(seq 1 "$REPEAT"); do
                line=${R[sccp2sip,$t,$r]:-}
                [ -n "$line" ] || continue
                worst=$(awk -v a="$(field max_ms "$line")" -v m="$(field median_ms "$line")" -v w="$worst" \
                    'BEGIN{r=a/m; print (r>w)?r:w}')
            done
            extra=$(printf '; slowest/median worst round %.2f' "$worst")
        fi
        [ -z "$best" ] || awk -v o="$o" -v b="$best" -v w="$who" -v t="$t" -v x="$extra$(cpu_note "$t")" \
            'BEGIN{printf "%s ours %.1f MiB/s, best peer %s %.1f MiB/s: ratio %.2fx%s\n", t, o, w, b, o/b, x}'
        ceiling_note "$t" aggregate_MiBps ;;
    T5)
        read -r best who <<<"$(best_peer T5 total_ms lower dnsmasq)"
        o=$(median sccp2sip T5 total_ms)
        [ -z "$best" ] || awk -v o="$o" -v b="$best" -v x="$(cpu_note T5)" \
            'BEGIN{printf "T5 ours %.1f ms, dnsmasq %.1f ms: ratio of the medians %.2fx%s\n", o, b, o/b, x}'
        for p in $SERVERS; do
            [ "$p" = dnsmasq ] && continue
            read -r mid low high pairs <<<"$(t5_paired "$p")"
            [ -z "${pairs:-}" ] || printf '   T5 per pass, %s over dnsmasq: median %sx, middle half %s-%sx (%s pairs)\n' \
                "$p" "$mid" "$low" "$high" "$pairs"
        done
        ceiling_note T5 total_ms ;;
    T6)
        read -r best who <<<"$(best_peer T6 total_ms lower tftpd-hpa)"
        o=$(median sccp2sip T6 total_ms)
        [ -z "$best" ] || awk -v o="$o" -v b="$best" 'BEGIN{printf "T6 ours %.0f ms, tftpd-hpa %.0f ms: ratio %.2fx\n", o, b, o/b}' ;;
    T7) for r in $(seq 1 "$REPEAT"); do echo "T7 round $r: ${R[sccp2sip,T7,$r]:-}"; done ;;
    esac
done
