// yamlDoubleQuoted writes printable ASCII without a quote or backslash between the quotes as it is,
// without its walk through each code point. The walk is the oracle: a line break at the end of a
// string always sends it down the walk, which writes the string's characters one by one and then
// `\n`, so without those last characters it must be what the short path wrote. Property runs:
// GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { yamlDoubleQuoted } from '../../src/render/yaml-scalar.js';
import { loneSurrogateIndex } from '../../src/util/unicode.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { HOSTILE_STRINGS } from './hostile.js';

/** What the walk writes for `s`: the scalar of `s` and a line break, the line break's escape taken off. */
function walked(s: string): string {
  const withBreak = yamlDoubleQuoted(s + '\n');
  expect(withBreak.endsWith('\\n"'), withBreak).to.equal(true);
  return withBreak.slice(0, -3) + '"';
}

/** Printable ASCII (the short path), its edges, and anything else. */
const text = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 24 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '~', '"', '\\', '\u001f', '\u007f', '\u0080', '\u009f', '\u00a0', '\u2028', '\ufeff', '\uffff', '\u{1F600}'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.constantFrom(...HOSTILE_STRINGS),
).filter((s) => loneSurrogateIndex(s) < 0);

describe('render/yaml-scalar: yamlDoubleQuoted', () => {
  it('writes printable ASCII as it is, and escapes the quote and the backslash', () => {
    expect(yamlDoubleQuoted('100m')).to.equal('"100m"');
    expect(yamlDoubleQuoted('')).to.equal('""');
    expect(yamlDoubleQuoted(' ~!#')).to.equal('" ~!#"');
    expect(yamlDoubleQuoted('a"b\\c')).to.equal('"a\\"b\\\\c"');
  });

  it(`writes what its walk through each code point writes (${propertyRuns()} random strings)`, () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(yamlDoubleQuoted(s)).to.equal(walked(s));
      }),
      propertyParameters(propertyRuns()),
    );
  });
});
