// The GitHub commands' problem codes as the table in docs/github.md (a test keeps them equal).
import { GITHUB_CODES } from './codes.js';

export function renderGitHubCodeTable(): string {
  const lines = ['| Code | Problem | What to do |', '| --- | --- | --- |'];
  for (const [code, info] of Object.entries(GITHUB_CODES)) lines.push(`| ${code} | ${info.title} | ${info.explanation.replace(/\|/g, '\\|')} |`);
  return lines.join('\n') + '\n';
}
