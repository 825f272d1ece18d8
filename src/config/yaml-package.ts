// The yaml package, loaded on first use (util/load-on-first-use.ts): a modules.yaml the
// plain-YAML reader reads (plain-yaml.ts) and that has no problem never needs it, and loading it
// costs every command about 25 ms (it is one of the largest packages a run loads). Only a file
// the reader bails on, a config with problems (positions, locate.ts) and the commands that edit
// YAML load it.
import type * as Yaml from 'yaml';
import { loadOnFirstUse } from '../util/load-on-first-use.js';

export const yamlPackage = loadOnFirstUse<typeof Yaml>('yaml');
