// The worst case of the string limits: every string of modules.yaml at its maxLength, in the
// characters that cost most in a class file (U+1F600, a surrogate pair: 6 bytes of modified UTF-8,
// 12 bytes of Groovy source as two \uHHHH escapes), approval submitters at their maxItems. The
// config must validate, and every emitted Groovy file must compile with Groovy 2.4 through
// bytecode generation, where a constant over 65,535 bytes fails with "String too long".
import { expect } from 'chai';
import { readFileSync, rmSync } from 'node:fs';
import { parse, stringify } from 'yaml';
import { parseProject } from '../../src/app/load-project.js';
import { buildPlan } from '../../src/plan/plan.js';
import { SCHEMA } from '../config/helpers.js';
import { MAX_CONSTANT_BYTES, schemaAt } from '../config/schema-walk.js';
import { emitJenkinsSide, SMALL_CONFIG, writeToTempDir } from '../emit/jenkinsfile/support.js';
import { literalsOf } from '../emit/jenkinsfile/extract.js';
import { compileTree, formatErrors } from '../harness/compile-check.js';
import { SLOW_TEST_TIMEOUT_MS } from '../harness/timeouts.js';

type Node = Record<string, unknown>;
type Path = (string | number)[];

const WIDEST = '\u{1F600}';
/** Places that name something defined elsewhere (a module, role, environment, IANA zone): kept. */
const REFERENCES = [/^modules\.[^.]+\.dependsOn\.\d+$/, /^environments\.[^.]+\.approvals\.\d+$/, /^branchFlow\.[^.]+\.environment$/, /^release\.timeZone$/];

/** The longest value the schema allows at this place, in the widest characters it accepts. */
function longest(node: Node, value: string): string {
  const max = Number(node['maxLength']);
  const pattern = typeof node['pattern'] === 'string' ? new RegExp(node['pattern'], 'u') : undefined;
  for (const filler of [WIDEST, 'a']) {
    const candidate = value + filler.repeat(Math.max(0, max - [...value].length));
    if (node['format'] === undefined || filler === 'a') if (pattern === undefined || pattern.test(candidate)) return candidate;
  }
  return value;
}

function maximize(data: unknown, path: Path = []): unknown {
  if (Array.isArray(data)) return data.map((item, i) => maximize(item, [...path, i]));
  if (typeof data === 'object' && data !== null) return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maximize(v, [...path, k])]));
  const node = schemaAt(SCHEMA, path);
  if (typeof data !== 'string' || node === undefined || REFERENCES.some((r) => r.test(path.join('.')))) return data;
  return longest(node, data);
}

function modifiedUtf8Bytes(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const unit = s.charCodeAt(i);
    bytes += unit === 0 ? 2 : unit < 0x80 ? 1 : unit < 0x800 ? 2 : 3;
  }
  return bytes;
}

describe('pipelines: every string at its maxLength still compiles (Groovy 2.4)', function () {
  this.timeout(SLOW_TEST_TIMEOUT_MS); // compiles a whole generated tree in the harness JVM
  it('validates, emits and compiles the worst case; the biggest constant is the submitters list', async () => {
    const data = maximize(parse(readFileSync(SMALL_CONFIG, 'utf8'))) as { release: { approvers: Record<string, { submitters?: string[] }> } };
    const submitters = schemaAt(SCHEMA, ['release', 'approvers', 'sre', 'submitters']) ?? {};
    const itemLength = Number((submitters['items'] as Node)['maxLength']);
    data.release.approvers['sre']!.submitters = Array.from({ length: Number(submitters['maxItems']) }, (_, i) => `${i}${WIDEST.repeat(itemLength - String(i).length)}`);
    const parsed = parseProject({ name: 'longest.yaml', text: stringify(data, { lineWidth: 0 }) }, SCHEMA);
    expect(parsed.diagnostics.map((d) => `${d.code} ${d.path} ${d.message.slice(0, 80)}`)).to.deep.equal([]);
    const model = parsed.model!;
    // Train mode (the release train's Jenkinsfile) and continuous mode (the approvals, with the
    // submitters, in the module Jenkinsfiles) both compile.
    const train = emitJenkinsSide(buildPlan(model));
    const files = emitJenkinsSide(buildPlan({ ...model, release: { ...model.release, mode: 'continuous' } }));
    for (const [label, tree] of [['longest-train', train], ['longest', files]] as const) {
      const root = writeToTempDir(tree, label);
      try {
        expect(formatErrors(await compileTree(root)), label).to.deep.equal([]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    }
    // The files that carry user strings; comment lines hold no literals (and may hold apostrophes).
    const withUserText = files.filter((f) => f.path.endsWith('Jenkinsfile') || f.path === 'jobs/seed.groovy' || f.path.endsWith('gatehouseProject.groovy'));
    const code = withUserText.flatMap((f) => f.content.split('\n')).filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line));
    const biggest = Math.max(...code.flatMap(literalsOf).map(modifiedUtf8Bytes));
    // The worst case really is near the limit (a lenient limit or a missed field would show here).
    expect(biggest).to.be.above(MAX_CONSTANT_BYTES / 2).and.at.most(MAX_CONSTANT_BYTES);
  });
});
