#!/usr/bin/env bash
# The JMS benchmarks, results in bench/results/:
#   1. DispatchBench (JMH, -prof gc): the generated dispatcher against plain Jackson on 1,000
#      distinct CVP messages; time and bytes allocated per message (gc.alloc.rate.norm), read as
#      dispatch* against jackson* within that one run.
#   2. BrokerThroughput: events/s end to end through an embedded Artemis broker on 127.0.0.1
#      (non-persistent), the generated subscriber against a hand-written Jackson listener and the
#      generated publisher against a producer writing through Jackson, in turn; prints the ratios.
# Usage: bench/run-jms.sh [events, default 200000] [seconds per scenario, default 60]
#                         [Artemis URL parameters, e.g. consumerWindowSize=4194304]
# SKIP_BUILD=1 runs the jar already built. On a shared machine other JMH runs may hold the
# JMH lock: JAVA_OPTS=-Djmh.ignoreLock=true.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${1:-200000}
seconds=${2:-60}
parameters=${3:-}
bench/run.sh 'jms.DispatchBench' -prof gc
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="bench/results/${stamp}-BrokerThroughput.txt"
bench/machine.sh "BrokerThroughput" "$events events, $seconds s per scenario, '$parameters'" > "$out"
java -Xmx1g -cp bench/target/benchmarks.jar dev.eventgen.bench.jms.BrokerThroughput \
  "$events" "$seconds" "$parameters" 2>&1 | grep -v -e '^SLF4J' -e 'commons-logging' | tee -a "$out"
echo "results: $out"
