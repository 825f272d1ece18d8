import { expect } from 'chai';
import { markdownCodeSpan, markdownText } from '../../src/render/markdown.js';

describe('render: markdownText and markdownCodeSpan (see markdown.property.test.ts for the properties)', () => {
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
    ['  two spaces each side  ', '&#32;&#32;two spaces each side&#32;&#32;'],
    ['tab\there', 'tab&#9;here'],
    ['Release notes #', 'Release notes \\#'],
    ['- not a list', '\\- not a list'],
    ['1. not a list', '1\\. not a list'],
    ['1.4.0 stays readable', '1.4.0 stays readable'],
  ];
  for (const [input, want] of CASES) {
    it(`escapes ${JSON.stringify(input)}`, () => expect(markdownText(input)).to.equal(want));
  }


  const SPANS: [string, string][] = [
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['``x``', '``` ``x`` ```'],
    [' padded ', '`  padded  `'],
    ['two\nlines', '`two lines`'],
  ];
  for (const [input, want] of SPANS) {
    it(`writes ${JSON.stringify(input)} as the code span ${want}`, () => expect(markdownCodeSpan(input)).to.equal(want));
  }
});
