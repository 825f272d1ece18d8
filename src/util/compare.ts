// The one sort order for names and paths in generated output.

/** Code-unit order: the same on every machine and locale, unlike localeCompare. */
export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
