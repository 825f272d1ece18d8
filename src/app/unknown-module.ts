// `--module` names no module of modules.yaml: one diagnostic for every command that takes it.
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../util/suggest.js';

/** Modules listed in the hint when none is close; more would flood the terminal. */
const LISTED = 10;

/** GH007 about the config file as a whole, with the closest name or the first few. */
export function unknownModule(name: string, known: readonly string[], configFile: string): Diagnostic {
  const sorted = [...known].sort();
  const more = sorted.length > LISTED ? `, and ${sorted.length - LISTED} more` : '';
  const hint = didYouMean(name, known) ?? `known modules: ${sorted.slice(0, LISTED).join(', ')}${more}`;
  return { code: 'GH007', severity: 'error', message: `unknown module ${JSON.stringify(name)}`, file: configFile, path: '/modules', hint };
}
