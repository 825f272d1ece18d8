// The chart's YAML writer against the implementation it replaced: the yaml package's Document with
// yamlScalar as its string tag (kept here only as the reference). On random data trees (maps,
// lists, hostile strings and keys, numbers, shared objects, comments on random keys) both write
// the same bytes, and the yaml package reads the data back. Property runs: GATEHOUSE_PROPERTY_RUNS
// (default 200; `npm run test:property` runs 10,000).
import { expect } from 'chai';
import fc from 'fast-check';
import { Document, isMap, isScalar, parse } from 'yaml';
import type { ScalarTag } from 'yaml';
import { yamlFilePrefix } from '../../src/emit/chart/yaml-file.js';
import type { YamlComment } from '../../src/render/yaml-block.js';
import { renderYamlBlock } from '../../src/render/yaml-block.js';
import { yamlScalar } from '../../src/render/yaml-scalar.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { loneSurrogateIndex } from '../../src/util/unicode.js';

const RUNS = propertyRuns();

interface YamlFileOptions {
  intro?: string[];
  comments?: YamlComment[];
}

// ---- The reference: src/emit/chart/yaml-file.ts before the direct writer, unchanged.
const YAML11_SAFE_STRING: ScalarTag = {
  tag: 'tag:yaml.org,2002:str',
  default: true,
  identify: (value) => typeof value === 'string',
  resolve: (source) => source,
  stringify: (item) => yamlScalar(String(item.value)),
};

function referenceYamlFile(data: unknown, header: string, options: YamlFileOptions = {}): string {
  const doc = new Document(data, { customTags: (tags) => [YAML11_SAFE_STRING, ...tags] });
  for (const comment of options.comments ?? []) commentKey(doc, comment);
  const intro = (options.intro ?? []).map((line) => (line === '' ? '#\n' : `# ${line}\n`)).join('');
  return header + (intro === '' ? '' : '#\n' + intro + '\n') + doc.toString({ lineWidth: 0 });
}

function commentKey(doc: Document, comment: YamlComment): void {
  const parent = comment.path.length === 1 ? doc.contents : doc.getIn(comment.path.slice(0, -1), true);
  if (!isMap(parent)) throw new Error(`internal: no map at ${comment.path.join('.')}`);
  const key = comment.path[comment.path.length - 1];
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
  if (!pair || !isScalar(pair.key)) throw new Error(`internal: no key ${comment.path.join('.')}`);
  pair.key.commentBefore = comment.text
    .split('\n')
    .map((line) => ` ${line}`)
    .join('\n');
}
// ---- End of the reference.

/** Words and forms that are not strings to some YAML reader, and strings that try to break out. */
const LOOKALIKES = [
  'y', 'n', 'yes', 'No', 'on', 'OFF', 'true', 'False', 'null', '~', '', '0', '123', '007', '0o17', '0x1f', '1e3', '1_000', '-1', '.5', '.inf', '.NaN',
  '12:30', '2001-12-14', '<<', '=', 'a: b', 'a #b', '#c', 'trailing ', ' leading', 'key:', '- item', '? q', '!tag', '&a1', '*a1', '%dir', '@at', '{x}', '[x]', '|', '>',
  '"dq"', "'sq'", 'line\nbreak', 'cr\rx', 'tab\tx', '\u2028', '\ufeff', '\uffff', 'emoji \u{1F600}', '__proto__', 'constructor',
  ...HOSTILE_STRINGS.filter((s) => loneSurrogateIndex(s) < 0),
];

const codePoint = fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c));
const text = fc.oneof(
  fc.constantFrom(...LOOKALIKES),
  fc.string({ unit: fc.oneof(fc.constantFrom(...'aZ09 :#-?&*!"\'\\\n\t{}[],.'.split('')), codePoint), maxLength: 16 }),
);
/** Keys around yaml's 1024-character limit for an implicit key (plain and quoted). */
const longKey = fc.tuple(fc.integer({ min: 1018, max: 1030 }), fc.constantFrom('k', '#', '\n')).map(([n, first]) => first + 'k'.repeat(n));
const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('name', 'image', 'tag', 'a', 'b', 'c') }, { weight: 4, arbitrary: text }, { weight: 1, arbitrary: longKey });
const number = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0.5, 1e21, 1e-7, -0, 2 ** 53, 123456789012345680000, 5e-324, NaN, Infinity, -Infinity));
const scalar = fc.oneof(text, number, fc.boolean(), fc.constant(null), fc.constant(undefined));

/** Stands for one of the shared objects: the same object wherever it appears (yaml writes `&a1` / `*a1`). */
class Shared {
  constructor(readonly index: number) {}
}

function trees(shared: boolean): fc.Arbitrary<unknown> {
  return fc.letrec<{ tree: unknown; map: Record<string, unknown>; list: unknown[] }>((tie) => ({
    tree: fc.oneof({ depthSize: 'small' }, scalar, tie('map'), tie('list'), ...(shared ? [fc.nat(2).map((n) => new Shared(n))] : [])),
    map: fc.dictionary(key, tie('tree'), { maxKeys: 5 }),
    list: fc.array(tie('tree'), { maxLength: 4 }),
  })).tree;
}

/** `value` with every Shared marker replaced by its object (a copy: generated values stay untouched). */
function withShared(value: unknown, objects: readonly object[]): unknown {
  if (value instanceof Shared) return objects[value.index];
  if (Array.isArray(value)) return value.map((item) => withShared(item, objects));
  if (typeof value !== 'object' || value === null) return value;
  const copy = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withShared(v, objects)]));
  return Object.setPrototypeOf(copy, Object.getPrototypeOf(value) as object | null) as unknown;
}

