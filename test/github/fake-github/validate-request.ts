// A request against its operation: path parameters, query parameters (required ones present,
// none undocumented, each valid for its schema) and the JSON body against the request schema.
import type { Operation, OpenApi } from './openapi.js';

export type CheckedRequest = { body: Record<string, unknown> } | { problem: string };

export function checkRequest(
  openapi: OpenApi,
  op: Operation,
  pathParams: Record<string, string>,
  query: URLSearchParams,
  text: string,
): CheckedRequest {
  const problems: string[] = [];
  for (const parameter of op.parameters) {
    const raw = parameter.in === 'path' ? pathParams[parameter.name] : parameter.in === 'query' ? query.get(parameter.name) ?? undefined : 'skip';
    if (raw === 'skip') continue;
    if (raw === undefined) {
      if (parameter.required === true) problems.push(`missing required ${parameter.in} parameter ${parameter.name}`);
      continue;
    }
    const problem = openapi.check(`${op.id}:param:${parameter.name}`, parameter.schema, coerce(raw, parameter.schema));
    if (problem) problems.push(`${parameter.in} parameter ${parameter.name}=${JSON.stringify(raw)}: ${problem}`);
  }
  const documented = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of query.keys()) if (!documented.has(name)) problems.push(`undocumented query parameter ${name}`);
  const body = parseBody(openapi, op, text, problems);
  return problems.length > 0 ? { problem: problems.join('; ') } : { body };
}

function parseBody(openapi: OpenApi, op: Operation, text: string, problems: string[]): Record<string, unknown> {
  if (text === '') {
    if (op.bodyRequired) problems.push('missing required JSON body');
    return {};
  }
  if (op.body === undefined) {
    problems.push('a body was sent but the operation takes none');
    return {};
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push('the body is not JSON');
    return {};
  }
  const problem = openapi.check(`${op.id}:body`, op.body, body, true);
  if (problem) problems.push(`body: ${problem}`);
  return typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
}

/** Query and path values are strings on the wire; the schema says what they must parse as. */
function coerce(raw: string, schema: Record<string, unknown>): unknown {
  if (schema['type'] === 'integer' || schema['type'] === 'number') return /^-?\d+(\.\d+)?$/.test(raw) ? Number(raw) : raw;
  if (schema['type'] === 'boolean') return raw === 'true' ? true : raw === 'false' ? false : raw;
  return raw;
}
