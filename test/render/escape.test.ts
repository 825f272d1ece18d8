import { expect } from 'chai';
import fc from 'fast-check';
import { parse } from 'yaml';
import { execFileSync } from 'node:child_process';
import { groovyString, shellWord, yamlString } from '../../src/render/escape.js';
import { loneSurrogateIndex } from '../../src/util/unicode.js';
import { codeUnitsHex, evaluateGroovyStrings, runGroovy } from './groovy.js';
import { HOSTILE_STRINGS } from './hostile.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';


/** Characters that stress each escaper, mixed with any UTF-16 code unit (lone surrogates too). */
const hostileUnit = fc.oneof(
  fc.constantFrom("'", '\\', '$', '{', '}', 'u', '0', '2', '7', 'a', '"', '\n', '\r', '\t', '\u2028', ' ', '#', ':'),
  fc.integer({ min: 0, max: 0xfffe }).map((code) => String.fromCharCode(code)),
);
const hostileString = fc.string({ unit: hostileUnit, maxLength: 40 });

describe('render/escape', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // one test evaluates every string in Groovy 2.4
  describe('groovyString', () => {
    it('wraps in single quotes and escapes only what it must, as printable ASCII', () => {
      expect(groovyString("it's")).to.equal("'it\\'s'");
      expect(groovyString('a\\u0027b')).to.equal("'a\\\\u0027b'");
      expect(groovyString('x\ny')).to.equal("'x\\ny'");
      expect(groovyString('\u0001')).to.equal("'\\001'");
      expect(groovyString('é')).to.equal("'\\u00e9'");
      expect(groovyString('${x}')).to.equal("'${x}'");
      for (const s of HOSTILE_STRINGS) expect(groovyString(s)).to.match(/^'[\x20-\x7e]*'$/);
    });

    it('gives what the character-by-character escape gives, printable ASCII included (property)', () => {
      const mostlyAscii = fc.string({ unit: fc.oneof(fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), hostileUnit), maxLength: 40 });
      fc.assert(fc.property(fc.oneof(mostlyAscii, hostileString), (s) => {
        expect(groovyString(s)).to.equal(groovyStringByCharacter(s));
      }), { numRuns: 2000 });
    });

    it('refuses U+FFFF, which no Groovy 2.4 literal can carry (validation rejects it first: GH120)', () => {
      expect(() => groovyString('a\uffffb')).to.throw(/internal error: U\+FFFF/);
    });

    it('(premise, checked with the real Groovy 2.4) U+FFFF ends the file raw and escaped; U+FFFE passes', () => {
      const script = [
        "def compiles(String source) { try { new GroovyShell().parse(source); 'compiles' } catch (Throwable e) { 'fails' } }",
        "println compiles(\"def s = 'a\\\\uffffb'\")",
        "println compiles(\"def s = 'a\" + ((char) 0xffff) + \"b'\")",
        "println compiles(\"def s = 'a\\\\ufffeb'\")",
        "println compiles(\"def s = 'a\" + ((char) 0xfffe) + \"b'\")",
      ].join('\n');
      expect(runGroovy(script).trim().split('\n')).to.deep.equal(['fails', 'fails', 'compiles', 'compiles']);
    });

    it('evaluates in Groovy 2.4 to exactly the input, for the hostile strings (random ones: groovy-literal.property.test.ts)', () => {
      const inputs = [...HOSTILE_STRINGS];
      const got = evaluateGroovyStrings(inputs.map(groovyString));
      expect(got).to.deep.equal(inputs.map(codeUnitsHex));
    });
  });

  // Lone surrogates never reach a writer (configuration rule GH330); yaml-scalar.property.test.ts covers
  // YAML 1.1 readers and the refusal.
  describe('yamlString', () => {
    it('is one double-quoted line that parses back to the input', () => {
      for (const s of HOSTILE_STRINGS.filter((h) => loneSurrogateIndex(h) < 0)) {
        const y = yamlString(s);
        expect(y).to.match(/^".*"$/s);
        expect(y).not.to.contain('\n');
        expect(parse(`key: ${y}\n`)).to.deep.equal({ key: s });
      }
    });

    it('round-trips arbitrary strings as a mapping value', () => {
      fc.assert(
        fc.property(hostileString.filter((h) => loneSurrogateIndex(h) < 0), (s) => {
          const y = yamlString(s);
          return !y.includes('\n') && (parse(`key: ${y}\n`) as { key: string }).key === s;
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('shellWord', () => {
    it('is one word that /bin/sh reads back exactly', () => {
      const inputs = HOSTILE_STRINGS.filter((s) => !s.includes('\u0000') && !/[\ud800-\udfff]/.test(s));
      const script = inputs.map((s) => `printf '%s\\0' ${shellWord(s)}`).join('\n');
      const out = execFileSync('sh', ['-c', script], { encoding: 'utf8' });
      expect(out.split('\u0000').slice(0, -1)).to.deep.equal(inputs);
    });
  });
});

/** groovyString before its verbatim fast path: every character looked at, the reference for the property. */
function groovyStringByCharacter(s: string): string {
  const named: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\b': '\\b', '\t': '\\t', '\n': '\\n', '\f': '\\f', '\r': '\\r' };
  let out = "'";
  for (const ch of s.split('')) {
    const code = ch.charCodeAt(0);
    if (named[ch] !== undefined) out += named[ch];
    else if (code < 0x20 || code === 0x7f) out += '\\' + code.toString(8).padStart(3, '0');
    else if (code > 0x7e) out += '\\u' + code.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + "'";
}
