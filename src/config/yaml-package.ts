// The yaml package, loaded on first use with require (as ajv.ts loads ajv): a modules.yaml the
// plain-YAML reader reads (plain-yaml.ts) and that has no problem never needs it, and loading it
// costs every command about 25 ms (it is one of the largest packages a run loads). Only a file
// the reader bails on, a config with problems (positions, locate.ts) and the commands that edit
// YAML load it.
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

const require = createRequire(import.meta.url);

let loaded: typeof Yaml | undefined;

export function yamlPackage(): typeof Yaml {
  return (loaded ??= require('yaml') as typeof Yaml);
}
