// Every emitter, in one list: Plan -> FileSet for the whole of generated/.
import type { Plan } from '../plan/types.js';
import type { FileSet } from './types.js';
import { toFileSet } from './types.js';
import { emitChartFiles } from './chart/emit.js';
import { emitDocs } from './docs/emit-docs.js';

type Emitter = (plan: Plan) => FileSet;

const EMITTERS: readonly Emitter[] = [emitChartFiles, emitDocs];

export function emitAll(plan: Plan): FileSet {
  return toFileSet(EMITTERS.flatMap((emit) => emit(plan)));
}
