#!/usr/bin/env bash
# The dedicated property run: every test file named *.property.test.ts (compiled to
# dist/test/**/*.property.test.js) with GATEHOUSE_PROPERTY_RUNS cases per property (10,000 unless
# set). The normal suite (`npm test`) runs the same files with a few hundred cases each.
# Extra arguments go to mocha (e.g. --grep Groovy).
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_groovy

npm run --silent build
export GATEHOUSE_PROPERTY_RUNS="${GATEHOUSE_PROPERTY_RUNS:-10000}"
echo "gatehouse property tests: ${GATEHOUSE_PROPERTY_RUNS} cases per property" >&2
node_modules/.bin/mocha 'dist/test/**/*.property.test.js' "$@"
