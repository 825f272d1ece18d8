// Most gatehouse runs are short: validate, plan and version take a few hundred milliseconds in a
// CI step. In runs that short, V8's optimizing compiler (TurboFan, on a background thread) spends
// more CPU compiling the hottest functions than their optimized code saves: validate of the
// example cost a median 327 ms of process CPU with V8's default and 280 ms when a function has
// to run four times as long before it is optimized. A long run loses nothing measurable (generate
// at 1000 modules: the hot functions are still optimized, a few milliseconds later). The flag is
// V8's own (interrupt_budget, 66 KB of bytecode by default), set through v8-flag.ts.
import { setKnownV8Flag } from './v8-flag.js';

const INTERRUPT_BUDGET = 4 * 66 * 1024;

export function delayOptimization(v8Version: string = process.versions.v8): void {
  setKnownV8Flag(`--interrupt-budget=${INTERRUPT_BUDGET}`, v8Version);
}
