#!/usr/bin/env python3
"""Reply latency of a DHCP server at a fixed, low rate (default 100 leases/s): acts as a relay agent (giaddr),
runs DISCOVER->OFFER then REQUEST->ACK for a new client each time, and prints p50/p99/max in milliseconds.
perfdhcp reports only average and maximum; the p99 bar needs the distribution. Run inside the client
namespace (benchmarks/dhcp/run.sh does); binds UDP 67 there because replies to a relay go to giaddr:67."""
import argparse, socket, struct, time

VENDOR = b"Cisco Systems, Inc. IP Phone CP-7941G\0"

def message(kind, xid, mac, giaddr, extra=b""):
    header = struct.pack("!BBBBIHHIIII16s64s128sI", 1, 1, 6, 1, xid, 0, 0, 0, 0, 0,
                         struct.unpack("!I", socket.inet_aton(giaddr))[0], mac, b"", b"", 0x63825363)
    opts = bytes([53, 1, kind]) + bytes([60, len(VENDOR)]) + VENDOR + bytes([55, 4, 1, 3, 66, 150]) + extra
    return header + opts + b"\xff"

def parse(data):
    if len(data) < 240:
        return None
    xid, yiaddr = struct.unpack("!I", data[4:8])[0], data[16:20]
    opts, i = {}, 240
    while i + 1 < len(data) and data[i] != 255:
        if data[i] == 0:
            i += 1
            continue
        opts[data[i]] = data[i + 2:i + 2 + data[i + 1]]
        i += 2 + data[i + 1]
    return xid, yiaddr, opts

def exchange(sock, server, packet, xid, want, timeout=1.0):
    start = time.perf_counter()
    sock.sendto(packet, (server, 67))
    deadline = start + timeout
    while True:
        sock.settimeout(max(0.001, deadline - time.perf_counter()))
        try:
            data, _ = sock.recvfrom(4096)
        except socket.timeout:
            return None, None
        got = parse(data)
        if got and got[0] == xid and got[2].get(53) == bytes([want]):
            return (time.perf_counter() - start) * 1000, got

def pct(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(len(s) * p / 100))] if s else float("nan")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--giaddr", required=True)
    ap.add_argument("--rate", type=float, default=100)
    ap.add_argument("--count", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("0.0.0.0", 67))
    offers, acks, lost = [], [], 0
    period, next_at = 1.0 / a.rate, time.perf_counter()
    for n in range(a.count):
        mac = struct.pack("!HI", 0x021e, (a.seed << 20) + n) + b"\0" * 10
        xid = (a.seed << 24) + n
        ms, got = exchange(sock, a.server, message(1, xid, mac, a.giaddr), xid, 2)
        if got is None:
            lost += 1
        else:
            offers.append(ms)
            extra = bytes([50, 4]) + got[1] + bytes([54, 4]) + got[2].get(54, b"\0\0\0\0")
            ms, got = exchange(sock, a.server, message(3, xid, mac, a.giaddr, extra), xid, 5)
            if got is None:
                lost += 1
            else:
                acks.append(ms)
        next_at += period
        time.sleep(max(0, next_at - time.perf_counter()))
    print("%.3f %.3f %.3f %.3f %.3f %.3f %d" % (pct(offers, 50), pct(offers, 99), max(offers or [0]),
                                                pct(acks, 50), pct(acks, 99), max(acks or [0]), lost))

if __name__ == "__main__":
    main()
