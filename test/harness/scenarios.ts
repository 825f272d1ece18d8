// Builds harness scenarios from the Plan: one per module and kind of build, with the build
// environment Jenkins' GitHub branch source sets, the credentials the model names, approvers,
// and default answers for the CLI calls the pipelines make. Failure scenarios add rules on top.
import type { BranchKind, Model, Module } from '../../src/model/types.js';
import { computeBuildVersions } from '../../src/version/scheme.js';
import type { BuildVersions } from '../../src/version/scheme.js';
import type { Scenario, ShRule } from './pipeline-run.js';

/** The branches the release process knows, and the kind of build each one is. */
export const BRANCH_CASES: { label: string; kind: BranchKind; env: Record<string, string> }[] = [
  { label: 'feature/x', kind: 'feature', env: { BRANCH_NAME: 'feature/x' } },
  { label: 'bugfix/y', kind: 'feature', env: { BRANCH_NAME: 'bugfix/y' } },
  { label: 'staging', kind: 'staging', env: { BRANCH_NAME: 'staging' } },
  {
    label: 'PR-34 staging -> master',
    kind: 'prMerge',
    env: { BRANCH_NAME: 'PR-34', CHANGE_ID: '34', CHANGE_TARGET: 'master', CHANGE_BRANCH: 'staging' },
  },
  {
    label: 'PR-12 feature/x -> staging',
    kind: 'pullRequest',
    env: { BRANCH_NAME: 'PR-12', CHANGE_ID: '12', CHANGE_TARGET: 'staging', CHANGE_BRANCH: 'feature/x' },
  },
  { label: 'master', kind: 'master', env: { BRANCH_NAME: 'master' } },
];

export function buildScenario(model: Model, module: Module, branchEnv: Record<string, string>, extraSh: ShRule[] = []): Scenario {
  const branch = branchEnv.BRANCH_NAME ?? '';
  return {
    env: {
      BUILD_NUMBER: '42',
      BUILD_ID: '42',
      JOB_NAME: `${model.project.jenkins.folder}/${module.name}/${branch}`,
      BUILD_URL: `https://jenkins.example/job/${module.name}/42/`,
      JENKINS_URL: 'https://jenkins.example/',
      WORKSPACE: '/home/jenkins/agent/workspace',
      GIT_COMMIT: '0123456789abcdef0123456789abcdef01234567',
      ...(branchEnv.CHANGE_ID ? { CHANGE_URL: `https://github.com/${model.project.github.owner}/${module.repository}/pull/${branchEnv.CHANGE_ID}` } : {}),
      ...branchEnv,
    },
    previousResult: 'SUCCESS',
    credentials: credentialsOf(model),
    inputs: [{ match: '[\\s\\S]*', action: 'approve', user: '$submitter' }],
    sh: [...extraSh, ...defaultCommands(module, branchEnv)],
    junit: [{ match: '.*', total: 25, failed: 0 }],
    workspace: { 'chart/Chart.yaml': `name: ${module.name}\n` },
  };
}

/** Every credential id the model mentions, with the type Jenkins stores it as. */
export function credentialsOf(model: Model): NonNullable<Scenario['credentials']> {
  const credentials: NonNullable<Scenario['credentials']> = {
    [model.project.github.credentialsId]: { type: 'usernamePassword' },
    [model.project.dockerHub.credentialsId]: { type: 'usernamePassword' },
    [model.project.charts.credentialsId]: { type: 'usernamePassword' },
    [model.project.slack.credentialsId]: { type: 'string' },
  };
  for (const environment of model.environments) credentials[environment.clusterCredentialsId] = { type: 'file' };
  return credentials;
}

export const COMMIT = '0123456789abcdef0123456789abcdef01234567';
export const TREE = 'a1b2c3d4e5f6a1b2c3d4e5f6a1b2c3d4e5f6a1b2';

export function gateJson(module: Module, channel: 'stable' | 'beta' | 'alpha' | 'rejected'): string {
  const misses = channel === 'stable' ? [] : [{ channel: 'stable', threshold: 'maxVulnerabilities.high', required: 0, measured: 2 }];
  return JSON.stringify({ module: module.name, channel, required: 'alpha', passed: channel !== 'rejected', metrics: {}, misses });
}

/** `gatehouse gate` as the library runs it: JSON and markdown verdicts written to .gatehouse/. */
export function gateRule(module: Module, channel: 'stable' | 'beta' | 'alpha' | 'rejected'): ShRule {
  return {
    name: `gate ${channel}`,
    match: 'gatehouse gate',
    exitCode: channel === 'rejected' ? 1 : 0,
    stdout: `${gateJson(module, channel)}\n`,
    writes: { '.gatehouse/gate.json': gateJson(module, channel), '.gatehouse/gate.md': `*${module.name}*: ${channel}\n` },
  };
}

