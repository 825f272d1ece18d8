// The plain-YAML fast path (src/config/plain-yaml.ts) and the choice between the two paths in
// parseConfig: what the reader reads, each reason it leaves a text to the full path, and which
// configs take the fast path. Its agreement with the yaml package on random texts is
// plain-yaml.property.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { scaleModulesYaml } from '../../bench/scale-config.js';
import type { LaterRules } from '../../src/config/parse.js';
import { parseConfig } from '../../src/config/parse.js';
import { parsePlainYaml, readPlainYaml } from '../../src/config/plain-yaml.js';
import { parseYaml } from '../../src/config/yaml-document.js';
import { MAX_NESTING_DEPTH } from '../../src/config/yaml-checks.js';
import { buildModel } from '../../src/model/build.js';
import { checkModelRules } from '../../src/model/rules/index.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { minimalWith, readFixture, SCHEMA } from './helpers.js';

/** What parseProject (src/app/load-project.ts) runs after the config rules. */
const modelRules: LaterRules = (config) => checkModelRules(config, buildModel(config));

const deeplyNested = (depth: number): string => Array.from({ length: depth }, (_, level) => `${' '.repeat(level)}k:`).join('\n') + ' x\n';

describe('config: the plain-YAML reader', () => {
  it('reads plain scalars as the core schema resolves them', () => {
    const text = [
      'null: [~, null, Null, NULL, ""]',
      'bool: [true, True, TRUE, false, yes, no, on, tRUE]',
      'int: [0o17, 0x1f, +1, -0, 007, 1_000, 0o8]',
      'float: [1e3, .5, 1.50, .inf, -.Inf, .NaN, 1e]',
      'strings:',
      '  - 2027-03-31',
      '  - 12:30',
      '  - [--queue, "a\\tb", \'it\'\'s\']',
      'empty:',
    ].join('\n');
    const want = {
      null: [null, null, null, null, ''],
      bool: [true, true, true, false, 'yes', 'no', 'on', 'tRUE'],
      int: [15, 31, 1, -0, 7, '1_000', '0o8'],
      float: [1000, 0.5, 1.5, Infinity, -Infinity, NaN, '1e'],
      strings: ['2027-03-31', '12:30', ['--queue', 'a\tb', "it's"]],
      empty: null,
    };
    const got = parsePlainYaml(text);
    expect(got).to.deep.equal(want);
    expect(got).to.deep.equal(parseYaml({ name: 'm.yaml', text }).data);
  });

  it('reads block layouts, flow collections over several lines and continued plain scalars', () => {
    const text = [
      '# comment',
      'list:',
      '- a',
      '- key: v',
      '  other: w   # comment',
      '-',
      '  - - nested',
      'flow:',
      '  [',
      "    x, 'y',",
      '    { cpu: 250m }',
      '  ]',
      'long: a plain scalar',
      '  that goes on',
      '',
      '"quoted key": 1',
    ].join('\r\n');
    const want = { list: ['a', { key: 'v', other: 'w' }, [['nested']]], flow: ['x', 'y', { cpu: '250m' }], long: 'a plain scalar that goes on', 'quoted key': 1 };
    expect(parsePlainYaml(text)).to.deep.equal(want);
    expect(parseYaml({ name: 'm.yaml', text }).data).to.deep.equal(want);
  });

  const BAILS: [reason: string, text: string][] = [
    ['a tab used as indentation', 'a:\n\tb: 1\n'],
    ['a tab inside a value', 'a: b\tc\n'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a control character', 'a: b\u0001\n'],
    ['a raw noncharacter', 'a: b\uffff\n'],
    ['a noncharacter written as an escape', 'a: "\\uFFFE"\n'],
    ['a lone surrogate', 'a: b\ud800\n'],
    ['a carriage return without a line feed', 'a: 1\rb: 2\n'],
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *x\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['a document start marker', '---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a literal block scalar', 'a: |\n  x\n'],
    ['a folded block scalar', 'a: >\n  x\n'],
    ['a quoted scalar over two lines', "a: 'x\n  y'\n"],
    ['a plain scalar with a line break kept in it', 'a: x\n\n  y\n'],
    ['a complex key', '? a\n: b\n'],
    ['a merge key', 'b: 1\n<<: {a: 1}\n'],
    ['a __proto__ key', '__proto__: 1\n'],
    ['a duplicate key', 'a: 1\na: 2\n'],
    ['a key whose ":" is over 1024 characters from its start', `k${' '.repeat(1030)}: v\n`],
    ['a quoted key whose ":" is over 1024 characters from its start', `'${"''".repeat(520)}': v\n`],
    ['a duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['an escape it does not implement', 'a: "\\q"\n'],
    ['an escape beyond Unicode', 'a: "\\U00110000"\n'],
    [`nesting deeper than ${MAX_NESTING_DEPTH} levels`, deeplyNested(MAX_NESTING_DEPTH + 1)],
    ['an empty document', ''],
    ['a document of comments only', '# nothing\n'],
    ['a top-level list', '- a\n'],
    ['a top-level scalar', 'a\n'],
    ['a trailing comma in a flow collection', 'a: [b, c,]\n'],
    ['a comment inside a flow collection', 'a: [b, # c\n  d]\n'],
    ['an indented top-level mapping', '  a: 1\n'],
    ['a second key on one line', 'a: b: c\n'],
    ['an over-indented key', 'a: 1\n  b: 2\n'],
    ['a plain value on the line below its key', 'a:\n  b\n'],
  ];
  for (const [reason, text] of BAILS) {
    it(`leaves ${reason} to the full parser`, () => {
      expect(parsePlainYaml(text)).to.equal(undefined);
    });
  }

  it(`reads nesting of exactly ${MAX_NESTING_DEPTH} levels`, () => {
    expect(parsePlainYaml(deeplyNested(MAX_NESTING_DEPTH))).to.deep.equal(parseYaml({ name: 'm.yaml', text: deeplyNested(MAX_NESTING_DEPTH) }).data);
  });
});

describe('config: which path parseConfig takes', () => {
  const example = { name: 'modules.yaml', text: readFileSync(join(PACKAGE_ROOT, 'modules.yaml'), 'utf8') };
  /** The config parseConfig returns, when it is the plain-YAML reader's: nothing else ran (parse.ts). */
  const fastConfig = (text: string): unknown => {
    if (readPlainYaml(text) === undefined) return undefined;
    return parseConfig({ name: 'modules.yaml', text }, SCHEMA, modelRules).config;
  };

  it("takes the fast path for the repository's modules.yaml, with the full path's data", () => {
    const config = fastConfig(example.text);
    expect(config).to.not.equal(undefined);
    expect(config).to.deep.equal(parseYaml(example).data);
  });

  it('takes the fast path for a config scaled by bench/scale-config.ts (folded scalars, flow lists over several lines)', () => {
    const scaled = { name: 'modules.yaml', text: scaleModulesYaml(example.text, 60) };
    expect(scaled.text).to.match(/:\n +\[\n/).and.to.match(/: .*\n {8,}[a-z]/);
    const config = fastConfig(scaled.text);
    expect(config).to.not.equal(undefined);
    expect(config).to.deep.equal(parseYaml(scaled).data);
  });

  it("reports a warning in a config the reader read with the reader's positions, and returns the config", () => {
    const source = { name: 'modules.yaml', text: minimalWith('    lead: bob\n', '    lead: bob\n    skip: { smokeTests: never runs anyway }\n') };
    expect(readPlainYaml(source.text)).to.not.equal(undefined);
    const parsed = parseConfig(source, SCHEMA, modelRules);
    expect(parsed.config).to.deep.equal(parseYaml(source).data);
    expect(parsed.diagnostics.map((d) => [d.code, d.line, d.column])).to.deep.equal([['GH312', 56, 13]]);
  });

  it('takes the full path for a valid config outside the subset, with the same config', () => {
    const text = readFixture('valid', 'minimal.yaml').replace('name: shop', 'name: &name shop');
    expect(parsePlainYaml(text)).to.equal(undefined);
    const parsed = parseConfig({ name: 'modules.yaml', text }, SCHEMA, modelRules);
    expect(parsed.diagnostics).to.deep.equal([]);
    expect(parsed.config).to.deep.equal(parseYaml({ name: 'modules.yaml', text }).data);
  });
});
