// DNS-1123 labels: what Kubernetes accepts for namespaces and object names, helm for release
// names (at most 53 characters, since helm appends suffixes), Docker for repository path parts.

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** Why the name is not a DNS-1123 label of at most maxLength characters, or undefined when it is. */
export function dnsLabelProblem(name: string, maxLength: number): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > maxLength) return `is ${name.length} characters long (at most ${maxLength})`;
  const bad = [...new Set(name.replace(/[a-z0-9-]/g, ''))];
  if (bad.length > 0 && bad.every((c) => /[A-Z]/.test(c))) return 'contains uppercase letters';
  if (bad.length > 0) return `contains ${bad.map((c) => JSON.stringify(c)).join(', ')}; only lowercase letters, digits and "-" are allowed`;
  if (!LABEL.test(name)) return 'must start and end with a letter or digit';
  return undefined;
}

/** The nearest safe name: lowercase, other characters to "-", trimmed to length. */
export function toDnsLabel(name: string, maxLength: number): string {
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, '');
  return cleaned === '' ? 'module' : cleaned;
}
