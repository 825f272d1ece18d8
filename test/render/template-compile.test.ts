// The template compiler's refusals and errors: a construct outside the subset is refused when the
// template is compiled (so a template edit cannot render differently from Handlebars unnoticed),
// naming the template, line and column; a missing field names the field and where it is printed.
// That the accepted subset prints what Handlebars prints is template-differential.test.ts and
// template.property.test.ts.
import { expect } from 'chai';
import { compileTemplate } from '../../src/render/template-compile.js';
import { TEMPLATE_HELPERS } from '../../src/render/template.js';

function compile(source: string) {
  return compileTemplate('t.hbs', source, TEMPLATE_HELPERS);
}

/** Each construct sits on line 2 (from column 3), after a line that is fine. */
const REFUSED: Record<string, string> = {
  partial: '{{> other}}',
  'triple-stash': '{{{x}}}',
  'closing triple brace': '{{x}}}',
  ampersand: '{{&x}}',
  'inverted section': '{{^x}}y{{/x}}',
  'left whitespace control': '{{~x}}',
  'right whitespace control': '{{x~}}',
  'whitespace control on a comment': '{{!-- c --~}}',
  'escaped mustache': '\\{{x}}',
  decorator: '{{#*inline "p"}}x{{/inline}}',
  'another block helper': '{{#with x}}y{{/with}}',
  'two block arguments': '{{#if a b}}y{{/if}}',
  'block parameters': '{{#each xs as |x|}}y{{/each}}',
  'block without an argument': '{{#if}}y{{/if}}',
  'else if chain': '{{#if a}}x{{else if b}}y{{/if}}',
  'second else': '{{#if a}}x{{else}}y{{else}}z{{/if}}',
  'else outside a block': '{{else}}',
  'close without open': '{{/if}}',
  'close of another block': '{{#if a}}x{{/each}}',
  'unclosed block': '{{#each xs}}x',
  'unclosed tag': '{{x',
  'parent path': '{{../x}}',
  'slash path': '{{a/b}}',
  'this-dot path': '{{this.x}}',
  'segment literal': '{{[a b]}}',
  'string literal argument': '{{groovy "x"}}',
  'number literal': '{{1}}',
  'boolean literal': '{{true}}',
  'other helper': '{{lookup a b}}',
  'field named like a helper': '{{log}}',
  'field path starting with a helper name': '{{#if each.x}}y{{/if}}',
  'helper with two arguments': '{{groovy a b}}',
  'hash argument': '{{groovy x=a}}',
  'subexpression': '{{groovy (a)}}',
  '@index outside #each': '{{@index}}',
  '@last in the else of #each': '{{#each xs}}x{{else}}{{#unless @last}},{{/unless}}{{/each}}',
  'unknown data variable': '{{#each xs}}{{@foo}}{{/each}}',
  '@root alone': '{{@root}}',
};

describe('render/template-compile: refusals and errors', () => {
  for (const [what, construct] of Object.entries(REFUSED)) {
    it(`refuses ${what} when compiling, naming the template, line and column`, () => {
      expect(() => compile(`fine {{a}}\n  ${construct}\n`)).to.throw(/^internal: template t\.hbs:2:\d+: /);
    });
  }

  it('refuses a NUL character', () => {
    expect(() => compile('a\nb\0c')).to.throw(/^internal: template t\.hbs:2:2: a NUL character/);
  });

  it('compiles every supported construct together', () => {
    const render = compile('{{! c }}{{#each xs}}{{@index}}:{{@key}}{{#if @first}}F{{/if}}{{#unless @last}},{{/unless}}{{this}}{{else}}none{{/each}}\n{{@root.a.b}} {{groovy s}} {{yaml s}} {{shell s}} {{xs.length}}{{!-- c --}}');
    expect(render({ xs: [1, 2], a: { b: 'B' }, s: "it's" })).to.equal("0:0F,11:12\nB 'it\\'s' \"it's\" 'it'\\''s' 2");
    expect(render({ xs: [], a: { b: 'B' }, s: 'x' })).to.contain('none\n');
  });

  it('names the missing field, the template and the line of a printed value', () => {
    const render = compile('line one\n  {{settings.name}}\n');
    expect(() => render({ settings: {} })).to.throw(/^internal: template t\.hbs:2:3: "name" not defined in the view \(\{\{settings\.name\}\}\)$/);
    expect(() => render({})).to.throw(/t\.hbs:2:3: "name" not defined/);
    expect(() => compile('{{a.b.c}}')({})).to.throw(/t\.hbs:1:1: cannot read "b" of undefined \(\{\{a\.b\.c\}\}\)$/);
  });

  it('adds numbers printed back to back at the start of a block, as Handlebars does', () => {
    expect(compile('{{#each xs}}{{@index}}{{this}};{{/each}}')({ xs: [5, 6] })).to.equal('5;7;');
  });

  it('refuses functions in the view and #each over a Map when it meets them', () => {
    expect(() => compile('{{f}}')({ f: () => 'x' })).to.throw(/t\.hbs:1:1: \{\{f\}\}: a function in the view/);
    expect(() => compile('{{#if f}}x{{/if}}')({ f: () => true })).to.throw(/a function in the view/);
    expect(() => compile('{{#each m}}x{{/each}}')({ m: new Map([[1, 2]]) })).to.throw(/t\.hbs:1:1: #each over an iterable/);
  });
});
