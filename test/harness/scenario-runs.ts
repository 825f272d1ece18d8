// Runs every scenario of scenario-cases.ts once per test session, in one harness call, for the
// test files that read them (test/pipelines/scenarios, notifications, rollback).
import { expect } from 'chai';
import { join } from 'node:path';
import type { Plan } from '../../src/plan/types.js';
import type { RunResult } from './pipeline-run.js';
import { runPipelines } from './pipeline-run.js';
import { loadPipelineTree } from './pipeline-source.js';
import type { Case } from './scenario-cases.js';
import { allCases } from './scenario-cases.js';

export interface ScenarioRuns {
  plan: Plan;
  modules: string[];
  cases: Case[];
  results: Map<string, RunResult>;
  /** The run of a case, which the harness must have run to its end. */
  run: (this: void, id: string) => RunResult;
}

let cached: Promise<ScenarioRuns> | undefined;

export function loadScenarioRuns(): Promise<ScenarioRuns> {
  cached ??= runAll();
  return cached;
}

async function runAll(): Promise<ScenarioRuns> {
  // The module scenarios include master's production approvals and deploy: continuous mode.
  const tree = await loadPipelineTree('continuous');
  const cases = allCases(tree.plan, tree.modules);
  const requests = cases.map((c) => ({
    id: c.id,
    library: join(tree.root, 'library'),
    jenkinsfile: join(tree.root, 'modules', c.module.name, 'Jenkinsfile'),
    scenario: c.scenario,
  }));
  const results = new Map((await runPipelines(requests)).map((r) => [r.id, r]));
  const run = (id: string): RunResult => {
    const result = results.get(id);
    if (!result) throw new Error(`no run ${id}`);
    expect(result.harnessError, `${id}: harness error`).to.equal(undefined);
    return result;
  };
  return { plan: tree.plan, modules: tree.modules, cases, results, run };
}
