// The release pull request's body: the notes, then the release checklist as task-list items.
// Boxes someone ticked stay ticked when gatehouse updates the body. Pure.

const RELEASE_MARKER = '<!-- gatehouse:release -->';

/** Checklist items ticked (`- [x] item`) in a pull request body. */
export function tickedItems(body: string): Set<string> {
  return new Set([...body.matchAll(/^- \[[xX]\] (.+)$/gm)].map((m) => (m[1] ?? '').trim()));
}

export function renderReleaseBody(notes: string, checklist: readonly string[], ticked: ReadonlySet<string>, footer: string): string {
  const items = checklist.map((item) => `- [${ticked.has(item) ? 'x' : ' '}] ${item}`);
  return `${notes}\n## Release checklist\n\n${items.join('\n')}\n\n${footer}\n\n${RELEASE_MARKER}\n`;
}
