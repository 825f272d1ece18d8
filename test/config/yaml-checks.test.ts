// The YAML checks that walk every node (src/config/yaml-checks.ts) are single linear walks; these
// properties compare them with the definitions they replaced: yaml's own Alias.resolve for an
// undefined alias, and the first, allocation-heavy depth measure for nesting too deep.
import { expect } from 'chai';
import fc from 'fast-check';
import { CST, LineCounter, Parser, parseDocument, visit } from 'yaml';
import { findTooDeep, findUndefinedAliases, MAX_NESTING_DEPTH } from '../../src/config/yaml-checks.js';
import { propertyParameters, propertyRuns } from '../property-runs.js';

const anchorName = fc.constantFrom('a', 'b', 'c');

/** Flow YAML with anchors on scalars and collections, and aliases as values and as keys. */
const flowValue: fc.Arbitrary<string> = fc.letrec<{ value: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom('x', 'y'),
    anchorName.map((name) => `*${name}`),
    fc.tuple(anchorName, fc.constantFrom('x', 'y')).map(([name, scalar]) => `&${name} ${scalar}`),
    fc.tuple(fc.option(anchorName), fc.array(tie('value'), { maxLength: 3 })).map(([name, items]) => `${name === null ? '' : `&${name} `}[${items.join(', ')}]`),
    fc.tuple(fc.option(anchorName), fc.array(fc.tuple(fc.oneof(fc.constantFrom('k', 'l'), anchorName.map((name) => `*${name} `)), tie('value')), { maxLength: 3 })).map(
      ([name, pairs]) => `${name === null ? '' : `&${name} `}{${pairs.map(([key, value]) => `${key}: ${value}`).join(', ')}}`,
    ),
  ),
})).value;

describe('config: YAML checks, linear walks', () => {
  it('finds exactly the aliases yaml cannot resolve (anchor not defined before), in order (property)', () => {
    fc.assert(
      fc.property(flowValue, (text) => {
        const lineCounter = new LineCounter();
        const document = parseDocument(`doc: ${text}\n`, { lineCounter, uniqueKeys: false });
        const unresolved: number[] = [];
        visit(document, {
          Alias: (_key, alias) => {
            if (alias.resolve(document) === undefined) unresolved.push(alias.range?.[0] ?? 0);
          },
        });
        const found = findUndefinedAliases({ file: 'modules.yaml', document, lineCounter });
        expect(found.map((d) => [d.line, d.column])).to.deep.equal(unresolved.map((offset) => [lineCounter.linePos(offset).line, lineCounter.linePos(offset).col]));
      }),
      propertyParameters(propertyRuns()),
    );
  });

  it(`reports the first collection nested more than ${MAX_NESTING_DEPTH} levels deep, as the first measure did (property)`, () => {
    // Block levels first (a mapping key or a list item per level), then flow levels, with
    // siblings on the way, around the limit.
    const level = fc.constantFrom('map', 'seq', 'flowSeq', 'flowMap', 'flowSeqWithSiblings');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 6 }), fc.array(level, { minLength: MAX_NESTING_DEPTH - 8, maxLength: MAX_NESTING_DEPTH + 8 }), (blockLevels, levels) => {
        const text = nestedText(blockLevels, levels);
        const tokens = [...new Parser().parse(text)];
        expect(findTooDeep(tokens)).to.equal(firstTooDeep(tokens));
      }),
      propertyParameters(propertyRuns()),
    );
  });
});

function nestedText(blockLevels: number, levels: readonly string[]): string {
  let flow = 'x';
  for (const kind of levels.slice(blockLevels).reverse()) {
    if (kind === 'flowMap' || kind === 'map') flow = `{k: ${flow}}`;
    else if (kind === 'flowSeqWithSiblings') flow = `[[y], ${flow}, {z: y}]`;
    else flow = `[${flow}]`;
  }
  let text = '';
  let indent = '';
  for (const [index, kind] of levels.slice(0, blockLevels).entries()) {
    text += kind === 'seq' ? `${indent}- [sibling]\n${indent}-\n` : `${indent}sibling${index}: [y]\n${indent}k${index}:\n`;
    indent += '  ';
  }
  return `${text}${indent}${flow}\n`;
}

/** The first implementation of findTooDeep, the reference for the property above. */
function firstTooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const token of [...tokens].reverse()) if (token.type === 'document' && token.value) stack.push([token.value, 1]);
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const [token, depth] = entry;
    if (!CST.isCollection(token)) continue;
    if (depth > MAX_NESTING_DEPTH) return token.offset;
    const children = token.items.flatMap((item) => [item.key, item.value]).filter((child): child is CST.Token => child !== undefined && child !== null);
    for (const child of children.reverse()) stack.push([child, depth + 1]);
  }
  return undefined;
}
