// README's "modules.yaml reference" and "error codes" tables are generated from the schema and
// the code catalogue. UPDATE_README=1 rewrites them; otherwise a stale table fails the test.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaReference } from '../../src/config/schema-reference.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { renderCodeTable } from '../../src/diagnostics/render-codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SCHEMA } from '../config/helpers.js';

const README = join(PACKAGE_ROOT, 'README.md');

function region(name: string): RegExp {
  return new RegExp(`(<!-- generated: ${name} -->\\n)([\\s\\S]*?)(<!-- end generated: ${name} -->)`);
}

function checkRegion(name: string, content: string): void {
  const text = readFileSync(README, 'utf8');
  const pattern = region(name);
  const match = pattern.exec(text);
  expect(match, `README.md has no generated region "${name}"`).to.not.equal(null);
  if (process.env['UPDATE_README'] === '1') {
    writeFileSync(README, text.replace(pattern, (_all, start: string, _old: string, end: string) => start + content + end));
    return;
  }
  expect(match?.[2], `README region "${name}" is stale; run UPDATE_README=1 npm test`).to.equal(content);
}

/** The text from a `## heading` line up to the next heading of that level. */
function section(heading: string): string {
  const text = readFileSync(README, 'utf8');
  const start = text.indexOf(`\n## ${heading}\n`);
  const end = text.indexOf('\n## ', start + 1);
  expect(start, `README.md has no "## ${heading}" section`).to.be.at.least(0);
  return text.slice(start, end < 0 ? undefined : end);
}

describe('diagnostics: README tables', () => {
  it('the modules.yaml reference is the one generated from the schema', () => {
    checkRegion('schema-reference', renderSchemaReference(SCHEMA));
  });

  it('the error-code table is the one generated from the catalogue', () => {
    checkRegion('error-codes', renderCodeTable());
  });

  it('every catalogued code is documented in the error-codes section, and no other', () => {
    const documented = [...section('Error codes').matchAll(/^\| (GH\d{3}) \|/gm)].map((m) => m[1]);
    expect(documented).to.deep.equal(Object.keys(CODES));
  });
});
