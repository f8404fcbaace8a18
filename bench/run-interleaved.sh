#!/usr/bin/env bash
# Runs the syslog readers in interleaved rounds (SyslogInterleaved) and writes the results, with
# the machine they ran on, under bench/results/. Usage: bench/run-interleaved.sh [rounds]
# SKIP_BUILD=1 runs the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl bench -am package
mkdir -p bench/results
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-SyslogInterleaved.txt"
bench/machine.sh "syslog readers, interleaved rounds" "SyslogInterleaved $*" > "$out"
java -Xmx1g -cp bench/target/benchmarks.jar dev.eventgen.bench.SyslogInterleaved "$@" | tee -a "$out"
echo "# load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >> "$out"
echo "results: $out"
