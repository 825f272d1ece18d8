#!/usr/bin/env bash
# Regenerates the report fixtures that REAL tools write, so the gate's parsers are tested on
# genuine output rather than on what we believe the formats look like:
#   test/fixtures/reports/mocha/   JUnit XML from mocha's own xunit reporter
#                                  (mocha-junit-reporter 2.2 cannot run under mocha 12: its
#                                  reporter calls the now class-based Base without `new`)
#   test/fixtures/reports/c8/      Cobertura XML and LCOV from c8 (istanbul reporters)
#   test/fixtures/reports/mocha-junit-reporter/
#                                  its default output (skipped tests have no <testcase>), from
#                                  mocha-junit-reporter 2.2.1 under mocha 10, installed with npm
#                                  into a temporary directory
#   test/fixtures/reports/jacoco/  JaCoCo XML written by JaCoCo's own XMLFormatter (Debian's
#                                  libjacoco-java) for scripts/jacoco-fixture: see report.groovy
# Run 1 covers some of gatehouse's own (passing) tests; run 2 is a throw-away spec with a pass,
# a failure, an error in a hook and a skipped test; run 3 is run 2 and a 7-test spec under
# mocha-junit-reporter. Absolute paths and timestamps are replaced by
# fixed values so the files do not depend on the machine or the day. Usage:
#   bash scripts/make-report-fixtures.sh
set -euo pipefail
cd "$(dirname "$0")/.."

npm run --silent build
out=test/fixtures/reports
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out/mocha" "$out/c8" "$out/mocha-junit-reporter"

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

# 3. mocha-junit-reporter with its defaults: no includePending, so a skipped test is counted only
#    in the root's tests= and skipped= attributes.
npm install --silent --no-save --no-audit --no-fund --prefix "$tmp/mjr" mocha@10.8.2 mocha-junit-reporter@2.2.1
cat >"$tmp/search.spec.cjs" <<'SPEC'
const assert = require('node:assert');
const search = (q) => ['alpha', 'alphabet', 'beta'].filter((w) => w.startsWith(q));
describe('search', function () {
  it('returns hits', function () { assert.deepStrictEqual(search('be'), ['beta']); });
  it('returns nothing for an unknown prefix', function () { assert.deepStrictEqual(search('zz'), []); });
  it('pages results', function () { assert.strictEqual(search('al').length, 3); });
  it.skip('is fuzzy', function () { assert.ok(search('alpa').length > 0); });
  describe('ranking', function () {
    it('keeps the order of the index', function () { assert.deepStrictEqual(search('al'), ['alpha', 'alphabet']); });
    it('is case sensitive', function () { assert.deepStrictEqual(search('Al'), []); });
    it('matches the whole word', function () { assert.deepStrictEqual(search('beta'), ['beta']); });
  });
});
SPEC
for spec in search outcomes; do
  "$tmp/mjr/node_modules/.bin/mocha" --no-config --reporter mocha-junit-reporter \
    --reporter-options "mochaFile=$tmp/mjr-$spec.xml" "$tmp/$spec.spec.cjs" || true
done

# 4. JaCoCo: compile the sample class (Java 11 class files: Debian's JaCoCo 0.8.6 reads up to 15),
#    instrument and run it, and write the XML report with JaCoCo's classes.
jacoco_jars=(/usr/share/java/org.jacoco.core.jar /usr/share/java/org.jacoco.report.jar /usr/share/java/asm.jar
  /usr/share/java/asm-commons.jar /usr/share/java/asm-tree.jar /usr/share/java/asm-analysis.jar)
if [ ! -f /usr/share/java/org.jacoco.report.jar ]; then
  echo "JaCoCo is required: apt-get update && apt-get install -y libjacoco-java" >&2
  exit 1
fi
source scripts/groovy-env.sh
ensure_groovy
javac --release 11 -g -d "$tmp/jacoco-classes" scripts/jacoco-fixture/src/com/acme/config/FlagService.java
(IFS=:; groovy -cp "${jacoco_jars[*]}" scripts/jacoco-fixture/report.groovy \
  "$tmp/jacoco-classes" scripts/jacoco-fixture/src "$tmp/jacoco.xml")
mkdir -p "$out/jacoco"

normalize() {
  sed -e "s#$PWD#/project#g" -e "s#$tmp#/tmp/fixtures#g" \
    -e 's/timestamp="[^"]*"/timestamp="2026-01-01T00:00:00"/g' \
    -e 's/ time="[^"]*"/ time="0.001"/g' "$1" >"$2"
}
normalize "$tmp/own-tests.xml" "$out/mocha/own-tests.xml"
normalize "$tmp/outcomes.xml" "$out/mocha/outcomes.xml"
normalize "$tmp/c8/cobertura-coverage.xml" "$out/c8/cobertura-coverage.xml"
normalize "$tmp/c8/lcov.info" "$out/c8/lcov.info"
normalize "$tmp/mjr-search.xml" "$out/mocha-junit-reporter/default-skipped.xml"
normalize "$tmp/mjr-outcomes.xml" "$out/mocha-junit-reporter/default-hook.xml"
sed -e 's/ start="[0-9]*" dump="[0-9]*"/ start="1767225600000" dump="1767225601000"/' "$tmp/jacoco.xml" \
  >"$out/jacoco/jacocoTestReport.xml"
echo "wrote $out/mocha/{own-tests,outcomes}.xml, $out/c8/{cobertura-coverage.xml,lcov.info}" \
  "$out/mocha-junit-reporter/default-{skipped,hook}.xml and $out/jacoco/jacocoTestReport.xml"
