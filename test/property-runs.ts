// How many cases each property test runs. The normal suite runs a few hundred per context; the
// dedicated run (`npm run test:property`, every `*.property.test.ts`) sets
// GATEHOUSE_PROPERTY_RUNS=10000. A seed can be pinned with GATEHOUSE_PROPERTY_SEED to replay a
// failure (fast-check prints the seed it used).
const DEFAULT_RUNS = 200;

export function propertyRuns(env: NodeJS.ProcessEnv = process.env): number {
  const text = env['GATEHOUSE_PROPERTY_RUNS'];
  if (text === undefined || text === '') return DEFAULT_RUNS;
  const runs = Number(text);
  if (!Number.isSafeInteger(runs) || runs < 1) throw new Error(`GATEHOUSE_PROPERTY_RUNS must be a positive whole number, not ${JSON.stringify(text)}`);
  return runs;
}

/** fast-check parameters for `runs` cases, with the pinned seed if there is one. */
export function propertyParameters(runs: number, env: NodeJS.ProcessEnv = process.env): { numRuns: number; seed?: number } {
  const seed = env['GATEHOUSE_PROPERTY_SEED'];
  return seed === undefined || seed === '' ? { numRuns: runs } : { numRuns: runs, seed: Number(seed) };
}
