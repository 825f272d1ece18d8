// Escaping for user text in generated Markdown (GitHub-flavoured), so a description or a reason
// renders as the words it is and can never end a table cell, open a code span, inject HTML,
// start math or a link, or break out onto a new line.

const BACKSLASH_ESCAPED = /[\\`*_[\]|~$]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/**
 * Inline Markdown text, also safe inside a table cell: one line, Markdown syntax characters
 * backslash-escaped (GFM honours `\|` inside cells), HTML characters as entities, line breaks as
 * `<br>`, other control characters replaced by U+FFFD.
 */
export function markdownText(text: string): string {
  return text
    .replace(BACKSLASH_ESCAPED, (c) => `\\${c}`)
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(/\r\n|[\n\r\u2028\u2029]/g, '<br>')
    .replace(/\t/g, ' ')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** One GFM table row from already-escaped cells. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