/**
 * `gatehouse gate` judging nothing: exit 1 with the failure document (a malformed report), as
 * src/cli/json-output.ts prints it, instead of a verdict.
 */
export function gateFailureRule(): ShRule {
  const diagnostic = { code: 'GH603', severity: 'error', file: 'reports/junit.xml', line: 3, column: 1, path: '', message: 'not well-formed XML', hint: null };
  const failure = JSON.stringify({ ok: false, exitCode: 1, config: 'modules.yaml', diagnostics: [diagnostic] });
  return { name: 'gate cannot judge', match: 'gatehouse gate', exitCode: 1, stdout: `${failure}\n`, writes: { '.gatehouse/gate.json': failure, '.gatehouse/gate.md': '' } };
}

/**
 * What `gatehouse version` answers for build 42 of COMMIT in this branch job: the real scheme
 * (src/version), with the job Jenkins' environment names (CHANGE_ID for a PR, else BRANCH_NAME).
 */
export function versionOf(module: Module, branchEnv: Record<string, string>): BuildVersions {
  const job = branchEnv.CHANGE_ID ? { pullRequest: Number(branchEnv.CHANGE_ID) } : { branch: branchEnv.BRANCH_NAME ?? '' };
  return computeBuildVersions({ module: module.name, version: module.version, channel: 'stable', job, build: 42, sha: COMMIT });
}

/**
 * The blessed build pre-prod holds (built by an earlier release PR build, 41): master must deploy
 * exactly this chart version, never one of its own.
 */
export function blessedOf(module: Module): { chartVersion: string; appVersion: string; releaseId: string; imageDigest: string } {
  return {
    chartVersion: `${module.version}-41.fedcba9`,
    appVersion: `${module.name}-${module.version.replaceAll('.', '-')}-fedcba9`,
    releaseId: `${module.name}-${module.version}-41`,
    imageDigest: `sha256:${'cd'.repeat(32)}`,
  };
}

/** The digest of every image a scenario pushes (buildctl's metadata file). */
export const PUSHED_DIGEST = `sha256:${'ab'.repeat(32)}`;

/** One revision as `helm history -o json` prints it (the fields the library reads). */
export interface Revision {
  revision: number;
  status: string;
  description: string;
}

/** A release whose revision 7 is live: what every deploy finds unless a scenario says otherwise. */
export const LIVE_HISTORY: Revision[] = [
  { revision: 6, status: 'superseded', description: 'Upgrade complete' },
  { revision: 7, status: 'deployed', description: 'Upgrade complete' },
];

/**
 * `helm history` as the deploy finds it (read once, before it deploys) and as it is afterwards
 * (every later read: the rollback after a failure). `[]` is what the library makes of helm's
 * "Error: release: not found".
 */
export function historyRules(before: Revision[], after: Revision[]): ShRule[] {
  return [
    { name: 'history before the deploy', match: 'helm history', stdout: `${JSON.stringify(before)}\n`, once: true },
    { name: 'history after', match: 'helm history', stdout: `${JSON.stringify(after)}\n` },
  ];
}

/** Answers for the commands whose output the pipelines read (git, the CLI contracts, helm). */
function defaultCommands(module: Module, branchEnv: Record<string, string>): ShRule[] {
  const version = versionOf(module, branchEnv);
  const b = blessedOf(module);
  const blessed = ['7', module.name, b.chartVersion, b.appVersion, TREE, 'stable', b.releaseId, b.imageDigest].join('\t');
  return [
    { name: 'commit', match: '^git rev-parse HEAD$', stdout: `${COMMIT}\n` },
    { name: 'tree', match: 'HEAD\\^\\{tree\\}', stdout: `${TREE}\n` },
    { name: 'pr head', match: 'HEAD\\^1', stdout: `${COMMIT}\n` },
    { name: 'version', match: 'gatehouse version', stdout: `${JSON.stringify(version)}\n` },
    { name: 'committed chart version', match: 'chart/Chart.yaml', stdout: `${module.version}\n` },
    gateRule(module, 'stable'),
    { name: 'blessed', match: 'gatehouse.dev/blessed=true', stdout: `${blessed}\n` },
    { name: 'deployed revision', match: 'helm status .*jq -r .\\.version', stdout: '8\n' },
    { name: 'history', match: 'helm history', stdout: `${JSON.stringify(LIVE_HISTORY)}\n` },
    { name: 'chart push', match: 'helm push', stdout: module.name },
    // buildctl --metadata-file: the pushed image's digest, which the blessing records.
    { name: 'image push', match: 'push=true', writes: { '.gatehouse/push-metadata.json': JSON.stringify({ 'containerimage.digest': PUSHED_DIGEST }) } },
  ];
}
