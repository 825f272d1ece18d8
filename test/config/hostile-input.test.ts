// Hostile or broken bytes in modules.yaml: each is an error with its line and column and a plain
// message, never a silent change of the data, a hang or a stack overflow.
import { expect } from 'chai';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadProject } from '../../src/app/load-project.js';
import { decodeUtf8, MAX_CONTROL_CHARACTER_REPORTS } from '../../src/config/decode.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { MAX_NESTING_DEPTH } from '../../src/config/yaml-checks.js';
import { makeTempDir, removeTempDirs } from '../output/temp-dir.js';
import { minimalWith, readFixture, validateText } from './helpers.js';

const positions = (text: string) => validateText(text).diagnostics.map((d) => [d.code, d.line, d.column]);

describe('config: hostile input', () => {
  afterEach(removeTempDirs);

  describe('bytes that are not UTF-8 (GH004)', () => {
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
    const CASES: [string, Buffer, number, number, string][] = [
      ['a Latin-1 byte', bytes('a: 1\nname: caf', [0xe9], '\n'), 2, 10, 'byte 0xE9 here begins an invalid sequence'],
      ['a byte UTF-8 never uses, after a two-byte character on the line', bytes('a: 1\nb: ü ', [0xff], '\n'), 2, 6, 'byte 0xFF here begins an invalid sequence'],
      ['a lone continuation byte', bytes('x: ', [0x80]), 1, 4, 'byte 0x80 here begins an invalid sequence'],
      ['a sequence cut short by ASCII', bytes('x: ', [0xc3, 0x28]), 1, 4, 'byte 0xC3 here begins an invalid sequence'],
      ['an overlong encoding of "/"', bytes('x: ', [0xc0, 0xaf]), 1, 4, 'byte 0xC0 here begins an invalid sequence'],
      ['a truncated character at the end', bytes('x: ', [0xe2, 0x82]), 1, 4, 'byte 0xE2 here begins an invalid sequence'],
    ];
    for (const [what, input, line, column, detail] of CASES) {
      it(`${what}: line ${line}, column ${column}`, () => {
        const decoded = decodeUtf8(input, 'modules.yaml');
        expect(decoded).to.deep.include({ code: 'GH004', line, column, message: `the file is not valid UTF-8: ${detail}` });
      });
    }

    it('is read from disk and rejected before any parsing, instead of becoming U+FFFD', async () => {
      const path = join(await makeTempDir(), 'modules.yaml');
      await writeFile(path, Buffer.concat([Buffer.from('# shop\nproject:\n  name: sh'), Buffer.from([0xfe]), Buffer.from('op\n')]));
      const project = await loadProject(path, 'modules.yaml');
      expect(project.diagnostics.map((d) => [d.code, d.line, d.column])).to.deep.equal([['GH004', 3, 11]]);
      expect(project.model).to.equal(undefined);
    });

    it('accepts a byte-order mark and multi-byte characters', () => {
      expect(decodeUtf8(Buffer.from('\ufeffname: café ✓ 🚀\n', 'utf8'), 'm.yaml')).to.deep.equal({ text: 'name: café ✓ 🚀\n' });
    });
  });

  describe('control characters (GH005)', () => {
    it('a NUL byte is reported at its line and column and nothing else is checked', () => {
      expect(positions(minimalWith('name: shop', 'name: sh\u0000op'))).to.deep.equal([['GH005', 3, 11]]);
      expect(validateText(minimalWith('name: shop', 'name: sh\u0000op')).diagnostics[0]?.message).to.equal('the file contains a NUL byte here, which YAML does not allow in a file');
    });

    it('raw escape characters and C1 controls too, one per line, tab and CR LF allowed', () => {
      const text = 'a: "x\u001b[2J"\nb: \u009b1m \u0007\r\nc: "\tok"\r\n';
      expect(positions(text)).to.deep.equal([['GH005', 1, 6], ['GH005', 2, 4]]);
    });

    it(`reports at most ${MAX_CONTROL_CHARACTER_REPORTS} lines of a binary file`, () => {
      expect(positions('x\u0001\n'.repeat(1000))).to.have.length(MAX_CONTROL_CHARACTER_REPORTS);
    });
  });

  it('an unknown tag such as !!js/function is an error (GH105), not a warning', () => {
    const { diagnostics, config } = validateText(minimalWith('description: The store.', 'description: !!js/function "function () {}"'));
    expect(diagnostics.map((d) => [d.code, d.severity, d.line, d.column, d.message])).to.deep.equal([['GH105', 'error', 52, 18, 'unknown tag !!js/function']]);
    expect(config).to.equal(undefined);
    expect(positions(readFixture('invalid', 'yaml-unknown-tag.yaml'))).to.deep.equal([['GH105', 3, 9]]);
  });

  it('an undefined alias says so (GH107), not that it expands too many aliases', () => {
    const { diagnostics } = validateText(minimalWith('    lead: bob', '    lead: *nothere'));
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message])).to.deep.equal([['GH107', 55, 11, 'the alias *nothere refers to no anchor &nothere defined before it']]);
  });

  it('an alias used before its anchor is undefined too', () => {
    const text = minimalWith('    lead: alice', '    lead: *who').replace('    lead: bob', '    lead: &who bob');
    expect(positions(text)).to.deep.equal([['GH107', 49, 11]]);
  });

  it('a complex key is reported at its own line (GH106), however deep in the file', () => {
    const text = `${minimalWith('', '')}    labels:\n      ? [a, b]\n      : both\n`;
    expect(positions(text)).to.deep.equal([['GH106', 57, 9]]);
  });

  for (const [shape, text] of [
    ['flow', `x: ${'['.repeat(10000)}${']'.repeat(10000)}\n`],
    ['block', Array.from({ length: 10000 }, (_, level) => `${' '.repeat(level)}k:`).join('\n')],
  ] as const) {
    it(`10,000 levels of ${shape} nesting say what is wrong and where (GH108), without overflowing the stack`, () => {
      const { diagnostics } = validateText(text);
      expect(diagnostics).to.have.length(1);
      const d = diagnostics[0];
      expect(d?.code).to.equal('GH108');
      expect(d?.message).to.equal(`mappings and lists are nested more than ${MAX_NESTING_DEPTH} levels deep here`);
      expect(d?.line).to.equal(shape === 'flow' ? 1 : MAX_NESTING_DEPTH + 1);
    });
  }

  it('nesting up to the limit is fine, and the catalogue names the limit', () => {
    const text = `${minimalWith('', '')}    labels: ${'['.repeat(MAX_NESTING_DEPTH - 3)}${']'.repeat(MAX_NESTING_DEPTH - 3)}\n`;
    expect(validateText(text).diagnostics.map((d) => d.code)).to.not.include('GH108');
    expect(CODES.GH108.explanation).to.contain(`${MAX_NESTING_DEPTH} levels`);
  });
});
