// Names that end up in Kubernetes, helm, Docker and file paths must be DNS-1123 labels. The
// schema restates these forms (propertyNames, pattern) so editors flag them while typing; the
// findings below explain both (see value-forms.ts).
import type { Finding } from '../finding.js';
import type { RawConfig } from '../types.js';
import { dnsLabelProblem, toDnsLabel } from './dns-label.js';

/** helm release names are at most 53 characters. */
export const MAX_NAME_LENGTH = 53;
/** Kubernetes namespaces are labels of at most 63 characters. */
export const MAX_NAMESPACE_LENGTH = 63;

export function checkModuleNames(config: RawConfig): Finding[] {
  return Object.keys(config.modules).flatMap((name) => moduleNameFinding(name) ?? []);
}

export function checkEnvironmentNames(config: RawConfig): Finding[] {
  return Object.entries(config.environments).flatMap(([name, environment]) =>
    [environmentNameFinding(name), namespaceFinding(name, environment.namespace)].filter((finding) => finding !== undefined),
  );
}

export function moduleNameFinding(name: string): Finding | undefined {
  const problem = dnsLabelProblem(name, MAX_NAME_LENGTH) ?? dns1035Problem(name);
  if (problem === undefined) return undefined;
  return { code: 'GH305', message: `module name "${name}" ${problem}`, path: ['modules', name], target: 'key', hint: nameHint(name, MAX_NAME_LENGTH) };
}

export function environmentNameFinding(name: string): Finding | undefined {
  const problem = dnsLabelProblem(name, MAX_NAME_LENGTH);
  if (problem === undefined) return undefined;
  return { code: 'GH306', message: `environment name "${name}" ${problem}`, path: ['environments', name], target: 'key', hint: nameHint(name, MAX_NAME_LENGTH) };
}

export function namespaceFinding(environment: string, namespace: string): Finding | undefined {
  const problem = dnsLabelProblem(namespace, MAX_NAMESPACE_LENGTH);
  if (problem === undefined) return undefined;
  const message = `namespace "${namespace}" of environment "${environment}" ${problem}`;
  return { code: 'GH306', message, path: ['environments', environment, 'namespace'], target: 'value', hint: nameHint(namespace, MAX_NAMESPACE_LENGTH) };
}

/** A module name also names its Service, a DNS-1035 label: it must start with a letter. */
function dns1035Problem(name: string): string | undefined {
  return /^[a-z]/.test(name) ? undefined : 'starts with a digit; it names a Kubernetes Service, which must start with a letter (DNS-1035)';
}

function nameHint(name: string, maxLength: number): string {
  return `use a DNS-1123 label (lowercase letters, digits, "-"; at most ${maxLength} characters), e.g. "${toDnsLabel(name, maxLength)}"`;
}
