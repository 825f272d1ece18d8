// Applies modules.yaml's scan policy to the findings: unfixed ones may be ignored, allow-listed
// ones are not counted while their entry is in force. An entry applies through its expiry date
// (inclusive, UTC) and not a day longer; `today` comes from the caller because pure code has no clock.
import type { Quality } from '../model/types.js';
import { SEVERITIES } from '../model/types.js';
import type { AllowanceUse, Finding, ScanResults } from './types.js';

export function applyScanPolicy(findings: readonly Finding[], policy: Quality['scan'], today: string): ScanResults {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as ScanResults['counts'];
  const uses = new Map(policy.allow.map((entry) => [entry.id, { ...entry, findings: 0 }]));
  let ignoredUnfixed = 0;
  for (const finding of findings) {
    if (policy.ignoreUnfixed && finding.fixedVersion.trim() === '') {
      ignoredUnfixed += 1;
      continue;
    }
    const entry = uses.get(finding.id);
    if (entry) entry.findings += 1;
    if (entry && isInForce(entry.expires, today)) continue;
    counts[finding.severity] += 1;
  }
  const all = [...uses.values()];
  return {
    counts,
    ignoredUnfixed,
    allowed: all.filter((use) => use.findings > 0 && isInForce(use.expires, today)).map(toUse),
    expired: all.filter((use) => !isInForce(use.expires, today)).map(toUse),
  };
}

/**
 * ISO dates compare correctly as strings. An expiry that is not YYYY-MM-DD never grants an
 * allowance: '31-03-2027' would otherwise compare as later than every real date.
 */
export function isInForce(expires: string, today: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(String(expires)) && today <= expires;
}

function toUse(use: AllowanceUse): AllowanceUse {
  return { id: use.id, reason: use.reason, expires: use.expires, findings: use.findings };
}
