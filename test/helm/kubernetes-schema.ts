// Validates rendered Kubernetes objects against the Kubernetes OpenAPI schemas shipped by the
// kubernetes-models package: its generated validators check types, formats, enums and required
// fields. They do not reject unknown fields (the API server does, with strict field validation,
// and drops them silently otherwise), so a second pass walks each object against the package's
// type declarations, read with the TypeScript compiler, and reports every key the schema lacks.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { apiServerProblems } from './api-validation.js';

export interface KubernetesObject {
  apiVersion: string;
  kind: string;
  [key: string]: unknown;
}

interface Model {
  validate(): void;
}
type ModelClass = new (data: unknown) => Model;

/** `apps/v1` + `Deployment` -> `kubernetes-models/apps/v1/Deployment` (the core group is `v1`). */
function modelPath(object: KubernetesObject): string {
  return `kubernetes-models/${object.apiVersion}/${object.kind}`;
}

async function loadModel(object: KubernetesObject): Promise<ModelClass> {
  const module = (await import(modelPath(object))) as Record<string, ModelClass | undefined>;
  const model = module[object.kind];
  if (model === undefined) throw new Error(`kubernetes-models has no ${object.apiVersion} ${object.kind}`);
  return model;
}

/** Schema errors of one object, as "path: message" lines; [] when it is valid. */
async function schemaErrors(object: KubernetesObject): Promise<string[]> {
  const Model = await loadModel(object);
  try {
    new Model(object).validate();
    return [];
  } catch (error) {
    const details = (error as { errors?: { instancePath: string; message?: string }[] }).errors;
    if (details === undefined) return [String(error)];
    return details.map((d) => `${d.instancePath || '/'}: ${d.message ?? 'invalid'}`);
  }
}

/** Reads the declared properties of the kubernetes-models interfaces, once per process. */
class DeclaredFields {
  private readonly checker: ts.TypeChecker;
  private readonly roots = new Map<string, ts.Type>();

  constructor(kinds: readonly KubernetesObject[]) {
    const files = kinds.map((object) => fileURLToPath(import.meta.resolve(modelPath(object))).replace(/\.m?js$/, '.d.ts'));
    const program = ts.createProgram(files, { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, strict: true, noEmit: true, types: [] });
    this.checker = program.getTypeChecker();
    kinds.forEach((object, i) => {
      const source = program.getSourceFile(files[i]!);
      const symbol = source && this.checker.getSymbolAtLocation(source);
      const exported = symbol && this.checker.getExportsOfModule(symbol).find((s) => s.name === `I${object.kind}`);
      if (!exported) throw new Error(`no interface I${object.kind} in ${files[i]}`);
      this.roots.set(`${object.apiVersion}/${object.kind}`, this.checker.getDeclaredTypeOfSymbol(exported));
    });
  }

  unknownFields(object: KubernetesObject): string[] {
    const root = this.roots.get(`${object.apiVersion}/${object.kind}`);
    if (!root) throw new Error(`internal: ${object.apiVersion} ${object.kind} was not loaded`);
    return this.walk(object, root, '');
  }

  private walk(value: unknown, type: ts.Type, path: string): string[] {
    const declared = this.withoutNullish(type);
    if (Array.isArray(value)) {
      const element = declared.find((t) => this.checker.isArrayType(t));
      if (!element) return [];
      const [item] = this.checker.getTypeArguments(element as ts.TypeReference);
      return item ? value.flatMap((v, i) => this.walk(v, item, `${path}/${i}`)) : [];
    }
    if (typeof value !== 'object' || value === null) return [];
    const objectType = declared.find((t) => (t.flags & ts.TypeFlags.Object) !== 0 && !this.checker.isArrayType(t));
    if (!objectType) return [];
    const mapValue = this.checker.getIndexInfoOfType(objectType, ts.IndexKind.String)?.type;
    return Object.entries(value).flatMap(([key, child]) => {
      const childPath = `${path}/${key}`;
      if (mapValue) return this.walk(child, mapValue, childPath);
      const property = this.checker.getPropertyOfType(objectType, key);
      if (!property) return [`${childPath}: unknown field "${key}"`];
      return this.walk(child, this.checker.getTypeOfSymbol(property), childPath);
    });
  }

  private withoutNullish(type: ts.Type): ts.Type[] {
    const parts = type.isUnion() ? type.types : [type];
    return parts.filter((t) => (t.flags & (ts.TypeFlags.Undefined | ts.TypeFlags.Null)) === 0);
  }
}

let declared: DeclaredFields | undefined;
const declaredKinds = new Set<string>();

/**
 * Every problem the Kubernetes schemas find in `objects`: schema violations, unknown fields and
 * the API server's name and label checks, each as "<kind>/<name> <path>: <message>". Empty when
 * every object is valid.
 */
export async function kubernetesSchemaProblems(objects: readonly KubernetesObject[]): Promise<string[]> {
  const kinds = [...new Map(objects.map((o) => [`${o.apiVersion}/${o.kind}`, o])).values()];
  if (!declared || kinds.some((o) => !declaredKinds.has(`${o.apiVersion}/${o.kind}`))) {
    for (const o of kinds) declaredKinds.add(`${o.apiVersion}/${o.kind}`);
    declared = new DeclaredFields([...declaredKinds].map((key) => kindOf(key)));
  }
  const problems: string[] = [];
  for (const object of objects) {
    const name = `${object.kind}/${String((object['metadata'] as { name?: unknown } | undefined)?.name)}`;
    const found = [...(await schemaErrors(object)), ...declared.unknownFields(object), ...apiServerProblems(object)];
    problems.push(...found.map((problem) => `${name} ${problem}`));
  }
  return problems;
}

function kindOf(key: string): KubernetesObject {
  const slash = key.lastIndexOf('/');
  return { apiVersion: key.slice(0, slash), kind: key.slice(slash + 1) };
}
