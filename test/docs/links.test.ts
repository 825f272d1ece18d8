// README.md, CONTRIBUTING.md and docs/*.md link to each other and into the repository: a moved
// page or a renamed heading must not leave a dead link behind.
import { expect } from 'chai';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import type { MarkdownFile } from './markdown-links.js';
import { findBrokenLinks, githubSlug, headingAnchors } from './markdown-links.js';

function readRepositoryPath(path: string): string | undefined {
  try {
    const full = join(PACKAGE_ROOT, path);
    return statSync(full).isDirectory() ? '' : readFileSync(full, 'utf8');
  } catch {
    return undefined;
  }
}

function documentationFiles(): MarkdownFile[] {
  const docs = readdirSync(join(PACKAGE_ROOT, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  return ['README.md', 'CONTRIBUTING.md', ...docs].map((path) => ({ path, text: readRepositoryPath(path) ?? '' }));
}

function inMemory(files: Record<string, string>): (path: string) => string | undefined {
  return (path) => (path in files ? files[path] : Object.keys(files).some((f) => f.startsWith(`${path}/`)) ? '' : undefined);
}

describe('docs: links', () => {
  it('every relative link in README.md, CONTRIBUTING.md and docs/*.md resolves, anchors included', () => {
    const files = documentationFiles();
    expect(files.map((f) => f.path)).to.include.members(['README.md', 'CONTRIBUTING.md', 'docs/README.md']);
    const broken = findBrokenLinks(files, readRepositoryPath).map((b) => `${b.file}:${b.line}: ${b.target}: ${b.reason}`);
    expect(broken).to.deep.equal([]);
  });

  it('makes anchors the way GitHub does', () => {
    const cases: Array<[string, string]> = [
      ['Merge rules', 'merge-rules'],
      ['`gatehouse generate` and `gatehouse check`', 'gatehouse-generate-and-gatehouse-check'],
      ['Lint (`.groovylintrc.json`)', 'lint-groovylintrcjson'],
      ['Report problems (GH6xx)', 'report-problems-gh6xx'],
      ['Set-up (two commands, on a fresh machine with Node.js >= 20.19)', 'set-up-two-commands-on-a-fresh-machine-with-nodejs--2019'],
      ['snake_case and Ünïcode', 'snake_case-and-ünïcode'],
    ];
    for (const [heading, anchor] of cases) expect(headingAnchors(`## ${heading}\n`), heading).to.deep.equal(new Set([anchor]));
    expect(githubSlug('A/B: c?')).to.equal('ab-c');
  });

  it('numbers repeated headings and ignores headings inside code fences', () => {
    const text = '# Notes\n## Notes\n```\n# not a heading\n```\n## Notes\n';
    expect([...headingAnchors(text)]).to.deep.equal(['notes', 'notes-1', 'notes-2']);
  });

  it('reports a missing file, a missing anchor and a link out of the repository; skips URLs and code', () => {
    const files: MarkdownFile[] = [{
      path: 'docs/a.md',
      text: [
        '# A',
        '[ok](b.md#b-heading) [self](#a) [dir](../docs) [up](../README.md)',
        '[gone](missing.md) [bad anchor](b.md#nope) [out](../../x.md)',
        '[web](https://example.com/x.md) `[code](nowhere.md)`',
        '```',
        '[fenced](nowhere.md)',
        '```',
        '[ref]: c.md',
      ].join('\n'),
    }];
    const read = inMemory({ 'docs/a.md': files[0]?.text ?? '', 'docs/b.md': '## B heading\n', 'README.md': '# R\n' });
    expect(findBrokenLinks(files, read).map((b) => [b.line, b.target, b.reason])).to.deep.equal([
      [3, 'missing.md', 'docs/missing.md does not exist'],
      [3, 'b.md#nope', 'docs/b.md has no heading with anchor #nope'],
      [3, '../../x.md', '../x.md does not exist'],
      [8, 'c.md', 'docs/c.md does not exist'],
    ]);
  });
});
