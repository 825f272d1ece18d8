import { expect } from 'chai';
import type { RawConfig } from '../../src/config/types.js';
import type { ModuleChange, SettingChange, SharedChanges } from '../../src/diff/types.js';
import { emitAll } from '../../src/emit/index.js';
import type { Plan } from '../../src/plan/types.js';
import { smallPlan } from '../plan/small-model.js';
import { diffAfter } from './diff-after.js';

interface Case {
  name: string;
  edit: (raw: RawConfig) => void;
  project?: SettingChange[];
  shared?: SharedChanges[];
  /** Every module listed in the diff, with its own changes. */
  modules: Record<string, ModuleChange[]>;
  /** Master's approvals and production deploy exist in continuous mode only. */
  continuous?: boolean;
}

const PROD_DEPLOY = { id: 'deploy', title: 'Deploy', environment: 'prod', namespace: 'prod-ns' } as const;
const ALL = { modules: ['base', 'mid', 'top'], except: [] };

const CASES: Case[] = [
  { name: 'nothing changed', edit: () => undefined, modules: {} },
  {
    name: 'a version bump',
    edit: (raw) => (raw.modules['mid']!.version = '1.1.0'),
    modules: { mid: [{ kind: 'version', before: '1.0.0', after: '1.1.0' }] },
  },
  {
    name: 'a dropped dependency moves waves, and the order against the module it no longer waits for',
    edit: (raw) => (raw.modules['mid']!.dependsOn = []),
    modules: {
      mid: [
        { kind: 'dependencies', added: [], removed: ['base'] },
        { kind: 'wave', before: 1, after: 0 },
        { kind: 'order', module: 'base', before: 'after', after: 'same' },
      ],
      top: [{ kind: 'wave', before: 2, after: 1 }],
    },
  },
  {
    name: 'a stage added to every staging build is said once',
    edit: (raw) => raw.branchFlow.staging.stages.push('smokeTests'),
    shared: [{ ...ALL, changes: [{ kind: 'stage', build: 'staging', change: 'added', stage: { id: 'smokeTests', title: 'Smoke tests', environment: 'stage', namespace: 'stage-ns' } }] }],
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'a new approver role in production',
    continuous: true,
    edit: (raw) => {
      raw.release.approvers['qa'] = { description: 'QA.', submitters: ['qa-team'] };
      raw.environments['prod']!.approvals = ['lead', 'ops', 'qa'];
    },
    project: [
      { setting: 'environments.prod.approvals', before: ['lead', 'ops'], after: ['lead', 'ops', 'qa'] },
      { setting: 'release.approvers.qa', before: null, after: { description: 'QA.', submitters: ['qa-team'], moduleLead: false } },
    ],
    shared: [{ ...ALL, changes: [{ kind: 'approval', build: 'master', environment: 'prod', change: 'added', role: 'qa', submitters: ['qa-team'] }] }],
    // Listed for their Jenkinsfiles (one more input), with no change of their own.
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'approvals asked in another order',
    continuous: true,
    edit: (raw) => (raw.environments['prod']!.approvals = ['ops', 'lead']),
    project: [{ setting: 'environments.prod.approvals', before: ['lead', 'ops'], after: ['ops', 'lead'] }],
    shared: [{ ...ALL, changes: [{ kind: 'approvalOrder', build: 'master', environment: 'prod', before: ['lead', 'ops'], after: ['ops', 'lead'] }] }],
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'a new module lead approves in the moduleLead role',
    continuous: true,
    edit: (raw) => (raw.modules['mid']!.lead = 'dave'),
    modules: {
      mid: [
        { kind: 'approvers', build: 'master', environment: 'prod', role: 'lead', added: ['dave'], removed: ['bob'] },
        { kind: 'setting', setting: 'lead', before: 'bob', after: 'dave' },
      ],
    },
  },
  {
    name: 'a stage skipped and another no longer skipped',
    edit: (raw) => {
      delete raw.modules['mid']!.skip;
      raw.modules['top']!.skip = { smokeTests: 'No probe endpoint yet.' };
    },
    modules: {
      mid: [{ kind: 'skip', stage: 'integrationTests', title: 'Integration tests', before: 'Has no API of its own.', after: null }],
      top: [{ kind: 'skip', stage: 'smokeTests', title: 'Smoke tests', before: null, after: 'No probe endpoint yet.' }],
    },
  },
  {
    name: 'a project threshold a module overrides names that module as the exception',
    edit: (raw) => {
      raw.quality.channels.stable.minLineCoverage = 85;
      raw.modules['top']!.quality = { channels: { stable: { minLineCoverage: 80 } } };
    },
    shared: [{ modules: ['base', 'mid'], except: ['top'], changes: [{ kind: 'quality', setting: 'channels.stable.minLineCoverage', before: 80, after: 85 }] }],
    modules: {},
  },
  {
    name: 'a renamed namespace changes where a build deploys',
    edit: (raw) => (raw.environments['pre']!.namespace = 'preprod-ns'),
    project: [{ setting: 'environments.pre.namespace', before: 'pre-ns', after: 'preprod-ns' }],
    shared: [
      {
        ...ALL,
        changes: [{ kind: 'target', build: 'prMerge', before: { environment: 'pre', namespace: 'pre-ns', promotes: false }, after: { environment: 'pre', namespace: 'preprod-ns', promotes: false } }],
      },
    ],
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'a build that runs for other branches',
    edit: (raw) => (raw.branchFlow.staging.branches = ['dev']),
    shared: [{ ...ALL, changes: [{ kind: 'trigger', build: 'staging', before: 'branch develop', after: 'branch dev' }] }],
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'an environment that is no longer production drops the stable requirement',
    continuous: true,
    edit: (raw) => (raw.environments['prod']!.production = false),
    project: [{ setting: 'environments.prod.production', before: true, after: false }],
    shared: [{ ...ALL, changes: [{ kind: 'requirement', build: 'master', stage: PROD_DEPLOY, before: 'stable', after: null }] }],
    modules: { base: [], mid: [], top: [] },
  },
  {
    name: 'a chart setting',
    edit: (raw) => (raw.modules['top']!.chart = { port: 9000 }),
    modules: { top: [{ kind: 'setting', setting: 'chart.port', before: 8080, after: 9000 }] },
  },
  {
    name: 'environments listed in another order',
    edit: (raw) => {
      const { stage, pre, prod } = raw.environments;
      raw.environments = { pre: pre!, stage: stage!, prod: prod! };
    },
    project: [{ setting: 'environments (order)', before: ['stage', 'pre', 'prod'], after: ['pre', 'stage', 'prod'] }],
    modules: {},
  },
  {
    name: 'a release setting',
    edit: (raw) => (raw.release.releaseTime = '18:00'),
    project: [{ setting: 'release.releaseTime', before: '17:00', after: '18:00' }],
    modules: {},
  },
];

