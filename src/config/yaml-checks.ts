// Problems of a YAML document that the parser accepts: nesting deep enough to exhaust the stack,
// aliases without an anchor, keys written twice. Pure.
import { CST, isAlias, isMap, isScalar, isSeq, visit } from 'yaml';
import type { Node } from 'yaml';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PathSegment } from './finding.js';
import type { YamlSource } from './yaml-source.js';
import { diagnosticAt } from './yaml-source.js';

/**
 * Levels of mappings and lists one inside the other. modules.yaml needs about 10; the yaml
 * library's composer and everything after it recurse per level and overflow the stack somewhere
 * near 800, so the limit leaves a wide margin on both sides.
 */
export const MAX_NESTING_DEPTH = 64;

/** Offset of the first collection (in file order) nested deeper than the limit, without recursion. */
export function findTooDeep(tokens: readonly CST.Token[]): number | undefined {
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

/** Every alias whose anchor is not defined before it; yaml would only throw while converting. */
export function findUndefinedAliases(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  visit(source.document, {
    Alias: (_key, alias) => {
      if (alias.resolve(source.document) !== undefined) return;
      const message = `the alias *${alias.source} refers to no anchor &${alias.source} defined before it`;
      found.push(diagnosticAt(source, { code: 'GH107', message, offset: alias.range?.[0] ?? 0, path: [], hint: `define &${alias.source} on a value above this line, or write the value out` }));
    },
  });
  return found;
}

/** Every key that repeats an earlier key of the same mapping, at the repeated key. */
export function findDuplicateKeys(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  const walk = (node: unknown, path: PathSegment[]): void => {
    if (isSeq(node)) node.items.forEach((item, index) => walk(item, [...path, index]));
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyNode = pair.key as Node;
      const earlier = seen.get(key);
      if (earlier !== undefined) found.push(duplicateKey(source, key, keyNode.range?.[0] ?? 0, earlier, [...path, key]));
      else seen.set(key, keyNode.range?.[0] ?? 0);
      walk(pair.value, [...path, key]);
    }
  };
  walk(source.document.contents, []);
  return found;
}

function duplicateKey(source: YamlSource, key: string, offset: number, earlier: number, path: PathSegment[]): Diagnostic {
  const first = source.lineCounter.linePos(earlier).line;
  const isModule = path.length === 2 && path[0] === 'modules';
  const code: Code = isModule ? 'GH303' : 'GH101';
  const message = isModule
    ? `module "${key}" is defined twice (first on line ${first})`
    : `duplicate key "${key}" (first on line ${first}); YAML would keep only one`;
  return diagnosticAt(source, { code, message, offset, path, hint: isModule ? 'rename one of the modules or merge their settings' : 'remove one of the two keys' });
}

export function firstAliasOffset(node: unknown): number | undefined {
  if (isAlias(node)) return node.range?.[0];
  const children: unknown[] = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
  for (const child of children) {
    const offset = firstAliasOffset(child);
    if (offset !== undefined) return offset;
  }
  return undefined;
}
