// Findings -> Diagnostics: finds where the key or value a path names starts and reports its line
// and column. A path that leaves the document (a missing key) stops at the deepest node that
// exists. Positions come from the yaml package's Document (documentPositions) or, for a file the
// plain-YAML reader read, from that reader's table (plain-yaml-positions.ts), by the same rules.
import type { LineCounter, Node, Pair, YAMLMap } from 'yaml';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { Finding, PathSegment } from './finding.js';
import type { YamlSource } from './yaml-source.js';
import { diagnosticAt } from './yaml-source.js';
import { yamlPackage } from './yaml-package.js';

/** Where the keys and values of one parsed file start, and its lines. */
export interface Positions {
  readonly lineCounter: LineCounter;
  /**
   * Start offset of the key (or value) the path names. A value is where yaml's node.range[0] is;
   * an empty value (`key:`) is its key; a list item has no key (its value); a path that leaves the
   * document is the key (or item) of the deepest node that exists.
   */
  offsetOf(path: readonly PathSegment[], target: 'key' | 'value'): number;
}

/** Findings in a file the yaml package parsed. */
export function locateFindings(source: YamlSource, findings: readonly Finding[]): Diagnostic[] {
  return locateFindingsAt(source.file, documentPositions(source), findings);
}

export function locateFindingsAt(file: string, positions: Positions, findings: readonly Finding[]): Diagnostic[] {
  const source = { file, lineCounter: positions.lineCounter };
  return findings.map((finding) => {
    const places = (finding.related ?? []).map((place) => ({ ...place, offset: positions.offsetOf(place.path, 'value') }));
    const last = places.sort((a, b) => a.offset - b.offset)[places.length - 1];
    if (last === undefined) return diagnosticAt(source, { ...finding, offset: positions.offsetOf(finding.path, finding.target) });
    const lines = places.map((place) => `${place.label} on line ${source.lineCounter.linePos(place.offset).line}`);
    return diagnosticAt(source, { ...finding, message: `${finding.message} (${lines.join(', ')})`, path: last.path, offset: last.offset });
  });
}

/** Positions read from the Document's node ranges; aliases are not followed, we point at them. */
export function documentPositions(source: YamlSource): Positions {
  return { lineCounter: source.lineCounter, offsetOf: (path, target) => offsetOf(source, path, target) };
}

function offsetOf(source: YamlSource, path: readonly PathSegment[], target: 'key' | 'value'): number {
  let node: unknown = source.document.contents;
  let pair: Pair | undefined;
  for (const segment of path) {
    const step = childOf(node, segment);
    if (step === undefined) return keyOrValueOffset(pair, node, 'key');
    ({ node, pair } = step);
  }
  return keyOrValueOffset(pair, node, target);
}

function childOf(node: unknown, segment: PathSegment): { node: unknown; pair?: Pair } | undefined {
  const { isMap, isSeq } = yamlPackage();
  if (isMap(node)) {
    const pair = pairsByKey(node).get(String(segment));
    return pair === undefined ? undefined : { node: pair.value, pair };
  }
  if (isSeq(node)) {
    const item = node.items[Number(segment)];
    return item === undefined ? undefined : { node: item };
  }
  return undefined;
}

const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

/**
 * A map's pairs by key, built once per map: thousands of findings under `modules` must not scan
 * thousands of keys each. The last pair wins, as in the parsed data when a key is duplicated.
 */
function pairsByKey(node: YAMLMap): Map<string, Pair> {
  const { isScalar } = yamlPackage();
  let index = indexes.get(node);
  if (index === undefined) {
    index = new Map();
    for (const item of node.items) if (isScalar(item.key)) index.set(String(item.key.value), item);
    indexes.set(node, index);
  }
  return index;
}

function keyOrValueOffset(pair: Pair | undefined, node: unknown, target: 'key' | 'value'): number {
  const { isNode, isScalar } = yamlPackage();
  const key = pair?.key as Node | undefined;
  const empty = isScalar(node) && node.value === null && node.range?.[0] === node.range?.[1];
  if ((target === 'key' || empty) && key?.range) return key.range[0];
  if (isNode(node) && node.range) return node.range[0];
  return key?.range?.[0] ?? 0;
}
