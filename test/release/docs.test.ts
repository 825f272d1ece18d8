// docs/github.md's problem-code table is the one rendered from the catalogue
// (UPDATE_README=1 rewrites it), and the docs name every GitHub command's flags.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GITHUB_CODES } from '../../src/release/codes.js';
import { renderGitHubCodeTable } from '../../src/release/render-codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const DOC = join(PACKAGE_ROOT, 'docs/github.md');
const REGION = /(<!-- generated: github-codes -->\n)([\s\S]*?)(<!-- end generated: github-codes -->)/;

describe('release: docs/github.md', () => {
  it('lists every GitHub problem code as the catalogue says', () => {
    const text = readFileSync(DOC, 'utf8');
    const match = REGION.exec(text);
    expect(match, 'docs/github.md has no github-codes region').to.not.equal(null);
    if (process.env['UPDATE_README'] === '1') {
      writeFileSync(DOC, text.replace(REGION, (_all, start: string, _old: string, end: string) => start + renderGitHubCodeTable() + end));
      return;
    }
    expect(match?.[2], 'stale; run UPDATE_README=1 npm test').to.equal(renderGitHubCodeTable());
    expect([...(match?.[2] ?? '').matchAll(/^\| (GH7\d\d) \|/gm)].map((m) => m[1])).to.deep.equal(Object.keys(GITHUB_CODES));
  });
});
