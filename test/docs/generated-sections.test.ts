// Two tables in docs/ are generated from code: the modules.yaml key reference from the schema and
// the error-code table from the code catalogue. UPDATE_DOCS=1 (or the older UPDATE_README=1)
// rewrites them; otherwise a stale table fails the test.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaReference } from '../../src/config/schema-reference.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { renderCodeTable } from '../../src/diagnostics/render-codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SCHEMA } from '../config/helpers.js';

const MODULES_YAML_PAGE = 'docs/modules-yaml.md';
const ERROR_CODES_PAGE = 'docs/error-codes.md';

const UPDATE = process.env['UPDATE_DOCS'] === '1' || process.env['UPDATE_README'] === '1';

function region(name: string): RegExp {
  return new RegExp(`(<!-- generated: ${name} -->\\n)([\\s\\S]*?)(<!-- end generated: ${name} -->)`);
}

function checkRegion(page: string, name: string, content: string): void {
  const file = join(PACKAGE_ROOT, page);
  const text = readFileSync(file, 'utf8');
  const pattern = region(name);
  const match = pattern.exec(text);
  expect(match, `${page} has no generated region "${name}"`).to.not.equal(null);
  if (UPDATE) {
    writeFileSync(file, text.replace(pattern, (_all, start: string, _old: string, end: string) => start + content + end));
    return;
  }
  expect(match?.[2], `${page}: region "${name}" is stale; run UPDATE_DOCS=1 npm test`).to.equal(content);
}

describe('docs: generated sections', () => {
  it('the modules.yaml key reference is the one generated from the schema', () => {
    checkRegion(MODULES_YAML_PAGE, 'schema-reference', renderSchemaReference(SCHEMA));
  });

  it('the error-code table is the one generated from the catalogue', () => {
    checkRegion(ERROR_CODES_PAGE, 'error-codes', renderCodeTable());
  });

  it('every catalogued code is documented on the error-codes page, and no other', () => {
    const page = readFileSync(join(PACKAGE_ROOT, ERROR_CODES_PAGE), 'utf8');
    const documented = [...page.matchAll(/^\| (GH\d{3}) \|/gm)].map((m) => m[1]);
    expect(documented).to.deep.equal(Object.keys(CODES));
  });
});
