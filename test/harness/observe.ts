// What a run did, in the Plan's terms: stages entered, namespaces deployed to, images and charts
// pushed, approvals asked, Slack messages sent, secrets leaked. Tests compare these to the Plan.
import { STAGE_TITLES } from '../../src/plan/stages.js';
import type { RunResult, TraceEvent } from './pipeline-run.js';

const PLAN_TITLES = new Set<string>(Object.values(STAGE_TITLES));

/** A Plan stage title from a Jenkins stage name: "Deploy (staging)" is the Plan's "Deploy". */
export function planTitle(stageName: string): string {
  return stageName.replace(/ \([^)]*\)$/, '');
}

export interface Observed {
  stagesEntered: string[];
  namespacesDeployed: string[];
  imagePushes: TraceEvent[];
  chartPushes: TraceEvent[];
  approvals: string[][];
  /** Every slackSend, and whether Slack took it (the plugin drops some silently). */
  slack: { channel: string; message: string; delivered: boolean }[];
}

export function steps(run: RunResult, name: string): TraceEvent[] {
  return run.events.filter((e) => e.type === 'step' && e.name === name);
}

export function varCalls(run: RunResult, name: string): TraceEvent[] {
  return run.events.filter((e) => e.type === 'var' && e.name === name);
}

/** helmRollback calls after a failure (not the check for a pending release before each deploy). */
export function rollbacks(run: RunResult): TraceEvent[] {
  return varCalls(run, 'helmRollback').filter((e) => (e.args as Record<string, unknown>[])[0]?.pendingOnly !== true);
}

function firstArg(event: TraceEvent): Record<string, unknown> {
  const args = event.args as unknown[];
  return (args[0] ?? {}) as Record<string, unknown>;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : JSON.stringify(value);
}

function script(event: TraceEvent): string {
  return text((event.args as { script?: unknown }).script);
}

export function observe(run: RunResult): Observed {
  return {
    stagesEntered: run.events
      .filter((e) => e.type === 'stage' && e.status === 'entered')
      .map((e) => planTitle(e.name ?? ''))
      .filter((title) => PLAN_TITLES.has(title)),
    namespacesDeployed: varCalls(run, 'helmDeploy').map((e) => text(firstArg(e).namespace)),
    imagePushes: steps(run, 'sh').filter((e) => /push=true|docker push|crane push|skopeo copy/.test(script(e))),
    chartPushes: [...varCalls(run, 'helmPublish'), ...steps(run, 'sh').filter((e) => /helm push/.test(script(e)) && !e.via?.includes('helmPublish'))],
    approvals: steps(run, 'input').map((e) =>
      text((e.args as { submitter?: unknown }).submitter)
        .split(',')
        .map((s) => s.trim())
        .sort(),
    ),
    slack: steps(run, 'slackSend').map((e) => {
      const args = e.args as { channel?: unknown; message?: unknown };
      return { channel: text(args.channel), message: text(args.message), delivered: e.delivered === true };
    }),
  };
}

/**
 * Every step or library call whose arguments contain a secret value of the scenario's credentials
 * (sh scripts above all, but also echo, Slack messages, library arguments, ...).
 */
export function secretLeaks(run: RunResult): string[] {
  return run.events.filter((e) => e.type === 'step' || e.type === 'var').flatMap((e) => {
    const text = JSON.stringify(e.args);
    return run.secrets.filter((secret) => text.includes(secret)).map((secret) => `${e.stage?.join(' / ')}: ${e.name} ${secret}`);
  });
}

/** Stages whose agent (a pod) started although the stage was then skipped: a missing beforeAgent. */
export function podsForSkippedStages(run: RunResult): string[] {
  const entered = new Set(run.events.filter((e) => e.type === 'stage' && e.status === 'entered').map((e) => e.path?.join('/')));
  return run.events
    .filter((e) => e.type === 'agent' && !entered.has(e.path?.join('/')))
    .map((e) => e.path?.join('/') ?? '');
}
