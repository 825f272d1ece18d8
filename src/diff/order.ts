// Deploy order between modules: a module's wave number can move while nothing real changes (a
// new module earlier in the graph shifts everything), so what a reviewer needs is which pairs of
// modules now deploy in a different order. Rollback runs the waves backwards, so it follows.
import type { ModuleChange, Relation } from './types.js';

export type Waves = ReadonlyMap<string, number>;

export function waveNumbers(waves: readonly (readonly string[])[]): Map<string, number> {
  return new Map(waves.flatMap((names, wave) => names.map((name) => [name, wave] as const)));
}

/**
 * The pairs whose order changed, for a module whose wave moved, against every other module in
 * both Plans (`common`, sorted). A pair where both modules moved is reported under both.
 */
export function orderChanges(name: string, before: Waves, after: Waves, common: readonly string[]): ModuleChange[] {
  const [was, now] = [before.get(name), after.get(name)];
  if (was === undefined || now === undefined || was === now) return [];
  return common.flatMap((other): ModuleChange[] => {
    const [otherWas, otherNow] = [before.get(other), after.get(other)];
    if (other === name || otherWas === undefined || otherNow === undefined) return [];
    const [relationWas, relationNow] = [relation(was, otherWas), relation(now, otherNow)];
    return relationWas === relationNow ? [] : [{ kind: 'order', module: other, before: relationWas, after: relationNow }];
  });
}

function relation(wave: number, otherWave: number): Relation {
  return wave < otherWave ? 'before' : wave === otherWave ? 'same' : 'after';
}
