// What the API server validates beyond the OpenAPI schema, for the objects the charts render
// (k8s.io/apimachinery pkg/api/validate/content/kube.go and pkg/util/validation/validation.go):
// label keys and values, object names (a Service name is a DNS-1035 label), and a Deployment's
// selector matching its pod template's labels.
import type { KubernetesObject } from './kubernetes-schema.js';

const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const DNS1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

function labelKeyProblem(key: string): string | undefined {
  const parts = key.split('/');
  if (parts.length > 2) return 'has more than one "/"';
  const name = parts[parts.length - 1] ?? '';
  const prefix = parts.length === 2 ? parts[0] ?? '' : undefined;
  if (prefix !== undefined && (prefix.length > 253 || !DNS1123_SUBDOMAIN.test(prefix))) return 'has a prefix that is not a DNS subdomain';
  if (name.length > 63 || !LABEL_NAME.test(name)) return 'has a name part that is not a label name';
  return undefined;
}

function labelValueProblem(value: unknown): string | undefined {
  if (typeof value !== 'string') return `is not a string but ${JSON.stringify(value)}`;
  if (value === '') return undefined;
  if (value.length > 63) return `is ${value.length} characters long (at most 63)`;
  return LABEL_NAME.test(value) ? undefined : 'must start and end with a letter or digit and hold only letters, digits, "-", "_" and "."';
}

function labelProblems(labels: unknown, path: string): string[] {
  if (typeof labels !== 'object' || labels === null) return [];
  return Object.entries(labels).flatMap(([key, value]) => {
    const keyProblem = labelKeyProblem(key);
    const valueProblem = labelValueProblem(value);
    return [
      ...(keyProblem ? [`${path}: label key "${key}" ${keyProblem}`] : []),
      ...(valueProblem ? [`${path}/${key}: label value ${JSON.stringify(value)} ${valueProblem}`] : []),
    ];
  });
}

function get(object: unknown, path: string[]): unknown {
  return path.reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), object);
}

/** The API server's checks that the OpenAPI schema cannot express, as "path: message" lines. */
export function apiServerProblems(object: KubernetesObject): string[] {
  const name = get(object, ['metadata', 'name']);
  const problems: string[] = [];
  const namePattern = object.kind === 'Service' ? DNS1035_LABEL : DNS1123_SUBDOMAIN;
  if (typeof name !== 'string' || name.length > (object.kind === 'Service' ? 63 : 253) || !namePattern.test(name)) {
    problems.push(`/metadata/name: ${JSON.stringify(name)} is not a valid ${object.kind} name`);
  }
  problems.push(...labelProblems(get(object, ['metadata', 'labels']), '/metadata/labels'));
  problems.push(...labelProblems(get(object, ['spec', 'template', 'metadata', 'labels']), '/spec/template/metadata/labels'));
  problems.push(...labelProblems(get(object, ['spec', 'selector', 'matchLabels']), '/spec/selector/matchLabels'));
  if (object.kind === 'Service') problems.push(...labelProblems(get(object, ['spec', 'selector']), '/spec/selector'));
  const selector = get(object, ['spec', 'selector', 'matchLabels']);
  const templateLabels = get(object, ['spec', 'template', 'metadata', 'labels']) as Record<string, unknown> | undefined;
  if (object.kind === 'Deployment' && typeof selector === 'object' && selector !== null) {
    for (const [key, value] of Object.entries(selector)) {
      if (templateLabels?.[key] !== value) problems.push(`/spec/selector/matchLabels/${key}: does not match the pod template's label`);
    }
  }
  return problems;
}
