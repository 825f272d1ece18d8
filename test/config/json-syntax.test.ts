// The strict JSON check the release files go through: it agrees with JSON.parse on every text,
// and points at the first character that is not JSON.
import { expect } from 'chai';
import fc from 'fast-check';
import { findJsonSyntaxError } from '../../src/config/json-syntax.js';

describe('config/json-syntax: strict JSON', () => {
  const bad: [string, number, string][] = [
    ['{"a": 1,}', 8, "expected a value after ',' (JSON has no trailing commas)"],
    ["{'a': 1}", 1, 'a single quote'],
    ['{"a": 1} // note', 9, 'expected the end of the document'],
    ['{"a": tru}', 6, 'expected a value'],
    ['{"a": 01}', 7, "expected ',' or '}'"],
    ['{"a": "x\ny"}', 8, 'control character'],
    ['{"a": "\\x"}', 8, 'JSON escape'],
    ['{a: 1}', 1, 'double-quoted'],
    ['[1, 2', 5, 'but the text ends'],
    ['', 0, 'expected a value'],
    ['[-]', 1, 'expected a number'],
    ['['.repeat(300), 200, 'nesting deeper than 200'],
  ];
  for (const [text, offset, message] of bad) {
    it(`refuses ${JSON.stringify(text.slice(0, 20))} at ${offset}`, () => {
      const error = findJsonSyntaxError(text);
      expect(error?.offset).to.equal(offset);
      expect(error?.message).to.contain(message);
    });
  }

  it('accepts what JSON.parse accepts', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"]} ', '"x"', '0']) expect(findJsonSyntaxError(text), text).to.equal(undefined);
  });

  it('agrees with JSON.parse on arbitrary JSON and on its mutations', () => {
    const agrees = (text: string) => {
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      return (findJsonSyntaxError(text) === undefined) === parses;
    };
    fc.assert(fc.property(fc.json(), (text) => agrees(text)), { numRuns: 300 });
    const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(',', '}', ']', '"', "'", ' ', '0', '-', '\\', 'e', '\n', '/')).map(([text, at, c]) => {
      const i = text.length === 0 ? 0 : at % text.length;
      return text.slice(0, i) + c + text.slice(i);
    });
    fc.assert(fc.property(mutated, (text) => agrees(text)), { numRuns: 1000 });
  });
});
