// Keeps the heap close to what is live. gatehouse is a batch compiler: at 5000 modules it holds
// about 140 MB of live data (model, manifest, the list of files), and V8 lets the heap grow to
// several times the live size between full collections, which put peak RSS at 350 to 500 MB.
// Growing by at most 30% keeps it under 300 MB there, for a few percent more time in collections.
// The flag is V8's own (heap_growing_percent); it is set only on V8 versions known to have it,
// because V8 prints an error for a flag it does not know.
import { setFlagsFromString } from 'node:v8';

const HEAP_GROWING_PERCENT = 30;
/** Node 20 to 24 ship V8 11 to 13, all of which have the flag. */
const KNOWN_V8_MAJORS = [11, 12, 13];

export function limitHeapGrowth(v8Version: string = process.versions.v8): void {
  if (KNOWN_V8_MAJORS.includes(Number(v8Version.split('.')[0]))) setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
