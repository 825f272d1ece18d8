// Jenkins' `when { branch 'pattern' }` with its default GLOB comparator: Ant's
// SelectorUtils.matchPath(pattern, BRANCH_NAME, caseSensitive = false). So `*` and `?` stay inside
// one `/`-separated segment, `**` spans segments, empty segments are ignored, and the match
// ignores case (`when { branch 'master' }` also runs for a branch named `Master`).

export function branchGlobMatches(pattern: string, branchName: string): boolean {
  // BranchConditional: an empty BRANCH_NAME matches only an empty pattern.
  if (pattern === '' || branchName === '') return pattern === branchName;
  return matchSegments(tokenize(pattern), tokenize(branchName));
}

const DEEP = '**';

/** Ant's tokenizePathAsArray on a POSIX controller: a leading `/` is a root token of its own. */
function tokenize(path: string): string[] {
  const segments = path.split('/').filter((s) => s !== '');
  return path.startsWith('/') ? ['/', ...segments] : segments;
}

/** Segment list match where `**` matches zero or more whole segments. */
function matchSegments(pattern: readonly string[], name: readonly string[]): boolean {
  const [head, ...rest] = pattern;
  if (head === undefined) return name.length === 0;
  if (head === DEEP) {
    for (let skip = 0; skip <= name.length; skip++) if (matchSegments(rest, name.slice(skip))) return true;
    return false;
  }
  const [first, ...others] = name;
  return first !== undefined && matchSegment(head, first) && matchSegments(rest, others);
}

/** One segment: `*` is any run of characters, `?` exactly one, everything else compared without case. */
function matchSegment(pattern: string, text: string): boolean {
  // Classic two-pointer wildcard match with backtracking to the last `*`.
  let p = 0;
  let t = 0;
  let star = -1;
  let starText = 0;
  while (t < text.length) {
    const pc = pattern[p];
    if (pc === '*') {
      star = p++;
      starText = t;
    } else if (pc !== undefined && (pc === '?' || sameIgnoringCase(pc, text[t] ?? ''))) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++starText;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Java's Character.toUpperCase per UTF-16 unit: a unit whose upper case is longer stays itself. */
function sameIgnoringCase(a: string, b: string): boolean {
  return upper(a) === upper(b);
}

function upper(unit: string): string {
  const u = unit.toUpperCase();
  return u.length === 1 ? u : unit;
}
