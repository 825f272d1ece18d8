// Counted nouns for messages, so every command says "1 file" and "2 files" the same way.

/** `file`/`files` by count; pass the plural when it is not the singular plus `s`. */
export function pluralWord(count: number, singular: string, pluralForm = `${singular}s`): string {
  return count === 1 ? singular : pluralForm;
}

/** `1 finding`, `2 findings`; `plural(1, 'vulnerability', 'vulnerabilities')`. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${pluralWord(count, singular, pluralForm)}`;
}
