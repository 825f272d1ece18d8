// Diagnostics located with the plain-YAML reader's positions (parse.ts's fast path) against the
// same text through the full path alone (the yaml package's Document): byte for byte the same, for
// schema errors, rule findings with related places, findings on flow-list items and on empty values,
// in LF and CRLF files, and for every invalid fixture the reader reads.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { LaterRules } from '../../src/config/parse.js';
import { parseConfig, parseWithDocument } from '../../src/config/parse.js';
import { readPlainYaml } from '../../src/config/plain-yaml.js';
import { buildModel } from '../../src/model/build.js';
import { checkModelRules } from '../../src/model/rules/index.js';
import { FIXTURES, minimalWith, readFixture, SCHEMA } from './helpers.js';

/** What parseProject (src/app/load-project.ts) runs after the config rules. */
const modelRules: LaterRules = (config) => checkModelRules(config, buildModel(config));

/** The reader read `text`, and parseConfig reports exactly what the full path alone reports. */
function expectSameAsFullPath(text: string): string[] {
  expect(readPlainYaml(text), 'the reader did not read the text').to.not.equal(undefined);
  const source = { name: 'modules.yaml', text };
  const parsed = parseConfig(source, SCHEMA, modelRules);
  expect(parsed).to.deep.equal(parseWithDocument(source, SCHEMA, modelRules));
  return parsed.diagnostics.map((d) => `${d.code} ${d.line}:${d.column} ${d.path}`);
}

const PROBLEMS: [what: string, search: string, replacement: string, expected: string[]][] = [
  ['a missing key in a module', '    lead: bob\n', '', ['GH201 51:3 /modules/store']],
  ['a missing key in a flow mapping', '{ namespace: staging, clusterCredentialsId', '{ clusterCredentialsId', ['GH201 16:3 /environments/staging']],
  ['a missing top-level key', 'quality:\n', 'qualities:\n', ['GH201 2:1 ', 'GH200 36:1 /qualities']],
  ['a wrong type at depth 3', '    version: 0.1.0\n', '    version: 1\n', ['GH202 54:14 /modules/store/version']],
  ['a wrong type in a flow mapping', 'buildTimeoutMinutes: 60', "buildTimeoutMinutes: '60'", ['GH202 9:78 /project/jenkins/buildTimeoutMinutes']],
  ['a scalar for a list', 'approvals: [sre]', 'approvals: sre', ['GH202 22:16 /environments/production/approvals']],
  ['a wrong type on a flow-list item', 'weekdays: [mon, tue,', 'weekdays: [mon, 1,', ['GH202 31:19 /release/weekdays/1', 'GH203 31:19 /release/weekdays/1']],
  ['an enum on a flow-list item over several lines', 'pullRequest: { stages: [checkout, build, unitTests] }', 'pullRequest:\n    stages:\n      [\n        checkout,\n        bild,\n        unitTests\n      ]', ['GH203 29:9 /branchFlow/pullRequest/stages/1']],
  ['an unknown key (a key finding)', '    lead: bob\n', '    lead: bob\n    descripton: typo\n', ['GH200 56:5 /modules/store/descripton']],
  ['an empty value', '    lead: bob\n', '    lead:\n', ['GH202 55:5 /modules/store/lead']],
  ['an empty value with a comment', '    lead: bob\n', '    lead: # who?\n', ['GH202 55:5 /modules/store/lead']],
  ['an empty list item', 'approvals: [sre]', 'approvals:\n      -\n      - sre', ['GH202 23:8 /environments/production/approvals/0']],
  ['an empty list item with a comment', 'approvals: [sre]', 'approvals:\n      -   # nobody\n      - sre', ['GH202 23:11 /environments/production/approvals/0']],
  ['an unknown dependency on a flow-list item', '    lead: bob\n', '    lead: bob\n    dependsOn: [gone]\n', ['GH300 56:17 /modules/store/dependsOn/0']],
  ['a dependency cycle (related places)', '    lead: bob\n', '    lead: bob\n    dependsOn:\n      - api\n', ['GH301 57:9 /modules/store/dependsOn/0']],
  ['a skip without effect (a warning)', '    lead: bob\n', '    lead: bob\n    skip: { smokeTests: never runs anyway }\n', ['GH312 56:13 /modules/store/skip/smokeTests']],
  ['a module nested in a list at its key indentation', '    dependsOn: [store]\n', '    dependsOn:\n    - stor\n', ['GH300 51:7 /modules/api/dependsOn/0']],
];

describe("config: diagnostics located with the plain-YAML reader's positions", () => {
  for (const [what, search, replacement, expected] of PROBLEMS) {
    it(`reports ${what} exactly as the full path alone does`, () => {
      expect(expectSameAsFullPath(minimalWith(search, replacement))).to.deep.equal(expected);
    });
  }

  it('names the line of each edge of a dependency cycle, as the full path does', () => {
    const text = minimalWith('    lead: bob\n', '    lead: bob\n    dependsOn:\n      - api\n');
    const [cycle] = parseConfig({ name: 'modules.yaml', text }, SCHEMA, modelRules).diagnostics;
    expect(cycle?.message).to.equal('dependency cycle: api -> store -> api (api -> store on line 50, store -> api on line 57)');
  });

  it('reports every one of those problems at once, in a CRLF file too, exactly as the full path alone does', () => {
    let text = readFixture('valid', 'minimal.yaml');
    for (const [, search, replacement] of PROBLEMS.filter(([what]) => !what.includes('missing key in a module'))) {
      if (text.includes(search)) text = text.replace(search, replacement);
    }
    const lf = expectSameAsFullPath(text);
    expect(lf.length).to.be.greaterThan(5);
    expect(expectSameAsFullPath(text.replace(/\n/g, '\r\n'))).to.deep.equal(lf);
  });

  it('reports every invalid fixture the reader reads exactly as the full path alone does', () => {
    const read = readdirSync(join(FIXTURES, 'invalid')).filter((name) => {
      const text = readFixture('invalid', name);
      if (readPlainYaml(text) === undefined) return false;
      expect(expectSameAsFullPath(text), name).to.not.deep.equal([]);
      return true;
    });
    // Most fixtures are rule and schema problems in the subset; the yaml-* ones are not.
    expect(read.length).to.be.greaterThan(50);
  });
});
