// A package loaded with require the first time it is used, not when the module that needs it is
// loaded: ajv, yaml, semver's parse and diff are needed only by some runs (a schema compiled at
// run time, a problem to locate, a version to explain, a diff to show), and loading each costs
// every command milliseconds. require, not import(): the callers are synchronous.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** A function returning the package `specifier`, which it loads on its first call. */
export function loadOnFirstUse<T>(specifier: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= require(specifier) as T);
}
