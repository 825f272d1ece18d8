// The YAML scalar writer: every string comes back exactly, from a YAML 1.2 reader (the yaml
// package) and from helm's YAML 1.1 reader (go-yaml v2 through sigs.k8s.io/yaml, in
// test/helm/render). Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { parse } from 'yaml';
import { isPlainSafeYaml, yamlDoubleQuoted, yamlScalar } from '../../src/render/yaml-scalar.js';
import { loneSurrogateIndex } from '../../src/util/unicode.js';
import { runHelmRender } from '../helm/helm-render.js';
import { canonical } from '../helm/yaml11.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

const RUNS = Number(process.env['GATEHOUSE_PROPERTY_RUNS'] ?? 200);

/** Words and forms YAML 1.1 resolves to something other than a string. */
const YAML11_LOOKALIKES = [
  'y', 'Y', 'n', 'N', 'yes', 'Yes', 'YES', 'no', 'NO', 'on', 'On', 'ON', 'off', 'Off', 'OFF', 'true', 'False', 'null', 'Null', '~', '',
  '123', '007', '0o17', '0x1f', '0b101', '1e3', '1_000', '+12', '-1', '.5', '.inf', '-.Inf', '.NaN', '12:30', '190:20:30', '2001-12-14', '2001-12-14t21:59:43.10-05:00',
  '<<', '=', 'a: b', 'a #b', 'trailing ', ' leading', 'key:', '- item', '? q', '!tag', '&anchor', '*alias', '%dir', '@at', '`tick', '"dq"', "'sq'", '{x}', '[x]', '|', '>',
  'line\nbreak', 'cr\rx', 'tab\tx', 'nel\u0085x', 'ls\u2028x', 'ps\u2029x', 'bom\ufeffx', 'nonchar\ufffe\uffff', 'del\u007fx', 'c1\u0080\u009fx', 'nul\u0000x', 'esc\u001bx', 'emoji \u{1F600}',
];

/** Any string of whole code points (no lone surrogates: configuration rule GH330 rejects those). */
const anyText = fc.string({
  unit: fc.oneof(
    fc.constantFrom(...'yYnN01:_.-+~<=#\'" \t\n\r\\/'.split(''), '\u0085', '\u2028', '\u2029', '\ufeff', '\uffff', '\u00a0'),
    fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff).map((c) => String.fromCodePoint(c)),
  ),
  maxLength: 24,
});

/** One YAML document holding every string as a value and as a key. */
function documentOf(strings: readonly string[]): string {
  return strings.map((s, i) => `v${i}: ${yamlScalar(s)}\n${yamlScalar(s)}: k${i}\n`).join('');
}

function expected(strings: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  strings.forEach((s, i) => {
    out[`v${i}`] = s;
    out[s] = `k${i}`;
  });
  return out;
}

describe('render/yaml-scalar', () => {
  it('writes plain only what is a string to YAML 1.1 and 1.2 alike', () => {
    for (const s of YAML11_LOOKALIKES) expect(isPlainSafeYaml(s), JSON.stringify(s)).to.equal(false);
    for (const s of ['auth', 'docker.io/acmeonline/auth', 'busybox:1.37.0', '/healthz', 'IfNotPresent', 'It works, mostly (see docs).']) {
      expect(yamlScalar(s)).to.equal(s);
    }
  });

  it('escapes what YAML 1.1 reads as a line break or rejects, on one line', () => {
    expect(yamlDoubleQuoted('a\u2028b\u2029c\u0085d\ufeffe\uffff')).to.equal('"a\\u2028b\\u2029c\\x85d\\uFEFFe\\uFFFF"');
    expect(yamlDoubleQuoted('q"\\\n\u0000\u007f')).to.equal('"q\\"\\\\\\n\\0\\x7F"');
    for (const s of HOSTILE_STRINGS.filter((h) => loneSurrogateIndex(h) < 0)) {
      expect(yamlScalar(s)).to.not.match(/[\n\r\u0085\u2028\u2029]/);
    }
  });

  it('refuses a lone surrogate (no UTF-8 file can hold it)', () => {
    expect(() => yamlScalar('a\ud800b')).to.throw(/lone surrogate U\+D800/);
    expect(() => yamlScalar('\udfff')).to.throw(/lone surrogate/);
  });

  it('reads back exactly, as value and as key, in YAML 1.2 (property)', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        expect(parse(documentOf([s]))).to.deep.equal(expected([s]));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back exactly, as value and as key, in helm\'s YAML 1.1 reader (look-alikes and a property sample)', function () {
    this.timeout(SLOW_TEST_TIMEOUT_MS);
    const strings = [...new Set([...YAML11_LOOKALIKES, ...fc.sample(anyText, { numRuns: RUNS, seed: 1311 })])];
    const docs = strings.map((s) => documentOf([s]));
    const { parses } = runHelmRender([], docs);
    const wrong = strings.filter((s, i) => canonical(parses[i]) !== canonical({ value: expected([s]) }));
    expect(wrong.map((s) => `${JSON.stringify(s)} -> ${yamlScalar(s)}`)).to.deep.equal([]);
  });
});
