// Compares how helm's YAML 1.1 reader (go-yaml v2 through sigs.k8s.io/yaml) and a YAML 1.2 reader
// (the yaml package, as gatehouse and every editor read the files) read the same texts.
import { parse } from 'yaml';
import { runHelmRender } from './helm-render.js';

/** Each text whose YAML 1.1 reading (helm's) differs from its YAML 1.2 reading, with both values. */
export function yaml11Differences(items: readonly { path: string; text: string }[]): string[] {
  const { parses } = runHelmRender([], items.map((i) => i.text));
  return items.flatMap((item, i) => {
    const go = parses[i]!;
    if (go.error !== undefined) return [`${item.path}: helm cannot read it: ${go.error}`];
    const js: unknown = parse(item.text) ?? null;
    const [a, b] = [canonical(go.value), canonical(js)];
    return a === b ? [] : [`${item.path}: YAML 1.1 reads ${a}, YAML 1.2 reads ${b}`];
  });
}


/** JSON with keys sorted: mapping order is not part of a YAML value. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}
