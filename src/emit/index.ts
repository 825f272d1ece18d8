// Every emitter, in one list: Plan -> FileSet for the whole of generated/.
import type { Plan } from '../plan/types.js';
import { emitChartFiles } from './chart/emit.js';
import { emitDocs } from './docs/emit-docs.js';
import { emitJenkinsfiles } from './jenkinsfile/emit.js';
import { emitJobs } from './jobs/emit.js';
import { emitLibrary } from './library/emit.js';
import { emitReleasePipeline } from './release/emit.js';
import type { FileSet } from './types.js';
import { toFileSet } from './types.js';

type Emitter = (plan: Plan) => FileSet;

const EMITTERS: readonly Emitter[] = [emitChartFiles, emitDocs, emitLibrary, emitJenkinsfiles, emitReleasePipeline, emitJobs];

export function emitAll(plan: Plan): FileSet {
  return toFileSet(EMITTERS.flatMap((emit) => emit(plan)));
}
