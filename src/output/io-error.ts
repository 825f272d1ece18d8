// The writer's one error class, in a module of its own: the CLI recognises it on every generate
// and check, and importing it from writer.ts would load the whole writer into an unchanged run
// that its seal answers without writing anything.

/** The disk failed the writer (permissions, full disk): not a bug, and not a problem in the input. */
export class OutputIoError extends Error {
  override name = 'OutputIoError';
}
