// User text on a terminal or in a CI log. Every printer passes user text (module keys, messages,
// paths, report contents, file lines) through one of these two functions, so a value such as
// "\u001b[2J" shows as the six characters `\u001b` followed by `[2J` and can never clear the
// screen, move the cursor, recolour the log or forge a line of its own.

// C0 controls, DEL, C1 controls (U+009B is a one-character CSI on some terminals), the Unicode
// line and paragraph separators, and the bidirectional overrides and isolates, which reorder
// what a reader sees without changing what is there.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same, minus line feed and tab: the layout of multi-line output.
// eslint-disable-next-line no-control-regex
const UNSAFE_IN_BLOCK = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function escapeCharacter(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** One line of user text: every control character, line breaks and tabs included, as `\uHHHH`. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escapeCharacter);
}

/** Multi-line text (a diff, a report): as `printable`, but line feeds and tabs keep their meaning. */
export function printableBlock(text: string): string {
  return text.replace(UNSAFE_IN_BLOCK, escapeCharacter);
}

/**
 * JSON text for a terminal: JSON.stringify writes C0 controls inside strings as `\u00HH`, but
 * DEL, C1 controls and the Unicode separators raw; they are escaped the same way here (still
 * valid JSON, the same value once parsed). Line feeds between members stay.
 */
export function printableJson(json: string): string {
  return printableBlock(json);
}
