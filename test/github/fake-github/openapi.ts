// GitHub's official OpenAPI description of api.github.com (@octokit/openapi), as the contract
// the fake server is held to: every request must match an operation (method + path template)
// and its parameters and body; every response must match that operation's response schema.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { componentsDocument, convertSchema, SCHEMA_ROOT } from './openapi-schema.js';

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema: Json;
}

export interface Operation {
  id: string;
  method: string;
  template: string;
  pattern: RegExp;
  pathNames: string[];
  parameters: Parameter[];
  body?: Json;
  bodyRequired: boolean;
  responses: Record<string, Json>;
}

interface Description {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, unknown>; parameters: Record<string, Parameter>; responses: Record<string, Json> };
}

export class OpenApi {
  private readonly ajv = new Ajv({ allErrors: true, strict: false });
  private readonly operations: Operation[];
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(private readonly description: Description) {
    addFormats.default(this.ajv);
    // Formats ajv-formats does not know: repo.nwo is documented as `owner/name`; timestamp has no
    // definition in the description, so it is not checked.
    this.ajv.addFormat('repo.nwo', /^[^/]+\/[^/]+$/);
    this.ajv.addFormat('timestamp', true);
    this.ajv.addSchema(componentsDocument(description.components.schemas));
    this.operations = Object.entries(description.paths).flatMap(([template, item]) =>
      Object.entries(item).map(([method, op]) => this.operation(template, method, op)),
    );
  }

  /** The operations whose method and path template match, most literal template first. */
  match(method: string, path: string): { operation: Operation; params: Record<string, string> }[] {
    return this.operations
      .filter((op) => op.method === method.toLowerCase())
      .flatMap((operation) => {
        const found = operation.pattern.exec(path);
        if (!found) return [];
        const params = Object.fromEntries(operation.pathNames.map((name, i) => [name, decodeURIComponent(found[i + 1] ?? '')]));
        return [{ operation, params }];
      })
      .sort((a, b) => literalLength(b.operation.template) - literalLength(a.operation.template));
  }

  /** Problems with a value against a schema ('' when it validates). */
  check(key: string, schema: unknown, value: unknown, closed = false): string {
    let validate = this.validators.get(key);
    if (!validate) {
      validate = this.ajv.compile(convertSchema(schema, { closed }) as object);
      this.validators.set(key, validate);
    }
    if (validate(value)) return '';
    return (validate.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
  }

  /** The schema of a response status (a $ref into components/responses resolved), if JSON. */
  responseSchema(op: Operation, status: number): unknown {
    let response = op.responses[String(status)] ?? op.responses['default'];
    const ref = response?.['$ref'];
    if (typeof ref === 'string') response = this.description.components.responses[ref.split('/').pop() ?? ''];
    const content = response?.['content'] as Record<string, { schema?: unknown }> | undefined;
    return content?.['application/json']?.schema;
  }

  hasResponse(op: Operation, status: number): boolean {
    return String(status) in op.responses || 'default' in op.responses;
  }

  /** GitHub's generic error body, for statuses an operation does not list (502, secondary rate limits). */
  readonly basicError = { $ref: `${SCHEMA_ROOT}#/components/schemas/basic-error` };

  private operation(template: string, method: string, op: Json): Operation {
    const pathNames: string[] = [];
    const source = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{([^}]+)\\\}/g, (_all, name: string) => {
      pathNames.push(name);
      return '([^/]+)';
    });
    const parameters = ((op['parameters'] as Json[] | undefined) ?? []).map((p) => this.parameter(p));
    const body = op['requestBody'] as { required?: boolean; content?: Record<string, { schema?: Json }> } | undefined;
    return {
      id: String(op['operationId']),
      method,
      template,
      pattern: new RegExp(`^${source}$`),
      pathNames,
      parameters,
      ...(body?.content?.['application/json']?.schema ? { body: body.content['application/json'].schema } : {}),
      bodyRequired: body?.required === true,
      responses: (op['responses'] as Record<string, Json> | undefined) ?? {},
    };
  }

  private parameter(p: Json): Parameter {
    const ref = p['$ref'];
    return typeof ref === 'string' ? this.description.components.parameters[ref.split('/').pop() ?? ''] as Parameter : (p as unknown as Parameter);
  }
}

function literalLength(template: string): number {
  return template.replace(/\{[^}]+\}/g, '').length;
}

let loaded: OpenApi | undefined;

/** The api.github.com description, read and indexed once per test process (it is 13 MB). */
export function githubOpenApi(): OpenApi {
  if (!loaded) {
    const path = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
    loaded = new OpenApi(JSON.parse(readFileSync(path, 'utf8')) as Description);
  }
  return loaded;
}
