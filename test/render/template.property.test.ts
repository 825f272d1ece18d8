// The template compiler against Handlebars on random templates built from the supported subset
// (text and line breaks around tags so that the standalone-line rule is exercised, nested
// #each/#if/#unless with and without {{else}}, @root, @index/@first/@last/@key, comments, the
// escaping helpers) and random views (empty arrays and objects, 0, NaN, '', null, undefined,
// holes, missing fields). Both must print the same bytes, or both must throw. Property runs:
// GATEHOUSE_PROPERTY_RUNS (default 200; `npm run test:property` runs 10,000).
import { expect } from 'chai';
import fc from 'fast-check';
import { compileTemplate } from '../../src/render/template-compile.js';
import { TEMPLATE_HELPERS } from '../../src/render/template.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { handlebarsTemplate } from './handlebars-reference.js';

const RUNS = propertyRuns();
const NAMES = ['a', 'b', 'list', 'n'] as const;

const name = fc.constantFrom(...NAMES);
// Unicode spaces too: Handlebars tests lines with \s, which matches them.
const text = fc.constantFrom('', 'x', ' ', '  ', '\t', '\n', '\n\n', ' \n', '\n  ', 'x\n', '\ny', '  x  ', '\r\n', ',', 'a b\n  ', '\u00a0\n', '\n\u2028', '\r');
/** Around a block tag: nothing, or a line break with indentation, so tags often stand alone. */
const pad = fc.constantFrom('', '', '\n', '  ', '\n  ', ' \n', '\n\n');

function path(inEach: boolean): fc.Arbitrary<string> {
  const paths = [
    name,
    fc.tuple(name, fc.constantFrom(...NAMES, 'length')).map(([x, y]) => `${x}.${y}`),
    fc.constant('this'),
    name.map((n) => `@root.${n}`),
  ];
  return inEach ? fc.oneof(...paths, fc.constantFrom('@index', '@first', '@last', '@key')) : fc.oneof(...paths);
}

function print(inEach: boolean): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: path(inEach).map((p) => `{{${p}}}`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('groovy', 'yaml', 'shell'), path(inEach)).map(([helper, p]) => `{{${helper} ${p}}}`) },
  );
}

const comment = fc.constantFrom('{{! note }}', '{{!-- a {{long}} note --}}');

function template(depth: number, inEach: boolean): fc.Arbitrary<string> {
  const leaf = fc.oneof({ weight: 4, arbitrary: text }, { weight: 3, arbitrary: print(inEach) }, { weight: 1, arbitrary: comment });
  const node = depth <= 0 ? leaf : fc.oneof({ weight: 3, arbitrary: leaf }, { weight: 2, arbitrary: block(depth, inEach) });
  return fc.array(node, { maxLength: 5 }).map((parts) => parts.join(''));
}

function block(depth: number, inEach: boolean): fc.Arbitrary<string> {
  return fc.constantFrom('if', 'unless', 'each').chain((helper) =>
    fc
      .tuple(path(inEach), template(depth - 1, inEach || helper === 'each'), fc.option(template(depth - 1, inEach)), pad, pad, pad, pad)
      .map(([p, body, inverse, beforeOpen, afterOpen, beforeClose, afterClose]) =>
        `${beforeOpen}{{#${helper} ${p}}}${afterOpen}${body}${inverse === null ? '' : `${beforeClose}{{else}}${afterOpen}${inverse}`}${beforeClose}{{/${helper}}}${afterClose}`,
      ),
  );
}

const leafValue = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('', ' ', 'x', '0', 'a\nb', "it's", '${x}') },
  { weight: 2, arbitrary: fc.constantFrom(0, -0, 1, -1, 2.5, Number.NaN, 1e21) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
);

/** Objects have most of the names (a missing one throws when printed, strict mode), some one less. */
function fields<T>(of: fc.Arbitrary<T>): fc.Arbitrary<Record<string, T>> {
  return fc.record({ a: of, b: of, list: of, n: of }, { requiredKeys: ['a', 'b', 'list'], noNullPrototype: true });
}

const { value } = fc.letrec<{ value: unknown; array: unknown[]; sparse: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, { weight: 4, arbitrary: leafValue }, { weight: 2, arbitrary: tie('array') }, { weight: 1, arbitrary: tie('sparse') }, { weight: 2, arbitrary: tie('object') }),
  array: fc.array(tie('value'), { maxLength: 3 }),
  sparse: fc.sparseArray(tie('value'), { maxLength: 3 }),
  object: fields(tie('value')),
}));
/** Views shaped like the real ones (leaves at the top, a list of records) print more often than random trees. */
const item = fc.record({ a: leafValue, b: leafValue, n: leafValue, list: fc.array(leafValue, { maxLength: 3 }) }, { noNullPrototype: true });
const shaped = fc.record({ a: leafValue, b: leafValue, n: leafValue, list: fc.array(fc.oneof({ weight: 3, arbitrary: item }, { weight: 1, arbitrary: leafValue }), { maxLength: 3 }) }, { noNullPrototype: true });
const view = fc.oneof(shaped, fields(value));

type Outcome = { printed: string } | { threw: true };

function outcome(render: () => string): Outcome {
  try {
    return { printed: render() };
  } catch {
    return { threw: true };
  }
}

describe('render/template: byte-equal to Handlebars on random templates and views (property)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS);

  it('prints what Handlebars prints, or throws when Handlebars throws', () => {
    fc.assert(
      fc.property(template(3, false), view, (source, data) => {
        const ours = outcome(() => compileTemplate('random.hbs', source, TEMPLATE_HELPERS)(data));
        const reference = outcome(() => handlebarsTemplate(source)(data));
        expect(ours, JSON.stringify(source)).to.deep.equal(reference);
      }),
      propertyParameters(RUNS),
    );
  });

  it('makes templates that exercise what it claims (standalone lines, else, each, prints)', () => {
    const samples = fc.sample(template(3, false), { numRuns: 500, seed: 1 });
    for (const needle of ['{{else}}', '{{#each', '{{#unless', '\n{{#if', '{{@index}}', '{{@root.', '{{!--']) {
      expect(samples.some((s) => s.includes(needle)), needle).to.equal(true);
    }
    // Strict lookups make many random cases throw: enough must print for the comparison to mean something.
    const cases = fc.sample(fc.tuple(template(3, false), view), { numRuns: 500, seed: 1 });
    const printed = cases.map(([source, data]) => outcome(() => handlebarsTemplate(source)(data))).filter((o) => 'printed' in o && o.printed.trim() !== '');
    expect(printed.length).to.be.greaterThan(cases.length / 5);
  });
});
