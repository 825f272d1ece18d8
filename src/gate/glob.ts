// A deliberately small glob: `*` and `?` within one path segment, `**` for any number of
// directories. Enough for report paths (`reports/junit/*.xml`, `build/**/TEST-*.xml`); no braces,
// no character classes (`[` and `{` match themselves). Pure: the walker in app/gate.ts does the I/O.

export type GlobSegment = { kind: 'literal'; name: string } | { kind: 'globstar' } | { kind: 'pattern'; regex: RegExp };

export interface ParsedGlob {
  /** The leading part without wildcards ('' for relative patterns, '/' for absolute ones). */
  base: string;
  segments: GlobSegment[];
}

export function hasWildcards(pattern: string): boolean {
  return /[*?]/.test(pattern);
}

export function parseGlob(pattern: string): ParsedGlob {
  const normalized = pattern.replace(/\\/g, '/');
  const absolute = normalized.startsWith('/');
  const parts = normalized.split('/').filter((part) => part !== '' && part !== '.');
  const segments = parts.map(parseSegment);
  const firstWild = segments.findIndex((s) => s.kind !== 'literal');
  const literalCount = firstWild < 0 ? segments.length : firstWild;
  const baseParts = parts.slice(0, literalCount).join('/');
  return {
    base: absolute ? `/${baseParts}` : baseParts,
    segments: segments.slice(literalCount),
  };
}

function parseSegment(part: string): GlobSegment {
  if (part === '**') return { kind: 'globstar' };
  if (!hasWildcards(part)) return { kind: 'literal', name: part };
  const body = [...part].map((ch) => (ch === '*' ? '[^/]*' : ch === '?' ? '[^/]' : escapeRegex(ch))).join('');
  // Like shells, wildcards do not match a leading dot unless the pattern starts with one.
  const noDot = part.startsWith('.') ? '' : '(?!\\.)';
  return { kind: 'pattern', regex: new RegExp(`^${noDot}${body}$`) };
}

function escapeRegex(ch: string): string {
  return /[\\^$.|+(){}[\]]/.test(ch) ? `\\${ch}` : ch;
}

export function matchesSegment(segment: GlobSegment, name: string): boolean {
  if (segment.kind === 'literal') return segment.name === name;
  if (segment.kind === 'pattern') return segment.regex.test(name);
  return !name.startsWith('.');
}
