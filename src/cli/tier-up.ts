// Most gatehouse runs are short: validate, plan and version take a few hundred milliseconds in a
// CI step, and even generate at 1000 modules takes about two seconds. In runs that short, V8's
// optimizing compiler (TurboFan, on background threads) spends more CPU compiling the hottest
// functions than their optimized code saves. Two of V8's own flags, set through v8-flag.ts:
//
// - interrupt_budget (66 KB of bytecode by default): a function must run eight times as long
//   before it is optimized. validate of the example: a median 327 ms of process CPU with V8's
//   default, 280 ms with four times. Eight times: generate at 1000 modules compiles 102
//   functions instead of 149, a median 1.455 against 1.515 s of process CPU (8 alternating
//   pairs, 2026-12-07), 5000 modules 5.33 against 5.45 s, validate and a sealed re-run unchanged.
// - max_inlined_bytecode_size_cumulative (920 by default): at most 200 bytes of callees' bytecode
//   are inlined into one optimized function. TurboFan's cost grows with what it inlines: generate
//   at 1000 modules compiles about 150 functions, and its threads cost 0.6 CPU s of the run's
//   2.2 with V8's default, 0.4 s with this, while the main thread did not get slower (medians of
//   8 alternating runs, 2026-12-07: 2.40 against 2.13 s of process CPU; 5000 modules: no change).
import { setKnownV8Flag } from './v8-flag.js';

const INTERRUPT_BUDGET = 8 * 66 * 1024;
const INLINED_BYTECODE_BUDGET = 200;

export function delayOptimization(v8Version: string = process.versions.v8): void {
  setKnownV8Flag(`--interrupt-budget=${INTERRUPT_BUDGET}`, v8Version);
  setKnownV8Flag(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE_BUDGET}`, v8Version);
}
