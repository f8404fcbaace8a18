#!/usr/bin/env bash
# UdpFlood: the generated syslog UDP receiver under a bounded flood on 127.0.0.1. One sender
# thread offers distinct CVP call-started lines at several rates; per trial: datagrams sent,
# received, delivered as typed events, dropped at the receiver's full queue, lost in the kernel
# (sent - received, with the machine's UDP RcvbufErrors delta), loss % and delivered events/s.
# Results in bench/results/. About 15 s after the build.
# Usage: bench/run-udp.sh [datagrams per trial, default 200000] [seconds per trial, default 3]
#                         [offered rates/s, comma-separated, 0 = unthrottled; default 10000,50000,100000,0]
# SKIP_BUILD=1 runs the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
datagrams=${1:-200000}
seconds=${2:-3}
rates=${3:-10000,50000,100000,0}
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl bench -am package
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="bench/results/${stamp}-UdpFlood.txt"
bench/machine.sh "UdpFlood" "$datagrams datagrams, $seconds s per trial, rates $rates" > "$out"
java -Xmx1g -cp bench/target/benchmarks.jar dev.eventgen.bench.syslog.UdpFlood \
  "$datagrams" "$seconds" "$rates" 2>&1 | tee -a "$out"
# The trials follow the machine's load closely: the header has it before, this line after.
echo "# load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
echo "results: $out"
