// Command output shown in docs/ is real: these regions are the commands' output for the
// repository's modules.yaml (and, for diff, a documented change to it). See regions.ts.
import { expect } from 'chai';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { runCliIn } from '../app/run-cli.js';
import { diffSamples } from './diff-sample.js';
import { checkRegion } from './regions.js';

function consoleBlock(command: string, output: string, language = 'console'): string {
  return `\`\`\`${language}\n${command === '' ? '' : `$ ${command}\n`}${output}\`\`\`\n`;
}

describe('docs: command samples', () => {
  it('docs/cli.md shows what `gatehouse plan` prints', async () => {
    const { code, out } = await runCliIn(PACKAGE_ROOT, ['plan']);
    expect(code).to.equal(0);
    checkRegion('docs/cli.md', 'plan-overview', consoleBlock('npx gatehouse plan', out));
  });

  it('docs/diff.md shows what `gatehouse diff` prints, as text, Markdown and JSON', async () => {
    const samples = await diffSamples(['text', 'markdown', 'json']);
    checkRegion('docs/diff.md', 'diff-text', consoleBlock('npx gatehouse diff', samples.get('text') ?? ''));
    checkRegion('docs/diff.md', 'diff-markdown', consoleBlock('', samples.get('markdown') ?? '', 'markdown'));
    checkRegion('docs/diff.md', 'diff-json', consoleBlock('', jsonExcerpt(samples.get('json') ?? ''), 'json'));
  });
});

/** The JSON with only editor's module entry, one shared file and no waves: the shape, short enough to read. */
function jsonExcerpt(json: string): string {
  const data = JSON.parse(json) as { modules: { name: string }[]; sharedFiles: unknown[]; waves?: unknown };
  const excerpt = { ...data, modules: data.modules.filter((m) => m.name === 'editor'), sharedFiles: data.sharedFiles.slice(0, 1), waves: undefined };
  return JSON.stringify(excerpt, null, 2) + '\n';
}
