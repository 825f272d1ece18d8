#!/usr/bin/env bash
# The whole test suite: build, make sure Groovy 2.4 (the version Jenkins runs), jq and Go with
# Sprig (helm's template engine, for the charts) are present, then run the tests in phases, two at
# a time (the machines have 2 cores), and end with a table of each phase's wall-clock and CPU
# seconds. All are Debian packages: when one is missing and we are root we install it and say so,
# because no suite may ever be skipped silently.
#
#   bash scripts/test.sh                      every phase
#   bash scripts/test.sh dist/test/x.test.js  build, then mocha on the given files only
#
# GATEHOUSE_TEST_JOBS sets how many phases run at once (default 2); GATEHOUSE_TEST_CACHE=off makes
# CodeNarc run even when its findings for the same files are cached (test/harness/groovy-lint.ts).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_groovy
ensure_jq
ensure_helm_engine

mocha=node_modules/.bin/mocha
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT

# The JVM-backed tests, grouped by the JVM they start: compile and harness each use one Groovy 2.4
# JVM for all their requests (test/harness/groovy-process.ts), the library steps start one per
# scenario batch, lint runs CodeNarc. The mocha phase runs every other test file, so a new test
# file always runs somewhere.
compile=(dist/test/pipelines/compile.test.js dist/test/pipelines/size.test.js dist/test/pipelines/longest-strings.test.js
  dist/test/render/groovy-literal.property.test.js dist/test/render/slack-text.property.test.js)
harness=(dist/test/pipelines/scenarios.test.js dist/test/pipelines/harness-semantics.test.js)
steps=(dist/test/emit/chart/library-steps.test.js dist/test/emit/library/blessed-builds.test.js
  dist/test/emit/jenkinsfile/hostile.test.js dist/test/render/escape.test.js)
lint=(dist/test/pipelines/lint.test.js)

phase_mocha() {
  local ignore=() file
  for file in "${compile[@]}" "${harness[@]}" "${steps[@]}" "${lint[@]}"; do ignore+=(--ignore "$file"); done
  "$mocha" "${ignore[@]}" 'dist/test/**/*.test.js'
}
phase_compile() { "$mocha" "${compile[@]}"; }
phase_harness() { "$mocha" "${harness[@]}"; }
phase_steps() { "$mocha" "${steps[@]}"; }
phase_lint() { "$mocha" "${lint[@]}"; }
phase_build() { npm run --silent build; }

# run_phase NAME: runs phase_NAME with its output in NAME.log, its exit status in NAME.status and
# its times in NAME.time: wall, user and system seconds of the phase and every process it waited for.
run_phase() {
  local TIMEFORMAT='%R %U %S' status=0
  { time "phase_$1" >"$logs/$1.log" 2>&1; } 2>"$logs/$1.time" || status=$?
  echo "$status" >"$logs/$1.status"
}
passed() { [ "$(cat "$logs/$1.status")" = 0 ]; }
now() { date +%s.%N; }

run_phase build
if ! passed build; then
  cat "$logs/build.log"
  exit 1
fi
if [ $# -gt 0 ]; then
  exec "$mocha" "$@"
fi

# Longest first, so the two slots finish close together.
phases=(lint harness mocha compile steps)
slots=${GATEHOUSE_TEST_JOBS:-2}
start=$(now)
for phase in "${phases[@]}"; do
  while [ "$(jobs -pr | wc -l)" -ge "$slots" ]; do wait -n || true; done
  run_phase "$phase" &
done
wait
end=$(now)

failed=()
for phase in "${phases[@]}"; do
  echo "===== $phase"
  cat "$logs/$phase.log"
  passed "$phase" || failed+=("$phase")
done

echo
echo "gatehouse tests: seconds per phase (CPU: user + system of the phase and its child processes)"
for phase in build "${phases[@]}"; do
  echo "$phase $(cat "$logs/$phase.time") $(passed "$phase" && echo ok || echo FAILED)"
done | awk -v parallel="$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" -v slots="$slots" '
  BEGIN { printf "%-8s %8s %8s  %s\n", "phase", "wall", "CPU", "result" }
  { printf "%-8s %8.1f %8.1f  %s\n", $1, $2, $3 + $4, $5; cpu += $3 + $4; if ($1 == "build") build = $2 }
  END { printf "%-8s %8.1f %8.1f  (build, then %d phases at a time)\n", "total", build + parallel, cpu, slots }'
if [ ${#failed[@]} -gt 0 ]; then
  echo "gatehouse tests: FAILED: ${failed[*]}" >&2
  exit 1
fi
