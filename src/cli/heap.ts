// Keeps the heap close to what is live. gatehouse is a batch compiler: at 5000 modules it holds
// about 140 MB of live data (model, manifest, the list of files), and V8 lets the heap grow to
// several times the live size between full collections, which put peak RSS at 350 to 500 MB.
// Growing by at most 30% keeps it under 300 MB there, for a few percent more time in collections.
// The flag is V8's own (heap_growing_percent), set through v8-flag.ts.
import { setKnownV8Flag } from './v8-flag.js';

const HEAP_GROWING_PERCENT = 30;

export function limitHeapGrowth(v8Version: string = process.versions.v8): void {
  setKnownV8Flag(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`, v8Version);
}
