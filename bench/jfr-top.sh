#!/usr/bin/env bash
# Where the time goes in a JFR recording: the methods most often on top of the sampled stacks
# (self time), and the project's methods most often anywhere on them (total time), as shares of
# the execution samples. JMH records one with -prof jfr (bench/run.sh '<bench>' -prof jfr).
# Usage: bench/jfr-top.sh <recording.jfr> [lines, default 25]
set -euo pipefail
recording=$1
lines=${2:-25}
counts=$(jfr print --events jdk.ExecutionSample --stack-depth 64 "$recording" | awk '
  /jdk.ExecutionSample/ { samples++; depth = 0; for (f in seen) delete seen[f]; next }
  /stackTrace = \[/ { inStack = 1; next }
  inStack && /^[[:space:]]*\]/ { inStack = 0; next }
  inStack {
    frame = $0
    sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
    if (frame == "...") next
    if (depth++ == 0) self[frame]++
    if (frame ~ /^(dev\.eventgen|com\.acme)/ && !(frame in seen)) { seen[frame] = 1; total[frame]++ }
  }
  END {
    print "samples\t" samples
    for (f in self) print "self\t" self[f] "\t" f
    for (f in total) print "total\t" total[f] "\t" f
  }')
samples=$(printf '%s\n' "$counts" | awk -F'\t' '$1 == "samples" { print $2 }')
share() {
  printf '%s\n' "$counts" | awk -F'\t' -v kind="$1" '$1 == kind { print $2 "\t" $3 }' \
    | sort -t$'\t' -k1,1nr | head -n "$lines" \
    | awk -F'\t' -v n="$samples" '{ printf "  %5.1f%%  %s\n", 100 * $1 / n, $2 }'
}
echo "$samples execution samples"
echo "self (top of stack):"
share self
echo "total (anywhere on the stack), eventgen and generated code:"
share total
