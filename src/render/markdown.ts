// Escaping for user text in generated Markdown (GitHub-flavoured), so a description or a reason
// renders as the words it is and can never end a table cell, open a code span, inject HTML,
// start math or a link, or break out onto a new line.

const BACKSLASH_ESCAPED = /[\\`*_[\]|~$#]/g;
/** What would open a block (list item, thematic break) where the text starts a line. */
const BLOCK_START = /^([-+])|^(\d{1,9})([.)])(?=[ \t]|$)/;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/**
 * Inline Markdown text, also safe inside a table cell, a list item or a heading: one line,
 * Markdown syntax characters backslash-escaped (GFM honours `\|` inside cells; `#` would close a
 * heading; a leading `-`, `+` or `1.` would open a list), HTML characters as entities, line breaks as
 * `<br>`, a tab and the spaces at either end (which a cell or paragraph would trim) as character
 * references. Other control characters become U+FFFD: CommonMark has no way to show them (it
 * decodes their character references to U+FFFD itself).
 */
export function markdownText(text: string): string {
  return text
    .replace(BACKSLASH_ESCAPED, (c) => `\\${c}`)
    .replace(BLOCK_START, (_, sign?: string, digits?: string, dot?: string) => (sign !== undefined ? `\\${sign}` : `${digits}\\${dot}`))
    .replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
    .replace(LINE_BREAK, '<br>')
    .replace(/\t/g, '&#9;')
    .replace(/^ +| +$/g, (spaces) => '&#32;'.repeat(spaces.length))
    .replace(CONTROL, '\uFFFD');
}

/**
 * A code span showing `text` literally (not for table cells: a `|` would end the cell). The fence
 * is one backtick longer than any run inside, padded with a space when the text starts or ends
 * with a backtick or space (CommonMark strips one space from each end). Line breaks become
 * spaces, as CommonMark would make them, and control characters U+FFFD.
 */
export function markdownCodeSpan(text: string): string {
  const content = text.replace(LINE_BREAK, ' ').replace(CONTROL, '\uFFFD');
  if (content === '') return '` `';
  const fence = '`'.repeat(Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = /^[` ]|[` ]$/.test(content) && /[^ ]/.test(content) ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** One GFM table row from already-escaped cells. */
export function markdownRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}
