// Sets one of V8's own flags (heap.ts, tier-up.ts) only on V8 versions known to have it, because
// V8 prints an error for a flag it does not know.
import { setFlagsFromString } from 'node:v8';

/** Node 20 to 24 ship V8 11 to 13, all of which have the flags the CLI sets. */
const KNOWN_V8_MAJORS = [11, 12, 13];

export function setKnownV8Flag(flag: string, v8Version: string): void {
  if (KNOWN_V8_MAJORS.includes(Number(v8Version.split('.')[0]))) setFlagsFromString(flag);
}
