#!/usr/bin/env bash
# The command line started cold, against Modelina started cold, on the CVP spec in the same run:
# each round runs `eventgen generate` (all targets: records, jms, syslog) and Modelina's Java
# models (bench/modelina/cold.cjs) once each, as fresh processes writing to fresh folders, and
# times the whole process (wall clock, CPU beside it). The ratio eventgen / Modelina of the
# medians is what to read; absolute times follow the machine's load, written before and after.
# Modelina is installed with npm into a temporary folder outside the repository (MODELINA_DIR=<an
# install folder> reuses one). Results in bench/results/.
# Usage: bench/run-cli.sh [rounds, default 7]
# SKIP_BUILD=1 uses the launcher already built (generator-cli/target/eventgen).
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-7}
spec=spec/cvp-call-events.yaml
[ -n "${SKIP_BUILD:-}" ] || mvn -B -q -DskipTests -pl generator-cli -am package
work=$(mktemp -d "${TMPDIR:-/tmp}/eventgen-cli.XXXXXX")
trap 'rm -rf "$work"' EXIT
modelina=${MODELINA_DIR:-}
if [ -z "$modelina" ]; then
  modelina=$work/modelina
  mkdir -p "$modelina"
  (cd "$modelina" && timeout 600 npm install --silent --no-audit --no-fund @asyncapi/modelina >/dev/null 2>&1) \
    || { echo "npm install @asyncapi/modelina failed (offline?); set MODELINA_DIR" >&2; exit 1; }
fi
mkdir -p bench/results
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-CliColdRun.txt"
bench/machine.sh "CliColdRun" "$rounds rounds on $spec; eventgen all targets vs Modelina Java models" > "$out"
echo "# node $(node -v), modelina $(node -p "require('$modelina/node_modules/@asyncapi/modelina/package.json').version")" >> "$out"

# Runs a command once; prints "<wall ms> <cpu ms>" (cpu = user + system of the process tree).
timed() {
  local start end
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" >/dev/null 2>"$work/err" \
    || { cat "$work/err" >&2; return 1; }
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(awk '{ printf "%d", ($1 + $2) * 1000 }' "$work/time")"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

: > "$work/eventgen"
: > "$work/modelina"
for round in $(seq "$rounds"); do
  rm -rf "$work/out-e" "$work/out-m"
  e=$(timed generator-cli/target/eventgen generate "$spec" -o "$work/out-e" -p com.acme.cvp --api-name Cvp)
  m=$(timed node bench/modelina/cold.cjs "$modelina" "$spec" "$work/out-m" com.acme.cvp)
  echo "round $round: eventgen ${e% *} ms wall ${e#* } ms cpu ($(find "$work/out-e" -name '*.java' | wc -l) files); modelina ${m% *} ms wall ${m#* } ms cpu ($(find "$work/out-m" -name '*.java' | wc -l) files)" | tee -a "$out"
  echo "${e% *} ${e#* }" >> "$work/eventgen"
  echo "${m% *} ${m#* }" >> "$work/modelina"
done
ew=$(cut -d' ' -f1 "$work/eventgen" | median); ec=$(cut -d' ' -f2 "$work/eventgen" | median)
mw=$(cut -d' ' -f1 "$work/modelina" | median); mc=$(cut -d' ' -f2 "$work/modelina" | median)
{
  echo "median wall: eventgen $ew ms, modelina $mw ms; ratio eventgen / modelina $(awk -v a="$ew" -v b="$mw" 'BEGIN { printf "%.3f", a / b }')"
  echo "median cpu:  eventgen $ec ms, modelina $mc ms; ratio eventgen / modelina $(awk -v a="$ec" -v b="$mc" 'BEGIN { printf "%.3f", a / b }')"
  echo "# load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$out"
echo "results: $out"
