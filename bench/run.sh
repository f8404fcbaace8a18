#!/usr/bin/env bash
# Builds the benchmarks and runs them; results (with the machine they ran on) go to bench/results/.
# Usage: bench/run.sh [JMH regexp] [extra JMH args...]   e.g. bench/run.sh GeneratorBench
# SKIP_BUILD=1 runs the jar already built. JAVA_OPTS go to the JMH launcher, e.g.
# JAVA_OPTS=-Djmh.ignoreLock=true on a shared machine where other JMH runs hold the lock.
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-.}
shift || true
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl bench -am package
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results
out="bench/results/${stamp}-$(echo "$filter" | tr -c 'A-Za-z0-9' '_' | sed 's/_*$//').txt"
bench/machine.sh "JMH $filter" "$filter $*" > "$out"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -jar bench/target/benchmarks.jar "$filter" -rf text -rff "$out.jmh" "$@" | tee -a "$out"
cat "$out.jmh" >> "$out" && rm -f "$out.jmh"
# The syslog comparison is read as ratios to Spring's parser and to the typed reader.
if grep -q 'Bench.eventgenTyped ' "$out"; then
  bench/ratios.sh "$out" spring | tee -a "$out"
  bench/ratios.sh "$out" eventgenTyped | tee -a "$out"
fi
echo "results: $out"
