// Regions of docs pages that are generated from code, between `<!-- generated: NAME -->` and
// `<!-- end generated: NAME -->`. UPDATE_DOCS=1 (or the older UPDATE_README=1) rewrites them;
// otherwise a stale region fails the test.
import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const UPDATE = process.env['UPDATE_DOCS'] === '1' || process.env['UPDATE_README'] === '1';

function region(name: string): RegExp {
  return new RegExp(`(<!-- generated: ${name} -->\\n)([\\s\\S]*?)(<!-- end generated: ${name} -->)`);
}

export function checkRegion(page: string, name: string, content: string): void {
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
