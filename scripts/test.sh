#!/usr/bin/env bash
# The whole test suite: build, make sure Groovy 2.4 (the version Jenkins runs), jq and Go with
# Sprig (helm's template engine, for the charts) are present, run mocha. All are Debian packages:
# when one is missing and we are root we install it and say so, because no suite may ever be
# skipped silently.
set -euo pipefail
cd "$(dirname "$0")/.."

source scripts/groovy-env.sh
ensure_groovy
ensure_jq
ensure_helm_engine

npm run --silent build
npx mocha "$@"
