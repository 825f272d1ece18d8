// The text users see: position, severity, code, message; the code frame with its caret; the hint.
import { expect } from 'chai';
import fc from 'fast-check';
import { FRAME_WIDTH, formatDiagnostics, summarizeDiagnostics } from '../../src/cli/format-diagnostics.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { readFixture, validateText } from '../config/helpers.js';

const base: Diagnostic = { code: 'GH300', severity: 'error', message: 'bad', file: 'modules.yaml', line: 2, column: 5, path: '/x' };

describe('diagnostics: text format', () => {
  it('prints position, code and message, the line with a caret under the column, and the hint', () => {
    const text = 'first\nsecond line here\nthird';
    expect(formatDiagnostics([{ ...base, hint: 'do this' }], text, false)).to.equal(
      'modules.yaml:2:5: error GH300: bad\n' +
        '  2 | second line here\n' +
        '    |     ^\n' +
        '  hint: do this\n',
    );
  });

  it('widens the gutter with the line number and prints no hint line without a hint', () => {
    const text = Array.from({ length: 120 }, (_, i) => `line ${i + 1}`).join('\n');
    expect(formatDiagnostics([{ ...base, line: 105, column: 1, severity: 'warning', code: 'GH312' }], text, false)).to.equal(
      'modules.yaml:105:1: warning GH312: bad\n  105 | line 105\n      | ^\n',
    );
  });

  it('shows tabs as spaces so the caret stays under the column', () => {
    expect(formatDiagnostics([{ ...base, line: 1, column: 3 }], '\tab: c', false)).to.equal('modules.yaml:1:3: error GH300: bad\n  1 |  ab: c\n    |   ^\n');
  });

  it('prints a whole-file problem as `file: error CODE: message`, without a position or a frame', () => {
    const wholeFile: Diagnostic = { code: base.code, severity: base.severity, message: base.message, file: base.file, path: base.path };
    expect(formatDiagnostics([wholeFile], 'a\nb', false)).to.equal('modules.yaml: error GH300: bad\n');
  });

  it('names gatehouse itself for a problem with the command line', () => {
    expect(formatDiagnostics([{ code: 'GH006', severity: 'error', message: 'bad flag', file: '', path: '' }], undefined, false)).to.equal('gatehouse: error GH006: bad flag\n');
  });

  it('escapes control characters in every piece of user text, and keeps the caret under the column', () => {
    const hostile = { ...base, file: 'a\u001b[2J.yaml', message: 'unknown key "\u001b[2J"', hint: 'did you mean "\u009b31m"?', line: 1, column: 8 };
    const text = formatDiagnostics([hostile], 'k: "\u001b[2J" x', false);
    // eslint-disable-next-line no-control-regex
    expect(text).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(text).to.equal(
      'a\\u001b[2J.yaml:1:8: error GH300: unknown key "\\u001b[2J"\n' +
        '  1 | k: "\\u001b[2J" x\n' +
        '    |             ^\n' +
        '  hint: did you mean "\\u009b31m"?\n',
    );
  });

  it('cuts frames only for the file the text belongs to, when told which', () => {
    const report = { ...base, file: 'reports/junit.xml', line: 1, column: 1 };
    expect(formatDiagnostics([report, base], 'a\nsecond', false, 'modules.yaml')).to.equal(
      'reports/junit.xml:1:1: error GH300: bad\nmodules.yaml:2:5: error GH300: bad\n  2 | second\n    |     ^\n',
    );
  });

  it('colours only when asked', () => {
    const coloured = formatDiagnostics([base], 'a\nb', true);
    expect(coloured).to.include('\u001b[31merror\u001b[0m');
    expect(formatDiagnostics([base], 'a\nb', false)).to.not.include('\u001b[');
  });

  it('renders a real problem exactly', () => {
    const text = readFixture('invalid', 'unknown-dependency.yaml');
    const { diagnostics } = validateText(text);
    expect(formatDiagnostics(diagnostics, text, false)).to.equal(
      'modules.yaml:50:17: error GH300: module "api" depends on "stor", which is not a module\n' +
        '  50 |     dependsOn: [stor]\n' +
        '     |                 ^\n' +
        '  hint: did you mean "store"?\n',
    );
  });

  it('reports every problem at once, sorted by position', () => {
    const { diagnostics } = validateText(readFixture('invalid', 'several-problems.yaml'));
    expect(diagnostics.map((d) => `${d.line}:${d.column}`)).to.deep.equal(['22:22', '50:17', '50:23', '54:14']);
  });

  describe('a line longer than the frame', () => {
    const long = `k: ${'['.repeat(500)}x${']'.repeat(500)}`;
    const frame = (column: number) => formatDiagnostics([{ ...base, line: 1, column }], long, false).split('\n');

    it('is cut to the frame width around the column, marked at both cuts, with the caret under the column', () => {
      const [, code = '', caret = ''] = frame(504);
      expect(code).to.equal(`  1 | ...${'['.repeat(60)}x${']'.repeat(59)}...`);
      expect(code.charAt(caret.indexOf('^'))).to.equal('x');
    });

    it('is cut only at the end near the start of the line, and only at the start near its end', () => {
      const [, head = ''] = frame(1);
      expect(head).to.equal(`  1 | ${long.slice(0, FRAME_WIDTH)}...`);
      const [, tail = '', caret = ''] = frame(long.length);
      expect(tail).to.equal(`  1 | ...${long.slice(-FRAME_WIDTH)}`);
      expect(tail.charAt(caret.indexOf('^'))).to.equal(']');
    });

    it('never splits a character in two and keeps the caret under the column (property)', () => {
      const pieces = fc.array(fc.constantFrom('a', 'b', '\u{1F600}'), { maxLength: 400, size: 'max' });
      fc.assert(
        fc.property(pieces, fc.nat(), (chars, at) => {
          const index = chars.length === 0 ? 0 : at % chars.length;
          const source = chars.join('');
          const column = chars.slice(0, index).join('').length + 1;
          const [, code = '', caret = ''] = formatDiagnostics([{ ...base, line: 1, column }], source, false).split('\n');
          expect(code).to.not.match(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
          expect(code.length).to.be.at.most('  1 | '.length + FRAME_WIDTH + 2 * '...'.length);
          if (index < chars.length) expect(code.slice(caret.indexOf('^')).startsWith(chars[index] ?? '')).to.equal(true);
        }),
        { numRuns: 500 },
      );
    });
  });

  it('summarizes the counts', () => {
    expect(summarizeDiagnostics([base, base, { ...base, severity: 'warning' }])).to.equal('2 errors, 1 warning');
    expect(summarizeDiagnostics([])).to.equal('0 errors, 0 warnings');
  });
});
