// A small link checker for the repository's Markdown: relative links must name a file that
// exists and, with a #fragment, a heading of that file. Anchors are made the way GitHub makes
// them (github-slugger: lower case; letters, marks, digits, `_`, `-` and spaces kept, every
// other character dropped; spaces become `-`; a repeated anchor gets `-1`, `-2`, ...).
import { dirname, join, normalize } from 'node:path';

export interface MarkdownFile {
  /** Path relative to the repository root, with `/`. */
  path: string;
  text: string;
}

export interface BrokenLink {
  file: string;
  line: number;
  target: string;
  reason: string;
}

const FENCE = /^\s*(```|~~~)/;
const INLINE_LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const REFERENCE_DEFINITION = /^\s*\[[^\]]+\]:\s*(\S+)/;
const EXTERNAL = /^[a-z][a-z0-9+.-]*:/i;

/** Lines outside fenced code blocks, with their 1-based numbers and code spans blanked. */
function proseLines(text: string): Array<{ line: number; text: string }> {
  const out: Array<{ line: number; text: string }> = [];
  let fenced = false;
  text.split('\n').forEach((raw, index) => {
    if (FENCE.test(raw)) {
      fenced = !fenced;
      return;
    }
    if (!fenced) out.push({ line: index + 1, text: raw.replace(/`[^`]*`/g, 'code') });
  });
  return out;
}

export function githubSlug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchor of every heading, in order, with GitHub's suffixes for repeated ones. */
export function headingAnchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  let fenced = false;
  for (const raw of text.split('\n')) {
    if (FENCE.test(raw)) fenced = !fenced;
    const match = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    if (match === null) continue;
    const plain = (match[1] ?? '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
    const base = githubSlug(plain);
    let anchor = base;
    while (seen.has(anchor)) {
      const count = (seen.get(base) ?? 0) + 1;
      seen.set(base, count);
      anchor = `${base}-${count}`;
    }
    seen.set(anchor, 0);
    anchors.add(anchor);
  }
  return anchors;
}

function linkTargets(text: string): Array<{ line: number; target: string }> {
  const targets: Array<{ line: number; target: string }> = [];
  for (const { line, text: prose } of proseLines(text)) {
    for (const match of prose.matchAll(INLINE_LINK)) targets.push({ line, target: match[1] ?? '' });
    const definition = REFERENCE_DEFINITION.exec(prose);
    if (definition !== null) targets.push({ line, target: definition[1] ?? '' });
  }
  return targets.filter((t) => !EXTERNAL.test(t.target));
}

/**
 * Every relative link of `files` that does not resolve. `read` returns a file's text, '' for a
 * directory, or undefined when nothing exists at that repository-relative path.
 */
export function findBrokenLinks(files: MarkdownFile[], read: (path: string) => string | undefined): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const file of files) {
    for (const { line, target } of linkTargets(file.text)) {
      const [pathPart = '', fragment] = target.split('#', 2);
      const path = pathPart === '' ? file.path : normalize(join(dirname(file.path), decodeURI(pathPart))).split('\\').join('/');
      const text = path.startsWith('..') ? undefined : read(path);
      if (text === undefined) {
        broken.push({ file: file.path, line, target, reason: `${path} does not exist` });
      } else if (fragment !== undefined && path.endsWith('.md') && !headingAnchors(text).has(fragment)) {
        broken.push({ file: file.path, line, target, reason: `${path} has no heading with anchor #${fragment}` });
      }
    }
  }
  return broken;
}
