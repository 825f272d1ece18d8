// A GitHub-shaped HTTP server for the tests (plain node:http on 127.0.0.1, a random port). Every
// request must match an operation of GitHub's OpenAPI description and validate against its
// parameters and request body; every response must validate against that operation's response
// schema. Anything else is recorded as a violation, and `assertClean()` fails the test.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Faults } from './faults.js';
import type { Operation, OpenApi } from './openapi.js';
import { githubOpenApi } from './openapi.js';
import { Payloads } from './payloads.js';
import type { Call, Handler, Reply } from './reply.js';
import { notFound } from './reply.js';
import { GIT_ROUTES } from './routes-git.js';
import { PULL_ROUTES } from './routes-pulls.js';
import { REPO_ROUTES } from './routes-repos.js';
import { FakeState } from './state.js';
import { checkRequest } from './validate-request.js';

const HANDLERS: Record<string, Handler> = { ...GIT_ROUTES, ...PULL_ROUTES, ...REPO_ROUTES };

/** GitHub Enterprise serves the REST API under /api/v3; the fake does too, so base URLs are honoured. */
export const API_PREFIX = '/api/v3';

export interface RecordedRequest {
  method: string;
  operation: string;
  path: string;
  status: number;
}

export class FakeGitHub {
  readonly state = new FakeState();
  readonly faults = new Faults();
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Run before each handler: a test changes the state under the client's feet (a race, another actor). */
  readonly hooks: ((operation: string, call: Call) => void)[] = [];
  private server: Server | undefined;
  private payloads = new Payloads('', '');
  private readonly openapi: OpenApi = githubOpenApi();

  constructor(
    readonly token = 'ghp_fake_token_0123456789',
    readonly login = 'gatehouse-bot',
  ) {}

  get apiUrl(): string {
    return this.payloads.api;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.payloads = new Payloads(`http://127.0.0.1:${port}${API_PREFIX}`, `http://127.0.0.1:${port}`);
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Fails with every violation of the OpenAPI contract seen so far. */
  assertClean(): void {
    if (this.violations.length > 0) throw new Error(`fake GitHub saw ${this.violations.length} contract violation(s):\n${this.violations.join('\n')}`);
  }

  /** Requests that changed something (anything but GET). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const text = await readBody(req);
    const path = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
    const candidates = url.pathname.startsWith(API_PREFIX) ? this.openapi.match(method, path) : [];
    const chosen = candidates.find((c) => HANDLERS[c.operation.id] !== undefined);
    if (!chosen) {
      const why = candidates.length === 0 ? 'matches no operation of the OpenAPI description' : `is not implemented by the fake (${candidates.map((c) => c.operation.id).join(', ')})`;
      this.violations.push(`${method} ${url.pathname}${url.search} ${why}`);
      return send(res, { status: 501, body: { message: `fake-github: ${why}` } });
    }
    const { operation, params } = chosen;
    const reply = this.answer(req, operation, params, url, text);
    this.checkResponse(operation, reply, `${method} ${url.pathname}`);
    this.requests.push({ method, operation: operation.id, path: url.pathname, status: reply.status });
    send(res, reply);
  }

  private answer(req: IncomingMessage, operation: Operation, params: Record<string, string>, url: URL, text: string): Reply {
    const method = req.method ?? 'GET';
    if (req.headers.authorization !== `token ${this.token}`) return { status: 401, body: { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' } };
    const checked = checkRequest(this.openapi, operation, params, url.searchParams, text);
    if ('problem' in checked) {
      this.violations.push(`${method} ${url.pathname}${url.search} (${operation.id}): ${checked.problem}`);
      return { status: 400, body: { message: `fake-github: ${checked.problem}` } };
    }
    const injected = this.faults.take(method, operation.id);
    if (injected) return injected;
    const repo = this.state.repo(params['owner'] ?? '', params['repo'] ?? '');
    if (!repo) return notFound();
    const call: Call = { params, query: url.searchParams, body: checked.body, repo, url: `${this.payloads.web}${url.pathname}` };
    for (const hook of this.hooks) hook(operation.id, call);
    const reply = HANDLERS[operation.id]!({ state: this.state, payloads: this.payloads, login: this.login }, call);
    if (method !== 'GET' && reply.status < 300) this.faults.wrote();
    return reply;
  }

  private checkResponse(operation: Operation, reply: Reply, request: string): void {
    const documented = this.openapi.hasResponse(operation, reply.status);
    if (!documented && reply.status < 400) {
      this.violations.push(`${request}: status ${reply.status} is not a documented response of ${operation.id}`);
      return;
    }
    const schema = documented ? this.openapi.responseSchema(operation, reply.status) : this.openapi.basicError;
    if (schema === undefined) {
      if (reply.body !== undefined && reply.status !== 204) this.violations.push(`${request}: ${operation.id} ${reply.status} documents no JSON body`);
      return;
    }
    const key = `${operation.id}:${documented ? reply.status : 'basic-error'}`;
    const problem = this.openapi.check(key, schema, reply.body);
    if (problem) this.violations.push(`${request}: response ${reply.status} does not match ${operation.id}: ${problem}`);
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, reply: Reply): void {
  const headers: Record<string, string> = { ...reply.headers };
  if (reply.body === undefined) {
    res.writeHead(reply.status, headers).end();
    return;
  }
  res.writeHead(reply.status, { ...headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(reply.body));
}
