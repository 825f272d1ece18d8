// The one helper every printer uses for user text on a terminal.
import { expect } from 'chai';
import { printable, printableBlock, printableJson } from '../../src/util/printable.js';

describe('util: printable text', () => {
  const CASES: [string, string, string][] = [
    ['ESC[2J (clear screen)', 'a\u001b[2Jb', 'a\\u001b[2Jb'],
    ['a C1 CSI (U+009B)', '\u009b31m', '\\u009b31m'],
    ['NUL, BEL, DEL', '\u0000\u0007\u007f', '\\u0000\\u0007\\u007f'],
    ['a line break in one-line text', 'a\nb\r', 'a\\u000ab\\u000d'],
    ['the Unicode line separator', 'a\u2028b', 'a\\u2028b'],
    ['a bidi override', 'a\u202eb', 'a\\u202eb'],
    ['plain and non-ASCII text, untouched', 'café ✓ 🚀 "x"', 'café ✓ 🚀 "x"'],
  ];
  for (const [what, input, output] of CASES) {
    it(`printable: ${what}`, () => expect(printable(input)).to.equal(output));
  }

  it('printableBlock keeps line feeds and tabs, escapes the rest', () => {
    expect(printableBlock('a\tb\n\u001b[2Jc\r\n')).to.equal('a\tb\n\\u001b[2Jc\\u000d\n');
  });

  it('printableJson stays valid JSON with the same value', () => {
    const value = { key: 'x\u009b\u001b\u2028y', list: [1, 'z'] };
    const json = printableJson(JSON.stringify(value, null, 2));
    // eslint-disable-next-line no-control-regex
    expect(json).to.not.match(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028]/);
    expect(JSON.parse(json)).to.deep.equal(value);
  });
});
