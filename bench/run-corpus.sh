#!/usr/bin/env bash
# Documents per second over the shared AsyncAPI corpus (../shared/corpus beside the repository,
# or CORPUS=<folder>): eventgen loads, models and emits every document of INDEX.tsv in process
# (CorpusThroughput), and the share of documents that generate. If Modelina can be installed
# (npm, into a temporary folder outside the repository; MODELINA=0 skips it), it generates Java
# models for the same documents in the same way (bench/modelina/corpus.cjs) for comparison.
# Results in bench/results/.
# Usage: bench/run-corpus.sh [eventgen warm-up rounds, default 5] [eventgen rounds, default 10]
#                            [Modelina warm-up rounds, default 1] [Modelina rounds, default 2]
# SKIP_BUILD=1 runs the jar already built.
set -euo pipefail
cd "$(dirname "$0")/.."
warmup=${1:-5}
rounds=${2:-10}
modelina_warmup=${3:-1}
modelina_rounds=${4:-2}
corpus=${CORPUS:-../shared/corpus}
if [ ! -f "$corpus/INDEX.tsv" ]; then
  echo "no corpus at $corpus (expected ../shared/corpus beside the repository; set CORPUS)" >&2
  exit 1
fi
corpus=$(cd "$corpus" && pwd)
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl bench -am package
mkdir -p bench/results
stamp=$(date -u +%Y%m%dT%H%M%SZ)
out="bench/results/${stamp}-CorpusThroughput.txt"
bench/machine.sh "CorpusThroughput" \
  "$(grep -c $'\tdocument\t' "$corpus/INDEX.tsv") corpus documents; eventgen $warmup+$rounds rounds, Modelina $modelina_warmup+$modelina_rounds rounds" > "$out"
echo "# eventgen: load + model + emit all targets (records, jms, syslog) to source text, in memory; no compile" >> "$out"
java -Xmx1g -cp bench/target/benchmarks.jar dev.eventgen.bench.CorpusThroughput \
  "$corpus" "$warmup" "$rounds" 2>&1 | tee -a "$out"

modelina() {
  command -v npm >/dev/null 2>&1 || { echo "npm not found"; return 1; }
  local dir
  dir=$(mktemp -d "${TMPDIR:-/tmp}/eventgen-modelina.XXXXXX")
  trap 'rm -rf "$dir"' RETURN
  (cd "$dir" && timeout 600 npm install --silent --no-audit --no-fund @asyncapi/modelina >/dev/null 2>&1) \
    || { echo "npm install @asyncapi/modelina failed (offline?)"; return 1; }
  echo "# Modelina: node $(node -v), parse + Java models (payload classes only) to source text, in memory"
  timeout 3600 node bench/modelina/corpus.cjs "$dir" "$corpus" "$modelina_warmup" "$modelina_rounds" 2>&1 \
    || { echo "Modelina run failed"; return 1; }
}
echo >> "$out"
if [ "${MODELINA:-1}" = 0 ]; then
  echo "# Modelina: skipped (MODELINA=0)" | tee -a "$out"
else
  modelina 2>&1 | tee -a "$out" || echo "# Modelina: skipped" | tee -a "$out"
fi
echo "# load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
echo "results: $out"
