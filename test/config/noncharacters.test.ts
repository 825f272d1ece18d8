// GH120: Unicode noncharacters are rejected where they are written, raw or as a YAML escape,
// in values and keys; every other character passes (this is not a blanket "weird text" filter).
import { expect } from 'chai';
import { firstNoncharacter } from '../../src/config/noncharacters.js';
import { minimalWith, validateText } from './helpers.js';

const DESCRIPTION = 'description: The API.';

function errorsFor(text: string) {
  return validateText(text).diagnostics.filter((d) => d.severity === 'error');
}

function lineAndColumnOf(text: string, search: string): [number, number] {
  const before = text.slice(0, text.indexOf(search)).split('\n');
  return [before.length, (before.at(-1)?.length ?? 0) + 1];
}

describe('config: Unicode noncharacters (GH120)', () => {
  it('rejects U+FFFF written raw, at the character itself', () => {
    const text = minimalWith(DESCRIPTION, 'description: The \uffff API.');
    const [line, column] = lineAndColumnOf(text, '\uffff');
    expect(errorsFor(text).map((d) => [d.code, d.line, d.column, d.message, d.path])).to.deep.equal([
      ['GH120', line, column, 'U+FFFF is a Unicode noncharacter, not text', '/modules/api/description'],
    ]);
  });

  it('rejects a noncharacter written as a YAML escape, at its scalar', () => {
    const text = minimalWith(DESCRIPTION, 'description: "The \\uFFFE API."');
    const [line, column] = lineAndColumnOf(text, '"The');
    const errors = errorsFor(text);
    expect(errors.map((d) => [d.code, d.line, d.column])).to.deep.equal([['GH120', line, column]]);
    expect(errors[0]?.message).to.contain('U+FFFE');
  });

  it('rejects noncharacters in keys too, and reports every one at once', () => {
    const text = minimalWith(DESCRIPTION, 'description: "a\\uFDD0"\n    environments: {"st\\uFDEFg": {}}');
    expect(errorsFor(text).filter((d) => d.code === 'GH120').map((d) => d.path)).to.deep.equal([
      '/modules/api/description',
      '/modules/api/environments/st\ufdefg',
    ]);
  });

  it('knows the 66 noncharacters and nothing else', () => {
    const all: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) if (firstNoncharacter(String.fromCodePoint(cp)) !== undefined) all.push(cp);
    const planes = Array.from({ length: 17 }, (_, plane) => [plane * 0x10000 + 0xfffe, plane * 0x10000 + 0xffff]).flat();
    const arabic = Array.from({ length: 32 }, (_, i) => 0xfdd0 + i);
    expect(all).to.deep.equal([...arabic, ...planes].sort((a, b) => a - b));
    expect(firstNoncharacter('ok \ufffd \u{10fffd} \ud800 \ud83f\udfff')).to.deep.equal({ codePoint: 0x1ffff, index: 10 });
  });

  it('accepts the characters around them', () => {
    const text = minimalWith(DESCRIPTION, 'description: "\\uFFFD \\uFDCF \\uFDF0 \\U0010FFFD ok"');
    expect(errorsFor(text)).to.deep.equal([]);
  });
});
