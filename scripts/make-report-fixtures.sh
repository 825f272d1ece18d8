#!/usr/bin/env bash
# Regenerates the report fixtures that REAL tools write, so the gate's parsers are tested on
# genuine output rather than on what we believe the formats look like:
#   test/fixtures/reports/mocha/   JUnit XML from mocha's own xunit reporter
#                                  (mocha-junit-reporter 2.2 cannot run under mocha 12: its
#                                  reporter calls the now class-based Base without `new`)
#   test/fixtures/reports/c8/      Cobertura XML and LCOV from c8 (istanbul reporters)
# Run 1 covers some of gatehouse's own (passing) tests; run 2 is a throw-away spec with a pass,
# a failure, an error in a hook and a skipped test. Absolute paths and timestamps are replaced by
# fixed values so the files do not depend on the machine or the day. Usage:
#   bash scripts/make-report-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent build
out=test/fixtures/reports
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/mocha" "$out/c8"

# 1. gatehouse's own pure tests, under c8.
npx c8 --reporter=cobertura --reporter=lcovonly --report-dir "$tmp/c8" --temp-directory "$tmp/c8-tmp" \
  --include 'src/**' --exclude-after-remap \
  npx mocha --no-config --reporter xunit --reporter-options "output=$tmp/own-tests.xml" \
  'dist/test/plan/**/*.test.js' 'dist/test/gate/evaluate.test.js' 'dist/test/gate/scan-policy.test.js'

# 2. A spec with every outcome. Exits non-zero because a test fails: that is the point.
cat >"$tmp/outcomes.spec.cjs" <<'SPEC'
const assert = require('node:assert');
describe('outcomes', function () {
  it('passes', function () { assert.strictEqual(1 + 1, 2); });
  it('fails an assertion', function () { assert.strictEqual('staging', 'production'); });
  it('is skipped at run time', function () { this.skip(); });
  describe('with a broken hook', function () {
    before(function () { throw new Error('database not reachable'); });
    it('never runs', function () { assert.ok(true); });
  });
});
SPEC
npx mocha --no-config --reporter xunit --reporter-options "output=$tmp/outcomes.xml" "$tmp/outcomes.spec.cjs" || true

normalize() {
  sed -e "s#$PWD#/project#g" -e "s#$tmp#/tmp/fixtures#g" \
    -e 's/timestamp="[^"]*"/timestamp="2026-01-01T00:00:00"/g' \
    -e 's/ time="[^"]*"/ time="0.001"/g' "$1" >"$2"
}
normalize "$tmp/own-tests.xml" "$out/mocha/own-tests.xml"
normalize "$tmp/outcomes.xml" "$out/mocha/outcomes.xml"
normalize "$tmp/c8/cobertura-coverage.xml" "$out/c8/cobertura-coverage.xml"
normalize "$tmp/c8/lcov.info" "$out/c8/lcov.info"
echo "wrote $out/mocha/{own-tests,outcomes}.xml and $out/c8/{cobertura-coverage.xml,lcov.info}"