/** Every key path reached through maps only, the paths a comment can name. */
function mapKeyPaths(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => (v === undefined ? [] : [[...path, k], ...mapKeyPaths(v, [...path, k])]));
}

const commentLine = fc.string({ unit: fc.oneof(fc.constantFrom(' ', '#', 'a', ':', '-', '\t'), codePoint), maxLength: 12 }).filter((s) => !/[\n\r\u2028\u2029]/.test(s));
const commentText = fc.array(commentLine, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

interface Case {
  data: unknown;
  options: YamlFileOptions;
}

const cases: fc.Arbitrary<Case> = fc
  .record({
    tree: fc.oneof({ weight: 4, arbitrary: fc.dictionary(key, trees(true), { maxKeys: 6 }) }, { weight: 1, arbitrary: trees(true) }),
    objects: fc.array(fc.oneof(fc.dictionary(key, trees(false), { maxKeys: 3 }), fc.array(trees(false), { maxLength: 3 })), { minLength: 3, maxLength: 3 }),
    comments: fc.array(fc.tuple(fc.nat(), commentText), { maxLength: 4 }),
    intro: fc.array(commentLine, { maxLength: 2 }),
  })
  .map(({ tree, objects, comments, intro }) => {
    const data = withShared(tree, objects);
    const paths = mapKeyPaths(data);
    const placed = paths.length === 0 ? [] : comments.map(([i, t]) => ({ path: paths[i % paths.length]!, text: t }));
    return { data, options: { intro, comments: placed } };
  });

const HEADER = '# GENERATED by gatehouse\n';

function outcome(render: () => string): { text: string } | { error: string } {
  try {
    return { text: render() };
  } catch (error) {
    return { error: String(error) };
  }
}

/** What a reader gets back: keys with undefined are left out, undefined elsewhere is null. */
function readable(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(readable);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).flatMap(([k, v]) => (v === undefined ? [] : [[k, readable(v)]])));
}

describe('render/yaml-block', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // 10,000 cases in the dedicated run

  it('lays out maps, lists, shared objects, long keys and comments as yaml did', () => {
    const command = ['/app/worker', '--queue', 'yes'];
    const data = { replicas: 2, image: { tag: '', pull: 'IfNotPresent' }, drop: ['ALL'], env: [{ name: 'A', value: '1' }], probe: { command }, test: command, none: {}, list: [], off: undefined, [`#${'k'.repeat(1024)}`]: [[1, -0], null] };
    const comments = [{ path: ['replicas'], text: 'Two lines,\nthe second.' }, { path: ['image', 'pull'], text: 'Nested.' }, { path: ['env'], text: '' }];
    const want = [
      '# Two lines,', '# the second.', 'replicas: 2', 'image:', '  tag: ""', '  # Nested.', '  pull: IfNotPresent', 'drop:', '  - ALL', '#', 'env:', '  - name: A', '    value: "1"',
      'probe:', '  command: &a1', '    - /app/worker', '    - "--queue"', '    - "yes"', 'test: *a1', 'none: {}', 'list: []', `? "#${'k'.repeat(1024)}"`, ': - - 1', '    - -0', '  - null', '',
    ].join('\n');
    expect(renderYamlBlock(data, comments)).to.equal(want);
    expect(referenceYamlFile(data, '', { comments })).to.equal(want);
  });

  it('refuses a comment on a key it does not write, as yaml did', () => {
    const shared = { k: 1 };
    for (const path of [['missing'], ['a', 'missing'], ['b', 'k'], ['list', '0']]) {
      const data = { a: shared, b: shared, list: [{ k: 1 }] };
      expect(() => renderYamlBlock(data, [{ path, text: 'x' }]), path.join('.')).to.throw(/internal: no map key for the comment/);
      expect(() => referenceYamlFile(data, '', { comments: [{ path, text: 'x' }] }), path.join('.')).to.throw(/internal: no/);
    }
  });

  it('refuses what is not plain data, and comments it would write differently', () => {
    for (const value of [new Map([['a', 1]]), new Date(0), 1n, () => 1, Symbol('s')]) {
      expect(() => renderYamlBlock({ a: value }), String(typeof value)).to.throw(/^internal: .* reached the YAML writer$/);
    }
    for (const text of ['a\rb', 'a\u2028b', 'a\u2029b']) {
      expect(() => renderYamlBlock({ a: 1 }, [{ path: ['a'], text }]), JSON.stringify(text)).to.throw(/internal: bad YAML comment/);
    }
  });

  it(`writes the same bytes as the yaml Document it replaced (${RUNS} random trees)`, () => {
    fc.assert(
      fc.property(cases, ({ data, options }) => {
        const want = outcome(() => referenceYamlFile(data, HEADER, options));
        const got = outcome(() => yamlFilePrefix(HEADER, options.intro) + renderYamlBlock(data, options.comments));
        if ('error' in want) expect(got, want.error).to.have.property('error');
        else expect(got).to.deep.equal(want);
      }),
      propertyParameters(RUNS),
    );
  });

  it(`reads back as the same data in the yaml package (${RUNS} random trees)`, () => {
    fc.assert(
      fc.property(cases, ({ data }) => {
        expect(parse(renderYamlBlock(data), { maxAliasCount: -1 })).to.deep.equal(readable(data));
      }),
      propertyParameters(RUNS),
    );
  });
});
