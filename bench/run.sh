#!/usr/bin/env bash
# Builds the benchmarks and runs them; results (with the machine they ran on) go to bench/results/.
# Usage: bench/run.sh [JMH regexp] [extra JMH args...]   e.g. bench/run.sh GeneratorBench
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-.}
shift || true
mvn -B -q -DskipTests -pl bench -am package
stamp=$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p bench/results
out="bench/results/${stamp}-$(echo "$filter" | tr -c 'A-Za-z0-9' '_' | sed 's/_*$//').txt"
{
  echo "# eventgen benchmarks, $stamp"
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/{print $2}') GiB"
  echo "# java: $(java -version 2>&1 | head -1)"
  echo "# filter: $filter $*"
} > "$out"
java -jar bench/target/benchmarks.jar "$filter" -rf text -rff "$out.jmh" "$@" | tee -a "$out"
cat "$out.jmh" >> "$out" && rm -f "$out.jmh"
echo "results: $out"
