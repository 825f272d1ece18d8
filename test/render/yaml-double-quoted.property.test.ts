// yamlDoubleQuoted against its implementation before the verbatim fast path (kept here as the
// reference): on random strings, printable ASCII or not, both write the same scalar, or both
// refuse a lone surrogate. Property runs: GATEHOUSE_PROPERTY_RUNS (default 200).
import { expect } from 'chai';
import fc from 'fast-check';
import { yamlDoubleQuoted } from '../../src/render/yaml-scalar.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';
import { HOSTILE_STRINGS } from './hostile.js';

// ---- The reference: src/render/yaml-scalar.ts's yamlDoubleQuoted before the fast path, unchanged.
const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\0': '\\0',
  '\u0007': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\u000b': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\u001b': '\\e',
};

function referenceDoubleQuoted(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (code >= 0xd800 && code <= 0xdfff) throw new Error(`internal: lone surrogate U+${hex(code)} reached the YAML writer`);
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${hex(code).slice(2)}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) out += `\\u${hex(code)}`;
    else out += ch;
  }
  return out + '"';
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
// ---- End of the reference.

function outcome(write: () => string): { text: string } | { error: string } {
  try {
    return { text: write() };
  } catch (error) {
    return { error: String(error) };
  }
}

/** Printable ASCII (the fast path), its edges, and anything else, lone surrogates included. */
const text = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 24 }),
  fc.string({ unit: fc.constantFrom('a', ' ', '~', '"', '\\', '\u001f', '\u007f', '\u0080', '\u009f', '\u00a0', '\u2028', '\ufeff', '\uffff', '\ud800', '\udc00', '\u{1F600}'), maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.constantFrom(...HOSTILE_STRINGS),
);

describe('render/yaml-scalar: yamlDoubleQuoted against its previous implementation', () => {
  it(`writes the same scalar for random strings (${propertyRuns()} cases)`, () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(outcome(() => yamlDoubleQuoted(s))).to.deep.equal(outcome(() => referenceDoubleQuoted(s)));
      }),
      propertyParameters(propertyRuns()),
    );
  });
});
