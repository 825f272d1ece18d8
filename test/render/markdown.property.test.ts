// Property: user text in generated Markdown (generated/README.md tables, `gatehouse diff` and gate
// reports) renders as exactly that text, whatever it holds, and never breaks out: rendered by a
// real CommonMark + GFM parser (micromark with its GFM extension, raw HTML allowed as on GitHub),
// a table row keeps exactly one cell holding only text, `<br>` and autolinks of the text itself,
// and a code span stays one <code> element in its list item. What CommonMark cannot show is
// normalised the documented way: line breaks are <br> (one line break each; in code spans a
// space), other control characters U+FFFD. Inputs are well-formed Unicode (files are UTF-8).
import { expect } from 'chai';
import fc from 'fast-check';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { markdownCodeSpan, markdownRow, markdownText } from '../../src/render/markdown.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const RUNS = propertyRuns();
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

const unit = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('|', '`', '\\', '*', '_', '~', '$', '[', ']', '(', ')', '<', '>', '&', ';', '#', '!', ':', '/', '.', '-', '+', '=', ' ', '\t', '\n', '\r', '\u2028', 'w', 'a', 'h', 't', 'p', 's', '@', '0', '"', "'") },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xd7ff }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.integer({ min: 0xe000, max: 0x10ffff }).map((code) => String.fromCodePoint(code)) },
);
const text = fc.string({ unit, maxLength: 40 });

function render(markdown: string): string {
  return micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()], allowDangerousHtml: true });
}

/** Text content of rendered inline HTML: entities decoded, autolinks reduced to their text. */
function textOf(html: string): string {
  return html
    .replace(/<a href="[^"]*">([^<]*)<\/a>/g, '$1')
    .replace(/&(quot|amp|lt|gt|#(\d+)|#x([0-9a-f]+));/gi, (_, name: string, dec?: string, hexa?: string) =>
      dec !== undefined ? String.fromCodePoint(Number(dec)) : hexa !== undefined ? String.fromCodePoint(parseInt(hexa, 16)) : ({ quot: '"', amp: '&', lt: '<', gt: '>' } as Record<string, string>)[name.toLowerCase()] ?? '');
}

/**
 * What a reader sees of rendered inline content: fails on any element but <br> and autolinks;
 * newlines in the HTML source are layout (a browser shows none), <br> is a line break.
 */
function shownText(html: string): string {
  const tags = (html.match(/<[^>]*>/g) ?? []).filter((tag) => tag !== '<br>' && !/^<a href="[^"]*">$|^<\/a>$/.test(tag));
  expect(tags, `only text, <br> and autolinks in ${JSON.stringify(html)}`).to.deep.equal([]);
  return textOf(html.replace(/\n/g, '').replace(/<br>/g, '\n'));
}

describe('property: Markdown (GFM) escaping', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // a loaded 2-core machine, and 10,000 cases in the dedicated run

  it(`markdownText in a table cell: one cell, exactly the text (${RUNS} cases, micromark + GFM)`, () => {
    fc.assert(
      fc.property(text, text, (s, other) => {
        const html = render(`| a | b |\n| --- | --- |\n${markdownRow([markdownText(s), markdownText(other)])}\n`);
        const body = /<tbody>\n<tr>\n<td>(.*)<\/td>\n<td>(.*)<\/td>\n<\/tr>\n<\/tbody>\n<\/table>\n$/s.exec(html);
        expect(body, html).not.to.equal(null);
        expect(shownText(body?.[1] ?? '')).to.equal(s.replace(LINE_BREAK, '\n').replace(CONTROL, '\uFFFD'));
        expect(shownText(body?.[2] ?? '')).to.equal(other.replace(LINE_BREAK, '\n').replace(CONTROL, '\uFFFD'));
      }),
      propertyParameters(RUNS),
    );
  });

  it(`markdownText as a list item and a heading: exactly the text, no nested block (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(text, (s) => {
        const shown = s.replace(LINE_BREAK, '\n').replace(CONTROL, '\uFFFD');
        const item = /^<ul>\n<li>(.*)<\/li>\n<\/ul>\n$/s.exec(render(`- ${markdownText(s)}\n`));
        expect(item, 'one list item').not.to.equal(null);
        expect(shownText(item?.[1] ?? '')).to.equal(shown);
        const heading = /^<h4>(.*)<\/h4>\n$/s.exec(render(`#### ${markdownText(s)}\n`));
        expect(heading, 'one heading').not.to.equal(null);
        expect(shownText(heading?.[1] ?? '')).to.equal(shown);
      }),
      propertyParameters(RUNS),
    );
  });

  it(`markdownCodeSpan in a list item: one code element holding exactly the text (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(text.filter((s) => s !== ''), (s) => {
        const item = /^<ul>\n<li><code>([^<]*)<\/code><\/li>\n<\/ul>\n$/s.exec(render(`- ${markdownCodeSpan(s)}\n`));
        expect(item, markdownCodeSpan(s)).not.to.equal(null);
        expect(textOf(item?.[1] ?? '')).to.equal(s.replace(LINE_BREAK, ' ').replace(CONTROL, '\uFFFD'));
      }),
      propertyParameters(RUNS),
    );
  });
});
