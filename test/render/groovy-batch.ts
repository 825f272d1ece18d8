// Property-test batches for Groovy 2.4: many cases compiled and run as one script in the harness
// JVM (test/harness/groovy-process.ts), so thousands of cases cost one JVM, not thousands.
import { callHarness } from '../harness/groovy-process.js';

export type GroovyOutcome = { value: unknown } | { error: string };

/** Compiles and runs each script in the harness JVM; what each returned, or its error. */
export async function evaluateGroovy(scripts: readonly string[], classpath: readonly string[] = []): Promise<GroovyOutcome[]> {
  const request = { scripts: scripts.map((text, i) => ({ name: `PropertyBatch${i}.groovy`, text })), classpath };
  const { results } = await callHarness<{ results: GroovyOutcome[] }>('evaluate', request);
  return results;
}

/** Groovy source: `hex(s)` writes a string's UTF-16 code units in hex, comma-terminated. */
export const GROOVY_HEX = 'static String hex(String s) { StringBuilder b = new StringBuilder(); ' +
  "for (int i = 0; i < s.length(); i++) { b.append(Integer.toHexString((int) s.charAt(i))).append(',') }; b.toString() }";

/** The same encoding in TypeScript (an encoding-proof way to compare strings across the pipe). */
export function hex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += s.charCodeAt(i).toString(16) + ',';
  return out;
}

export function fromHex(text: string): string {
  return text.split(',').filter((part) => part !== '').map((part) => String.fromCharCode(parseInt(part, 16))).join('');
}