describe('diff: two Plans, the changes a reviewer needs', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const diff = diffAfter(c.edit, c.continuous);
      expect(diff.project, 'project').to.deep.equal(c.project ?? []);
      expect(diff.shared, 'shared').to.deep.equal(c.shared ?? []);
      expect(Object.fromEntries(diff.modules.map((m) => [m.name, m.changes])), 'modules').to.deep.equal(c.modules);
      const anything = diff.project.length + diff.shared.length + diff.modules.length + diff.sharedFiles.length > 0;
      expect(diff.changed).to.equal(anything);
    });
  }

  it('lists a module added or removed with its facts and every one of its files', () => {
    const diff = diffAfter((raw) => {
      raw.modules['extra'] = { description: 'Extra.', repository: 'extra', version: '0.1.0', lead: 'erin', dependsOn: ['base'] };
      delete raw.modules['top'];
    });
    const [extra, top] = [diff.modules.find((m) => m.name === 'extra'), diff.modules.find((m) => m.name === 'top')];
    expect(extra).to.deep.include({ status: 'added', before: null, after: { version: '0.1.0', wave: 1, lead: 'erin', dependsOn: ['base'] }, changes: [] });
    expect(top).to.deep.include({ status: 'removed', before: { version: '1.0.0', wave: 2, lead: 'carol', dependsOn: ['base', 'mid'] }, after: null, changes: [] });
    const paths = (files: { path: string }[]) => files.map((f) => f.path);
    const emitted = (plan: Plan, name: string) => emitAll(plan).filter((f) => f.path.startsWith(`modules/${name}/`)).map((f) => f.path);
    expect(paths(extra?.files ?? [])).to.deep.equal(emitted(smallPlan((raw) => (raw.modules['extra'] = { ...raw.modules['base']!, repository: 'extra' })), 'extra'));
    expect(extra?.files.every((f) => f.status === 'added' && f.linesRemoved === 0 && f.linesAdded > 0)).to.equal(true);
    expect(paths(top?.files ?? [])).to.deep.equal(emitted(smallPlan(), 'top'));
    expect(top?.files.every((f) => f.status === 'removed' && f.linesAdded === 0)).to.equal(true);
    expect(diff.summary).to.deep.include({ modulesAdded: 1, modulesRemoved: 1, modulesChanged: 0 });
    expect(diff.waves.after).to.deep.equal([['base'], ['extra', 'mid']]);
  });

  it('counts the generated files and lines that change, per module and shared', () => {
    const diff = diffAfter((raw) => (raw.modules['mid']!.version = '1.1.0'));
    const mid = diff.modules.find((m) => m.name === 'mid');
    expect(mid?.files.length).to.be.above(0);
    expect(mid?.files.every((f) => f.path.startsWith('modules/mid/') && f.status === 'modified')).to.equal(true);
    expect(diff.sharedFiles.map((f) => f.path)).to.include('README.md');
    const all = [...(mid?.files ?? []), ...diff.sharedFiles];
    expect(diff.summary).to.deep.equal({
      modulesAdded: 0,
      modulesRemoved: 0,
      modulesChanged: 1,
      filesChanged: all.length,
      linesAdded: all.reduce((n, f) => n + f.linesAdded, 0),
      linesRemoved: all.reduce((n, f) => n + f.linesRemoved, 0),
    });
  });
});
