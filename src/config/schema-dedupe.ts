// The same problem can reach us more than once (the same $def checked along two routes, a
// cascade that explains the same node twice); users see it once.
import type { Finding } from './finding.js';
import { toPointer } from './finding.js';

export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.code}\u0000${toPointer(finding.path)}\u0000${finding.target}\u0000${finding.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
