// Renders the error-code catalogue as the table in docs/error-codes.md, so the two cannot drift
// apart.
import { CODES } from './codes.js';

export function renderCodeTable(): string {
  const lines = ['| Code | Severity | Problem | What to do |', '| --- | --- | --- | --- |'];
  for (const [code, info] of Object.entries(CODES)) {
    lines.push(`| ${code} | ${info.severity} | ${info.title} | ${info.explanation.replace(/\|/g, '\\|')} |`);
  }
  return lines.join('\n') + '\n';
}
