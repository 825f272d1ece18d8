// Editor support, proven: the real yaml-language-server (what VS Code's YAML extension and other
// LSP editors run) reads the repository's modules.yaml with schemas/modules.schema.json through
// its modeline, finds nothing wrong, completes keys and shows each key's own description and
// example on hover; and on broken copies it flags each fault at the line gatehouse reports it.
// One server process serves the whole suite.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DEFAULT_CONFIG, PACKAGE_ROOT } from '../../src/util/paths.js';
import { parse } from 'yaml';
import { SCHEMA, validateText } from '../config/helpers.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';
import { LspClient } from './lsp-client.js';
import type { LspDiagnostic, Position } from './lsp-client.js';

const require = createRequire(import.meta.url);
const SERVER = join(dirname(require.resolve('yaml-language-server/package.json')), 'bin', 'yaml-language-server');
const SETTINGS = { yaml: { validate: true, hover: true, completion: true, format: { enable: false }, schemaStore: { enable: false } } };
const TEXT = readFileSync(DEFAULT_CONFIG, 'utf8');
const LINES = TEXT.split('\n');

/** A virtual document beside modules.yaml, so its modeline resolves ./schemas/ the same way. */
function uriFor(name: string): string {
  return pathToFileURL(join(PACKAGE_ROOT, name)).href;
}

/** 0-based line of the first line that equals `line` (after `after`, if given). */
function lineIndex(line: string, after = 0): number {
  const index = LINES.findIndex((l, i) => i >= after && l === line);
  if (index < 0) throw new Error(`modules.yaml has no line ${JSON.stringify(line)}`);
  return index;
}

function withLine(index: number, replacement: string[]): string {
  return [...LINES.slice(0, index), ...replacement, ...LINES.slice(index + 1)].join('\n');
}

function hoverText(result: unknown): string {
  const contents = (result as { contents?: { value?: string } } | null)?.contents;
  return contents?.value ?? '';
}

describe('editor: yaml-language-server on modules.yaml (over stdio)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // a Node process and a JSON-RPC session, on a loaded machine
  let server: LspClient;
  let opened = 0;
  const open = (text: string) => {
    const uri = uriFor(`editor-test-${++opened}.yaml`);
    return { uri, diagnostics: server.open(uri, text) };
  };
  const hoverAt = async (uri: string, position: Position) => hoverText(await server.request('textDocument/hover', { textDocument: { uri }, position }));

  before(async () => {
    server = new LspClient(process.execPath, [SERVER, '--stdio'], SETTINGS);
    await server.initialize(pathToFileURL(PACKAGE_ROOT).href);
  });
  after(async () => server.shutdown());

  it('finds nothing wrong in the repository\'s modules.yaml, and answers from the schema', async () => {
    const { uri, diagnostics } = open(TEXT);
    expect(await diagnostics).to.deep.equal([]);
    const owner = lineIndex('    owner: acme-online');
    expect(await hoverAt(uri, { line: owner, character: 6 })).to.contain('GitHub organisation or user.');
  });

  it('completes the keys a module may still have', async () => {
    const auth = lineIndex('  auth:');
    const { uri, diagnostics } = open(withLine(auth, ['  auth:', '    ']));
    await diagnostics;
    const result = (await server.request('textDocument/completion', { textDocument: { uri }, position: { line: auth + 1, character: 4 } })) as { items: { label: string }[] };
    const moduleKeys = Object.keys(((SCHEMA['$defs'] as Record<string, Record<string, object>>)['module'] ?? {})['properties'] ?? {});
    const authHas = Object.keys((parse(TEXT) as { modules: Record<string, object> }).modules['auth'] ?? {});
    expect(authHas).to.include('description');
    expect(result.items.map((item) => item.label).sort()).to.deep.equal(moduleKeys.filter((key) => !authHas.includes(key)).sort());
  });

  it('shows each credentials id its own description and example on hover', async () => {
    const { uri, diagnostics } = open(TEXT);
    await diagnostics;
    const cluster = await hoverAt(uri, { line: lineIndex('    clusterCredentialsId: kubeconfig-nonprod'), character: 6 });
    expect(cluster).to.contain('kubeconfig of the cluster').and.contain('kubeconfig-nonprod').and.not.contain('dockerhub-push');
    const slack = await hoverAt(uri, { line: lineIndex('    credentialsId: slack-bot-token'), character: 6 });
    expect(slack).to.contain('Slack bot token').and.contain('slack-bot-token').and.not.contain('dockerhub-push');
  });

  /** A broken copy of modules.yaml: the fault is on line `line` (0-based) of `text`. */
  const BROKEN: { fault: string; code: string; says: RegExp; copy: () => { line: number; text: string } }[] = [
    {
      fault: 'an unknown key',
      code: 'GH200',
      says: /owner is not allowed/,
      copy: () => {
        const line = lineIndex('  auth:') + 1;
        return { line, text: [...LINES.slice(0, line), '    owner: team-identity', ...LINES.slice(line)].join('\n') };
      },
    },
    {
      fault: 'a version that is not MAJOR.MINOR.PATCH',
      code: 'GH304',
      says: /MAJOR\.MINOR\.PATCH/,
      copy: () => ({ line: lineIndex('    version: 3.1.0'), text: withLine(lineIndex('    version: 3.1.0'), ['    version: "3.1"']) }),
    },
    {
      fault: 'a module name that is no DNS label',
      code: 'GH305',
      says: /DNS-1035 label/,
      copy: () => ({ line: lineIndex('  auth:'), text: withLine(lineIndex('  auth:'), ['  Auth_Service:']) }),
    },
  ];
  for (const broken of BROKEN) {
    it(`flags ${broken.fault} at the line gatehouse reports it (${broken.code})`, async () => {
      const { line, text } = broken.copy();
      const { diagnostics } = open(text);
      const flagged = (await diagnostics).filter((d: LspDiagnostic) => broken.says.test(d.message));
      expect(flagged.map((d) => d.range.start.line), JSON.stringify(await diagnostics)).to.deep.equal([line]);
      const ours = validateText(text).diagnostics.filter((d) => d.code === broken.code);
      expect(ours.map((d) => d.line)).to.deep.equal([line + 1]);
    });
  }
});
