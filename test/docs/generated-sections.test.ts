// Two tables in docs/ are generated from code: the modules.yaml key reference from the schema and
// the error-code table from the code catalogue (see regions.ts for how they are kept current).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderSchemaReference } from '../../src/config/schema-reference.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { renderCodeTable } from '../../src/diagnostics/render-codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { SCHEMA } from '../config/helpers.js';
import { checkRegion } from './regions.js';

const MODULES_YAML_PAGE = 'docs/modules-yaml.md';
const ERROR_CODES_PAGE = 'docs/error-codes.md';

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
