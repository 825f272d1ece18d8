// YAML scalars that every reader takes for the same string. Helm, the Kubernetes client and the
// Jenkins Kubernetes plugin read YAML 1.1 (go-yaml v2, SnakeYAML), where far more plain words
// change type than in YAML 1.2: `yes`, `n`, `on`, `off`, `0x1f`, `0o17`, `1_000`, `12:30`
// (base 60), `2001-12-14` (a timestamp), `<<`, `=`; and where U+0085, U+2028 and U+2029 are line
// breaks. So a string is written plain only when it is plainly a string to both versions, and
// double-quoted with escapes otherwise.

/** YAML 1.1 booleans and nulls that start with a letter (the rest start with a digit, sign or dot). */
const YAML11_WORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i;
/** Starts with a letter, `_` or `/`; then letters, digits and punctuation that no reader treats specially. */
const PLAIN_SAFE = /^[A-Za-z_/][A-Za-z0-9 _./:;,()'@+=-]*$/;

/**
 * Printable ASCII but the quote and the backslash: written between the quotes as it is. Most quoted
 * strings (versions, quantities like "100m", empty strings) take this path instead of the walk
 * through each code point.
 */
const VERBATIM_IN_DOUBLE_QUOTES = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

const NAMED_ESCAPES: Record<string, string> = {
  '"': '\\"',
  '\\': '\\\\',
  '\0': '\\0',
  '\u0007': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\u000b': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\u001b': '\\e',
};

/** True when `s` can be written as a plain scalar that YAML 1.1 and 1.2 readers both read as `s`. */
export function isPlainSafeYaml(s: string): boolean {
  return PLAIN_SAFE.test(s) && !YAML11_WORDS.test(s) && !s.endsWith(' ') && !s.endsWith(':') && !s.includes(': ');
}

/**
 * A double-quoted YAML scalar on one line that YAML 1.1 and 1.2 readers read as exactly `s`.
 * Escaped: quote, backslash, C0 and C1 controls, DEL, U+2028/U+2029 (line breaks to YAML 1.1),
 * U+FEFF and the non-characters U+FFFE/U+FFFF (not printable to YAML 1.1 readers).
 * A lone UTF-16 surrogate has no UTF-8 encoding and no YAML escape that go-yaml accepts; the
 * configuration rule GH330 rejects it, so meeting one here is a bug.
 */
export function yamlDoubleQuoted(s: string): string {
  if (VERBATIM_IN_DOUBLE_QUOTES.test(s)) return `"${s}"`;
  let out = '"';
  for (const ch of s) {
    const code = ch.codePointAt(0)!;
    const named = NAMED_ESCAPES[ch];
    if (named !== undefined) out += named;
    else if (code >= 0xd800 && code <= 0xdfff) throw new Error(`internal: lone surrogate U+${hex(code)} reached the YAML writer`);
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${hex(code).slice(2)}`;
    else if (code === 0x2028 || code === 0x2029 || code === 0xfeff || code === 0xfffe || code === 0xffff) out += `\\u${hex(code)}`;
    else out += ch;
  }
  return out + '"';
}

/** `s` as a YAML scalar for YAML 1.1 and 1.2 readers alike: plain when safe, else double-quoted. */
export function yamlScalar(s: string): string {
  return isPlainSafeYaml(s) ? s : yamlDoubleQuoted(s);
}

function hex(code: number): string {
  return code.toString(16).toUpperCase().padStart(4, '0');
}
