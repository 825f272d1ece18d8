// Unicode noncharacters (U+FDD0..U+FDEF and the last two code points of every plane) are reserved
// for a program's internal use and are never text. We reject them in modules.yaml, at the
// character: Groovy 2.4's lexer reads U+FFFF as the end of the file, written raw or as `\uffff`
// (the escape is decoded before lexing), so no Groovy literal can carry it; rejecting the whole
// class is one rule a user can understand instead of a list of what happens to break today.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { PathSegment } from './finding.js';
import { atSegment } from './finding.js';
import type { YamlSource } from './yaml-source.js';
import { diagnosticAt } from './yaml-source.js';
import { yamlPackage } from './yaml-package.js';

/** Any noncharacter: U+FDD0..U+FDEF and U+xFFFE/U+xFFFF of every plane. */
export const NONCHARACTER = new RegExp(`[\\u{FDD0}-\\u{FDEF}${Array.from({ length: 17 }, (_, plane) => `\\u{${(plane * 0x10000 + 0xfffe).toString(16)}}\\u{${(plane * 0x10000 + 0xffff).toString(16)}}`).join('')}]`, 'u');

/** The first noncharacter in `text` and its UTF-16 index, if any. */
export function firstNoncharacter(text: string): { codePoint: number; index: number } | undefined {
  const match = NONCHARACTER.exec(text);
  return match === null ? undefined : { codePoint: match[0].codePointAt(0)!, index: match.index };
}

/** One GH120 per key or value that holds a noncharacter, at the character when it is written raw. */
export function findNoncharacters(source: YamlSource, text: string): Diagnostic[] {
  const { isMap, isScalar, isSeq } = yamlPackage();
  const found: Diagnostic[] = [];
  const path: PathSegment[] = [];
  const check = (node: unknown): void => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const bad = firstNoncharacter(node.value);
    if (bad === undefined) return;
    const [start, end] = node.range ?? [0, 0];
    const raw = firstNoncharacter(text.slice(start, end));
    const name = `U+${bad.codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
    found.push(diagnosticAt(source, {
      code: 'GH120',
      message: `${name} is a Unicode noncharacter, not text`,
      offset: start + (raw?.index ?? 0),
      path: [...path],
      hint: `remove it (noncharacters are reserved for programs' internal use; Groovy 2.4 reads U+FFFF as the end of the file)`,
    }));
  };
  const walk = (node: unknown): void => {
    if (isSeq(node)) node.items.forEach((item, index) => atSegment(path, index, () => walk(item)));
    else if (isMap(node)) {
      for (const pair of node.items) {
        atSegment(path, isScalar(pair.key) ? String(pair.key.value) : '', () => {
          check(pair.key);
          walk(pair.value);
        });
      }
    } else check(node);
  };
  walk(source.document.contents);
  return found;
}
