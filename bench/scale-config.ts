// Scales the example modules.yaml to any number of modules, for the benchmark and the scale tests:
// the example's modules are cloned in blocks (`auth-0003`, `catalog-0003`, ...), each block keeping
// the example's own dependencies (six levels), and the root module of every block after the first
// depends on the root of an earlier block (a binary tree of blocks), so the graph stays acyclic and
// grows deeper with size (about 6 + log2(blocks) waves), like a real estate of services would.
// Every clone serves its own ingress hosts (`editor-0003.acme-online.example`): two releases on one
// cluster may not claim the same host (GH331).
import { parseDocument } from 'yaml';

interface ModuleEntry {
  dependsOn?: string[];
  [key: string]: unknown;
}

/** `text` is the example modules.yaml; the result has exactly `count` modules and the same project. */
export function scaleModulesYaml(text: string, count: number): string {
  const document = parseDocument(text);
  const modules = document.get('modules', false);
  const examples = Object.entries((modules as { toJSON(): Record<string, ModuleEntry> }).toJSON());
  const roots = examples.filter(([, module]) => (module.dependsOn ?? []).length === 0).map(([name]) => name);
  const root = roots[0];
  if (root === undefined) throw new Error('the example has no module without dependencies to start a block from');
  const width = String(Math.ceil(count / examples.length)).length;
  const scaled: Record<string, ModuleEntry> = {};
  for (let i = 0; i < count; i++) {
    const block = Math.floor(i / examples.length);
    const [name, module] = examples[i % examples.length] as [string, ModuleEntry];
    const suffix = (b: number) => `-${String(b).padStart(width, '0')}`;
    // A module depends only on modules of its own block that come before it in the example (the
    // example lists modules after their dependencies), or on an earlier block: never a cycle.
    const inBlock = (module.dependsOn ?? []).filter((dependency) => examples.findIndex(([n]) => n === dependency) < i % examples.length);
    const dependsOn = inBlock.map((dependency) => dependency + suffix(block));
    if (name === root && block > 0) dependsOn.push(root + suffix(Math.floor((block - 1) / 2)));
    const clone = withOwnHosts(module, suffix(block)) as ModuleEntry;
    scaled[name + suffix(block)] = { ...clone, repository: `${String(module['repository'])}${suffix(block)}`, dependsOn };
  }
  document.set('modules', document.createNode(scaled, { aliasDuplicateObjects: false }));
  return document.toString();
}

/** A copy of `value` with `suffix` after the first label of every ingress `host`. */
function withOwnHosts(value: unknown, suffix: string): unknown {
  if (Array.isArray(value)) return value.map((item) => withOwnHosts(item, suffix));
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, key === 'host' && typeof item === 'string' ? item.replace(/^[^.]+/, (label) => label + suffix) : withOwnHosts(item, suffix)]),
  );
}

/** The same config with the first module's patch version raised by one: a one-module change. */
export function bumpFirstModule(text: string): string {
  const document = parseDocument(text);
  const first = Object.keys((document.get('modules', false) as { toJSON(): object }).toJSON())[0];
  if (first === undefined) throw new Error('the config has no modules');
  const version = String(document.getIn(['modules', first, 'version']));
  const bumped = version.replace(/(\d+)$/, (patch) => String(Number(patch) + 1));
  document.setIn(['modules', first, 'version'], bumped);
  return document.toString();
}

/** The same config with one dependency on a module that does not exist per module (GH300 each). */
export function withUnknownDependencies(text: string): string {
  const document = parseDocument(text);
  const modules = (document.get('modules', false) as { toJSON(): Record<string, ModuleEntry> }).toJSON();
  for (const [name, module] of Object.entries(modules)) {
    document.setIn(['modules', name, 'dependsOn'], document.createNode([...(module.dependsOn ?? []), `${name}-gone`], { flow: true }));
  }
  return document.toString();
}
