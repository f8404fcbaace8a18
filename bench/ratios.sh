#!/usr/bin/env bash
# Prints how a reference benchmark compares with every other one of the same class in a results
# file, as ratios of throughput: reference / other. Reads the JMH text table at the end of the
# file; each benchmark class holding the reference gets its own list.
# Usage: bench/ratios.sh <results file> <reference benchmark method>, e.g.
#        bench/ratios.sh bench/results/...-SyslogParserBench.txt eventgenTyped
set -euo pipefail
file=$1
reference=$2
awk -v ref="$reference" '
  /^Benchmark +Mode/ { table = 1; next }
  table && $2 == "thrpt" && $1 !~ /:/ {
    n = split($1, parts, "."); class = parts[n - 1]; name = parts[n]
    if (!((class, name) in scores)) { order[class] = order[class] " " name }
    if (!(class in seen)) { seen[class] = 1; classes[++c] = class }
    scores[class, name] = NF >= 6 ? $4 : $3  # no Cnt column for a single iteration
  }
  END {
    found = 0
    for (i = 1; i <= c; i++) {
      class = classes[i]
      if (!((class, ref) in scores)) continue
      found = 1
      printf "Ratios in %s (throughput of %s / throughput of each):\n", class, ref
      k = split(order[class], names, " ")
      for (j = 1; j <= k; j++) {
        if (names[j] != ref) printf "  %-20s %10.3fx\n", names[j], scores[class, ref] / scores[class, names[j]]
      }
    }
    if (!found) { print "no benchmark " ref " in the results" > "/dev/stderr"; exit 1 }
  }' "$file"
