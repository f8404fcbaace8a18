#!/usr/bin/env bash
# Prints the header of a results file: when, on what machine (cores, CPU, memory, load) and Java.
# Usage: bench/machine.sh <title> <what ran...>
echo "# eventgen benchmarks: $1, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), $(free -g | awk '/Mem:/{print $2}') GiB, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "# note: compare ratios within one file; absolute numbers follow the machine's load"
echo "# java: $(java -version 2>&1 | head -1)"
shift
echo "# ran: $*"
