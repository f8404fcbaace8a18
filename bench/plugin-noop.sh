#!/usr/bin/env bash
# Measures the Maven goal inside real builds, using the plugin's integration-test projects:
#  - the no-op run of `generate` (output up to date: only the recorded inputs are hashed), on the
#    small spec (up-to-date) and on the CVP spec with every target (all-targets);
#  - a full regeneration of the CVP spec (state file deleted first).
# The figures are the ones the goal logs itself. Run the plugin's ITs first:
#   mvn -B -pl generator-core,generator-maven-plugin -am verify
# Usage: bench/plugin-noop.sh [runs]      results go to bench/results/
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
its=generator-maven-plugin/target/it
repo=$PWD/generator-maven-plugin/target/local-repo
if [ ! -d "$its/all-targets/target/generated-sources/eventgen" ]; then
  echo "run the plugin's integration tests first (mvn -B -pl generator-core,generator-maven-plugin -am verify)" >&2
  exit 1
fi
settings=$(mktemp)
trap 'rm -f "$settings"' EXIT
sed "s#@localRepositoryUrl@#file://$HOME/.m2/repository#" generator-maven-plugin/src/it/settings.xml > "$settings"

build() { # project -> the goal's own log lines
  mvn -B -o -s "$settings" -Dmaven.repo.local="$repo" -f "$its/$1/pom.xml" generate-sources \
    | sed 's/\x1b\[[0-9;]*m//g' | grep -o 'eventgen: .*' || true
}

mkdir -p bench/results
out="bench/results/$(date -u +%Y%m%dT%H%M%SZ)-plugin-noop.txt"
{
  echo "# generate goal inside Maven builds, $(date -u +%FT%TZ)"
  echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "# maven: $(mvn -v | head -1 | sed 's/\x1b\[[0-9;]*m//g')"
  for project in up-to-date all-targets; do
    build "$project" > /dev/null # make sure it is up to date
    echo "## no-op run, $project, $runs builds"
    for _ in $(seq "$runs"); do build "$project" | grep 'up to date' | grep -o 'checked in .*'; done
  done
  echo "## full regeneration, CVP spec, all targets"
  for _ in $(seq "$runs"); do
    rm -f "$its/all-targets/target/generated-sources/eventgen/.eventgen-state"
    build all-targets | grep -o 'written to .*' | sed 's/.* in /in /'
  done
} | tee "$out"
echo "results: $out"
