// The train as a Slack message (mrkdwn) for #production: before the vote, what goes out in which
// wave, what it replaces, what was dropped and who must vote; after it, the decision. Tables are
// code blocks (Slack renders no Markdown tables). User text is escaped the way Slack requires
// (&, <, >), so a reason can never become a link or a mention.
import { formatTable } from '../plan/render-text.js';
import { describeTrainSize } from './manifest.js';
import { describeNogo, describeVoteClose } from './render-text.js';
import type { Ballot, Manifest } from './types.js';

export function renderSlackSummary(manifest: Manifest, ballots: readonly Ballot[]): string {
  const title = `*Release train ${slackText(manifest.trainId)}* (${manifest.trigger === 'hotfix' ? 'hotfix' : manifest.date}) to ${slackText(manifest.environment)}`;
  const lines = [title];
  if (manifest.hotfix) lines.push(`Hotfix of ${slackText(manifest.hotfix.modules.join(', '))}: ${slackText(manifest.hotfix.reason)}`);
  if (manifest.decision) lines.push(decisionLine(manifest));
  else if (manifest.modules.length === 0) lines.push('Nothing to release: no module has a new stable, blessed candidate.');
  else lines.push(`Go/no-go: ${describeTrainSize(manifest)}. The vote closes at ${slackText(describeVoteClose(manifest))}.`);
  if (manifest.modules.length > 0) lines.push(...moduleTable(manifest), ...releaseNotes(manifest));
  if (manifest.dropped.length > 0) lines.push('*Dropped*', ...manifest.dropped.map((d) => `• ${slackText(d.name)}: ${slackText(d.reason)}`));
  if (!manifest.decision && manifest.modules.length > 0) lines.push('*Who votes* (GO or NOGO with a reason)', ...ballots.map((b) => `• ${slackText(b.id)}: ${slackText(b.submitters.join(', '))}; NOGO ${describeNogo(b)}`));
  return lines.join('\n') + '\n';
}

function decisionLine(manifest: Manifest): string {
  const decision = manifest.decision;
  if (!decision) return '';
  if (decision.outcome === 'cancelled') return `*CANCELLED*: ${slackText(decision.reasons.join('; '))}`;
  if (decision.outcome === 'nothing-to-release') return '*Nothing to release*: every module of the train was dropped.';
  return `*GO*: ${describeTrainSize(manifest)} deploy now, one wave after the other.`;
}

function moduleTable(manifest: Manifest): string[] {
  const rows = [['WAVE', 'MODULE', 'FROM', 'TO', 'CHANNEL']];
  for (const m of manifest.modules) rows.push([String(m.wave), m.name, m.replaces?.chartVersion ?? '(new)', m.chart.version, m.channel]);
  return ['```', ...formatTable(rows, '').map(slackText), '```'];
}

function releaseNotes(manifest: Manifest): string[] {
  const links = manifest.modules.filter((m) => m.releaseNotes !== null).map((m) => `<${slackUrl(m.releaseNotes ?? '')}|${slackText(`${m.name} ${m.version}`)}>`);
  return links.length === 0 ? [] : [`Release notes: ${links.join(', ')}`];
}

/** Slack's three control characters as entities; everything else is literal. */
export function slackText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link target cannot hold `|` or `>` (they end it). */
function slackUrl(url: string): string {
  return url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
}
