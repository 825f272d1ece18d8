// docs/release-train.md quotes the generated release pipeline, seed job and module Jenkinsfile: each
// quoted block (after `<!-- excerpt: FILE -->`) must still be in FILE, line for line, in order.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';

const EXCERPT = /<!-- excerpt: (\S+) -->\n```\w*\n([\s\S]*?)\n```/g;

describe('docs: release-train.md excerpts of generated files', () => {
  const doc = readFileSync(join(PACKAGE_ROOT, 'docs/release-train.md'), 'utf8');
  const excerpts = [...doc.matchAll(EXCERPT)].map((m) => ({ file: m[1]!, text: m[2]! }));

  it('quotes the release pipeline, the seed job and a master build', () => {
    expect([...new Set(excerpts.map((e) => e.file))]).to.have.members(['generated/release/Jenkinsfile', 'generated/jobs/seed.groovy', 'generated/modules/auth/Jenkinsfile']);
  });

  it('quotes each file exactly as generated', () => {
    for (const { file, text } of excerpts) {
      expect(readFileSync(join(PACKAGE_ROOT, file), 'utf8'), file).to.contain(`${text}\n`);
    }
  });
});
