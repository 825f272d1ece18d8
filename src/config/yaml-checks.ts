// Problems of a YAML document that the parser accepts: nesting deep enough to exhaust the stack,
// aliases without an anchor, keys written twice. Pure.
import type { CST, Node } from 'yaml';
import type { Code } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PathSegment } from './finding.js';
import { atSegment } from './finding.js';
import type { YamlSource } from './yaml-source.js';
import { diagnosticAt } from './yaml-source.js';
import { yamlPackage } from './yaml-package.js';

/**
 * Levels of mappings and lists one inside the other. modules.yaml needs about 10; the yaml
 * library's composer and everything after it recurse per level and overflow the stack somewhere
 * near 800, so the limit leaves a wide margin on both sides.
 */
export const MAX_NESTING_DEPTH = 64;

/** Offset of the first collection (in file order) nested deeper than the limit, without recursion. */
export function findTooDeep(tokens: readonly CST.Token[]): number | undefined {
  // Two parallel stacks (token, its depth) of collections only: this walks every node of the
  // file, so it allocates nothing per node.
  const isCollectionToken = yamlPackage().CST.isCollection;
  const stack: CST.Token[] = [];
  const depths: number[] = [];
  const push = (token: CST.Token | null | undefined, depth: number): void => {
    if (token && isCollectionToken(token)) {
      stack.push(token);
      depths.push(depth);
    }
  };
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.type === 'document') push(token.value, 1);
  }
  for (let token = stack.pop(); token !== undefined; token = stack.pop()) {
    const depth = depths.pop()!;
    if (depth > MAX_NESTING_DEPTH) return token.offset;
    if (!isCollectionToken(token)) continue;
    for (let i = token.items.length - 1; i >= 0; i--) {
      const item = token.items[i]!;
      push(item.value, depth + 1);
      push(item.key, depth + 1);
    }
  }
  return undefined;
}

/**
 * Every alias whose anchor is not defined before it; yaml would only throw while converting.
 * "Before" is yaml's own order (Alias.resolve): nodes in document order, a collection before its
 * items, a key before its value. One walk with the anchors seen so far: Alias.resolve walks the
 * whole document once per alias.
 */
export function findUndefinedAliases(source: YamlSource): Diagnostic[] {
  const found: Diagnostic[] = [];
  const anchors = new Set<string>();
  const { isAlias, isCollection, isPair, isScalar } = yamlPackage();
  const walk = (node: unknown): void => {
    if (isAlias(node)) {
      if (anchors.has(node.source)) return;
      const message = `the alias *${node.source} refers to no anchor &${node.source} defined before it`;
      found.push(diagnosticAt(source, { code: 'GH107', message, offset: node.range?.[0] ?? 0, path: [], hint: `define &${node.source} on a value above this line, or write the value out` }));
    } else if (isPair(node)) {
      walk(node.key);
      walk(node.value);
    } else if (isScalar(node) || isCollection(node)) {
      if (node.anchor) anchors.add(node.anchor);
      if (isCollection(node)) for (const item of node.items) walk(item);
    }
  };
  walk(source.document.contents);
  return found;
}

/** Every key that repeats an earlier key of the same mapping, at the repeated key. */
export function findDuplicateKeys(source: YamlSource): Diagnostic[] {
  const { isMap, isScalar, isSeq } = yamlPackage();
  const found: Diagnostic[] = [];
  const path: PathSegment[] = [];
  const walk = (node: unknown): void => {
    if (isSeq(node)) node.items.forEach((item, index) => atSegment(path, index, () => walk(item)));
    if (!isMap(node)) return;
    const seen = new Map<string, number>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      const keyNode = pair.key as Node;
      const earlier = seen.get(key);
      atSegment(path, key, () => {
        if (earlier !== undefined) found.push(duplicateKey(source, key, keyNode.range?.[0] ?? 0, earlier, [...path]));
        else seen.set(key, keyNode.range?.[0] ?? 0);
        walk(pair.value);
      });
    }
  };
  walk(source.document.contents);
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
  const { isAlias, isMap, isSeq } = yamlPackage();
  if (isAlias(node)) return node.range?.[0];
  const children: unknown[] = isMap(node) ? node.items.flatMap((pair) => [pair.key, pair.value]) : isSeq(node) ? node.items : [];
  for (const child of children) {
    const offset = firstAliasOffset(child);
    if (offset !== undefined) return offset;
  }
  return undefined;
}
