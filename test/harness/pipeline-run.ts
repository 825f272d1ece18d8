// Runs Jenkinsfiles in the declarative-pipeline harness (test/harness/groovy) and returns traces.
import { callHarness } from './groovy-process.js';

/** A scripted build: environment, credentials store, approvers and the outcome of each command. */
export interface Scenario {
  env: Record<string, string>;
  params?: Record<string, unknown>;
  previousResult?: 'SUCCESS' | 'UNSTABLE' | 'FAILURE' | 'ABORTED';
  credentials?: Record<string, { type: 'string' | 'usernamePassword' | 'file' | 'sshUserPrivateKey' }>;
  /** Jenkins users and their groups, for `input(submitter:)`. */
  users?: Record<string, string[]>;
  /** First matching rule answers an input; match is a regex on "id\nmessage". */
  inputs?: { match: string; user?: string; action?: 'approve' | 'reject' | 'timeout'; once?: boolean; parameters?: Record<string, string> }[];
  /** First matching rule scripts an `sh`: regex on the script, optional env/stage regexes. */
  sh?: ShRule[];
  junit?: { match: string; total?: number; failed?: number; missing?: boolean }[];
  /** Files the checkout puts in the workspace. */
  workspace?: Record<string, string>;
  /** Slack itself: `down` makes chat.postMessage answer ok: false. */
  slack?: { down?: boolean };
}

export interface ShRule {
  name?: string;
  match?: string;
  /** Regex on the script or on any withEnv/environment value it can read. */
  any?: string;
  env?: Record<string, string>;
  stage?: string;
  exitCode?: number;
  stdout?: string;
  once?: boolean;
  writes?: Record<string, string>;
  /** The build is interrupted while the script runs: its timeout expires, or a user aborts it. */
  interrupt?: 'timeout' | 'abort';
}

export interface TraceEvent {
  seq: number;
  type: string;
  name?: string;
  path?: string[];
  status?: 'entered' | 'skipped';
  reason?: string;
  condition?: string;
  args?: unknown;
  stage?: string[];
  container?: string | null;
  node?: string | null;
  locks?: string[];
  env?: Record<string, string>;
  credentials?: { variable: string; credentialsId: string }[];
  via?: string[];
  outcome?: string;
  user?: string;
  exitCode?: number;
  [key: string]: unknown;
}

export interface RunResult {
  id: string;
  result: 'SUCCESS' | 'UNSTABLE' | 'FAILURE' | 'ABORTED' | 'NOT_BUILT' | null;
  error?: string | null;
  harnessError?: string;
  events: TraceEvent[];
  secrets: string[];
}

export interface RunRequest {
  id: string;
  /** Directory with vars/, src/, resources/. */
  library: string;
  jenkinsfile: string;
  scenario: Scenario;
}

/** Runs every request in the one harness JVM; results come back in request order. */
export async function runPipelines(requests: RunRequest[]): Promise<RunResult[]> {
  const { runs } = await callHarness<{ runs: RunResult[] }>('run', { runs: requests });
  return runs;
}
