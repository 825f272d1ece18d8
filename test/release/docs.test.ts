// docs/github.md's problem-code table is the one rendered from the catalogue (see
// test/docs/regions.ts for how generated regions are kept current).
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_CODES } from '../../src/release/codes.js';
import { renderGitHubCodeTable } from '../../src/release/render-codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { checkRegion } from '../docs/regions.js';

describe('release: docs/github.md', () => {
  it('lists every GitHub problem code as the catalogue says', () => {
    checkRegion('docs/github.md', 'github-codes', renderGitHubCodeTable());
    const page = readFileSync(join(PACKAGE_ROOT, 'docs/github.md'), 'utf8');
    expect([...page.matchAll(/^\| (GH7\d\d) \|/gm)].map((m) => m[1])).to.deep.equal(Object.keys(GITHUB_CODES));
  });
});
