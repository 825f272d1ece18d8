// The pipeline step calls of Groovy sources, found by Groovy 2.4's own parser in the harness JVM
// (StepCalls.groovy): every `sh`, `withCredentials` and `slackSend` with its arguments and the
// `withCredentials` blocks around it. Library rules are checked on this, not on source text.
import { join } from 'node:path';
import { callHarness } from './groovy-process.js';

/** A constant piece of a string argument, or the source of a computed one. */
export type Part = { text: string } | { code: string };
export type ArgValue = Part[] | { list: ArgValue[] } | { symbol: string; args: Record<string, ArgValue> };

export interface CredentialScope {
  line: number;
  args: Record<string, ArgValue>;
}

export interface StepCall {
  file: string;
  line: number;
  step: 'sh' | 'withCredentials' | 'slackSend';
  args: Record<string, ArgValue>;
  /** The withCredentials calls this call is nested in, outermost first. */
  credentialScopes: CredentialScope[];
}

/** Step calls of `files` (paths relative to `root`). */
export async function scanStepCalls(root: string, files: readonly string[]): Promise<StepCall[]> {
  const answer = await callHarness<{ calls: StepCall[] }>('scan', { files: files.map((name) => ({ name, path: join(root, name) })) });
  return answer.calls;
}

function isParts(value: ArgValue | undefined): value is Part[] {
  return Array.isArray(value);
}

/** The script of an `sh` call (named `script:` or positional), as parts. */
export function scriptParts(call: StepCall): Part[] {
  const script = call.args['script'] ?? call.args['value'];
  if (!isParts(script)) throw new Error(`${call.file}:${call.line}: sh without a script string`);
  return script;
}

/** A constant argument's text, or undefined when it is computed or absent. */
export function constantText(value: ArgValue | undefined): string | undefined {
  if (!isParts(value) || !value.every((p) => 'text' in p)) return undefined;
  return value.map((p) => ('text' in p ? p.text : '')).join('');
}

/** The variables a withCredentials call binds (variable, usernameVariable, passwordVariable, ...). */
export function boundVariables(scope: CredentialScope): string[] {
  const bindings = scope.args['bindings'] ?? scope.args['value'];
  if (bindings === undefined || isParts(bindings) || !('list' in bindings)) return [];
  return bindings.list.flatMap((binding) => {
    if (isParts(binding) || !('symbol' in binding)) return [];
    return Object.entries(binding.args)
      .filter(([key]) => /[vV]ariable$/.test(key))
      .map(([, value]) => constantText(value))
      .filter((name): name is string => name !== undefined);
  });
}
