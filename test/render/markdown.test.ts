import { expect } from 'chai';
import fc from 'fast-check';
import { markdownText } from '../../src/render/markdown.js';

/** What a GFM renderer makes of an escaped cell's text, for the characters markdownText emits. */
function decode(escaped: string): string {
  return escaped
    .replace(/<br>/g, '\n')
    .replace(/&lt;|&gt;|&amp;|\\(.)/g, (m: string, c: string | undefined) => c ?? ({ '&lt;': '<', '&gt;': '>', '&amp;': '&' } as Record<string, string>)[m] ?? m);
}

/** Positions of `|` that are not backslash-escaped. */
function unescapedPipes(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '|') count++;
  }
  return count;
}

describe('render: markdownText', () => {
  const CASES: [string, string][] = [
    ['plain words, commas; dots.', 'plain words, commas; dots.'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['line one\nline two\r\nthree', 'line one<br>line two<br>three'],
    ['*bold* _it_ ~strike~ [link](x) $math$', '\\*bold\\* \\_it\\_ \\~strike\\~ \\[link\\](x) \\$math\\$'],
    ['back\\slash \\|', 'back\\\\slash \\\\\\|'],
    ['&amp; stays literal', '&amp;amp; stays literal'],
    ['bell\u0007 esc\u001b[31m', 'bell\uFFFD esc\uFFFD\\[31m'],
  ];
  for (const [input, want] of CASES) {
    it(`escapes ${JSON.stringify(input)}`, () => expect(markdownText(input)).to.equal(want));
  }

  it('keeps any text on one line, inside its cell, and readable as the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii' }), fc.string(), (ascii, any) => {
        for (const text of [ascii, any, `${ascii}\n|${any}`]) {
          const escaped = markdownText(text);
          expect(escaped).not.to.match(/[\n\r\u2028\u2029]/);
          expect(unescapedPipes(escaped)).to.equal(0);
          expect(escaped.replace(/<br>/g, '')).not.to.match(/[<>]/);
          // eslint-disable-next-line no-control-regex
          if (!/[\r\t\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/.test(text)) expect(decode(escaped)).to.equal(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
