// The release train's scenarios for the harness: generated/release/Jenkinsfile run with the answers
// the real gatehouse CLI gives (computed here, in-process, from candidates, votes and the
// repository modules.yaml), so the pipeline is proven against the CLI's documents, not a mock's.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Model } from '../../src/model/types.js';
import { run as runCli } from '../cli/plan-graph-run.js';
import { candidate, production } from '../train/support.js';
import type { Scenario, ShRule } from './pipeline-run.js';
import { credentialsOf } from './scenarios.js';

export const TRAIN_DATE = '2026-08-24';
const NOW = '2026-08-24T10:31:00Z';
/** Build 42 of the release job: the pipeline's train id. */
export const TRAIN_ID = `online-product-${TRAIN_DATE}-42`;
/** Three waves: config-service; auth and catalog (in parallel); render-worker (depends on catalog). */
export const TRAIN_MODULES = ['config-service', 'auth', 'catalog', 'render-worker'];

export interface Vote { ballot: string; vote: 'GO' | 'NOGO'; by: string; reason: string; modules?: string[] }

export interface TrainCase {
  id: string;
  scenario: Scenario;
  /** The votes the scenario casts (what the pipeline must hand to decide). */
  votes: Vote[];
}

/** The CLI's answers for one train, as the files TrainCli reads back (.gatehouse/train/<label>.out). */
async function cliAnswers(opts: { day?: object; hotfix?: string; modules?: string[]; votes?: Vote[]; started?: string[] }): Promise<ShRule[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gatehouse-train-case-'));
  const at = (name: string) => join(dir, name);
  const cli = async (...argv: string[]) => {
    const result = await runCli(...argv);
    if (result.code !== 0) throw new Error(`gatehouse ${argv.join(' ')}: exit ${result.code}: ${result.err}${result.out}`);
    return result.out;
  };
  try {
    const modules = opts.modules ?? TRAIN_MODULES;
    const all = JSON.parse(await cli('plan', '--train', '--format', 'json')) as { waves: string[][] };
    const file = { candidates: modules.map((m) => candidate(m)), production: all.waves.flat().map((m) => production(m)) };
    writeFileSync(at('candidates.json'), JSON.stringify(file));
    const hotfix = opts.hotfix ? ['--hotfix', opts.hotfix, '--reason', 'CVE fix'] : [];
    const trainId = opts.hotfix ? `online-product-${TRAIN_DATE}-hotfix-42` : TRAIN_ID;
    const manifestText = await cli('release', 'manifest', '--candidates', at('candidates.json'), '--date', TRAIN_DATE, '--train-id', trainId,
      '--now', NOW, ...hotfix, '--out', at('manifest.json'), '--format', 'text');
    const out = (label: string, text: string): Record<string, string> => ({ [`.gatehouse/train/${label}.out`]: text });
    const rules: ShRule[] = [
      { name: 'release day', match: 'gatehouse release day', writes: out('release-day', JSON.stringify(opts.day ?? { date: TRAIN_DATE, releaseDay: true, reason: null })) },
      { name: 'hotfix modules', match: 'plan --train "\\$GATEHOUSE_HOTFIX_MODULES"', writes: out('check-the-hotfix-modules', '{}') },
      { name: 'modules', match: 'plan --train --format json', writes: out('modules', JSON.stringify(all)) },
      { name: 'manifest', match: 'gatehouse release manifest', writes: out('release-manifest', manifestText) },
      { name: 'show manifest', match: 'show \\.gatehouse/train/manifest\\.json --format json', writes: out('read-the-manifest', await cli('release', 'show', at('manifest.json'), '--format', 'json')) },
      { name: 'go/no-go', match: 'manifest\\.json --format slack', writes: out('go-no-go-message', await cli('release', 'show', at('manifest.json'), '--format', 'slack')) },
      { name: 'voters', match: 'gatehouse release voters', writes: out('ballots', await cli('release', 'voters', at('manifest.json'), '--now', NOW, '--format', 'json')) },
    ];
    if (opts.votes === undefined) return rules;
    writeFileSync(at('votes.json'), JSON.stringify({ votes: opts.votes }));
    rules.push(
      { name: 'decide', match: 'gatehouse release decide', writes: out('decide', await cli('release', 'decide', at('manifest.json'), '--votes', at('votes.json'), '--out', at('decided.json'))) },
      { name: 'show decision', match: 'show \\.gatehouse/train/decided\\.json --format json', writes: out('read-the-decision', await cli('release', 'show', at('decided.json'), '--format', 'json')) },
      { name: 'decision message', match: 'decided\\.json --format slack', writes: out('decision-message', await cli('release', 'show', at('decided.json'), '--format', 'slack')) },
    );
    const decided = JSON.parse(readFileSync(at('decided.json'), 'utf8')) as { decision: { outcome: string } };
    if (decided.decision.outcome !== 'go') return rules;
    rules.push({ name: 'deploy plan', match: 'gatehouse release deploy-plan', writes: out('deploy-plan', await cli('release', 'deploy-plan', at('decided.json'))) });
    if (opts.started) {
      const rollback = await cli('release', 'rollback-plan', at('decided.json'), '--deployed', opts.started.join(','), '--format', 'json');
      rules.push({ name: 'rollback plan', match: 'gatehouse release rollback-plan', writes: out('rollback-plan', rollback) });
    }
    return rules;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Everyone votes GO, except the given NOGOs. */
export function votesFor(model: Model, modules: string[], nogo: Partial<Record<string, Omit<Vote, 'ballot' | 'vote'>>> = {}): Vote[] {
  const lead = (name: string) => model.modules.find((m) => m.name === name)?.lead ?? '';
  const ballots = [...modules.map((m) => [`moduleLead-${m}`, lead(m)]), ['sre', 'sre-team'], ['qa', 'qa-team'], ['product', 'product-management']];
  return ballots.map(([ballot, by]) => {
    const no = nogo[ballot!];
    return no ? { ballot: ballot!, vote: 'NOGO' as const, ...no } : { ballot: ballot!, vote: 'GO' as const, by: by!, reason: 'ok' };
  });
}

/** The input answers that cast `votes` (ballot ids are the input ids); ballots without a vote time out. */
function inputRules(votes: Vote[]): NonNullable<Scenario['inputs']> {
  return [
    ...votes.map((v) => ({
      match: `^${v.ballot}\\n`, user: '$submitter',
      parameters: { VOTE: v.vote, REASON: v.reason, ...(v.modules ? { MODULES: v.modules.join(', ') } : {}) },
    })),
    { match: '[\\s\\S]*', action: 'timeout' as const },
  ];
}

/** One train run: the CLI's answers, the votes as inputs, helm's usual answers, then the scenario's rules first. */
export async function trainCase(model: Model, id: string, opts: {
  votes?: Vote[]; day?: object; hotfix?: string; modules?: string[]; started?: string[]; sh?: ShRule[];
}): Promise<TrainCase> {
  const answers = await cliAnswers(opts);
  const votes = opts.votes ?? [];
  return {
    id,
    votes,
    scenario: {
      env: { BUILD_NUMBER: '42', BUILD_ID: '42', JOB_NAME: 'online-product/release', BUILD_URL: 'https://jenkins.example/job/release/42/',
        JENKINS_URL: 'https://jenkins.example/', WORKSPACE: '/home/jenkins/agent/workspace' },
      params: { HOTFIX_MODULES: opts.hotfix ?? '', HOTFIX_REASON: opts.hotfix ? 'CVE fix' : '' },
      previousResult: 'SUCCESS',
      credentials: credentialsOf(model),
      inputs: inputRules(votes),
      sh: [
        ...(opts.sh ?? []),
        ...answers,
        { name: 'deployed revision', match: 'helm status .*jq -r .\\.version', stdout: '8\n' },
      ],
    },
  };
}
