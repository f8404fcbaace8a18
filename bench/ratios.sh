#!/usr/bin/env bash
# Prints how a reference benchmark compares with every other one of the same results file, as
# ratios of throughput: reference / other. Reads the JMH text table at the end of the file.
# Usage: bench/ratios.sh <results file> <reference benchmark method>, e.g.
#        bench/ratios.sh bench/results/...-SyslogParserBench.txt eventgenTyped
set -euo pipefail
file=$1
reference=$2
awk -v ref="$reference" '
  /^Benchmark +Mode/ { table = 1; n = 0; next }
  table && $2 == "thrpt" && $1 !~ /:/ {
    split($1, parts, "."); name = parts[length(parts)]
    names[++n] = name; scores[name] = $4
  }
  END {
    if (!(ref in scores)) { print "no benchmark " ref " in the results" > "/dev/stderr"; exit 1 }
    printf "Ratios (throughput of %s / throughput of each):\n", ref
    for (i = 1; i <= n; i++) {
      if (names[i] != ref) printf "  %-20s %10.3fx\n", names[i], scores[ref] / scores[names[i]]
    }
  }' "$file"
