// Shared by the config tests: fixture locations and validation of in-memory text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseProject } from '../../src/app/load-project.js';
import type { ParsedProject } from '../../src/app/load-project.js';
import { PACKAGE_ROOT, SCHEMAS_DIR } from '../../src/util/paths.js';

export const FIXTURES = join(PACKAGE_ROOT, 'test', 'fixtures');

export const SCHEMA = JSON.parse(readFileSync(join(SCHEMAS_DIR, 'modules.schema.json'), 'utf8')) as Record<string, unknown>;

export function readFixture(kind: 'valid' | 'invalid', name: string): string {
  return readFileSync(join(FIXTURES, kind, name), 'utf8');
}

export function validateText(text: string, name = 'modules.yaml'): ParsedProject {
  return parseProject({ name, text }, SCHEMA);
}

/** The minimal valid fixture with one textual edit; fails loudly when the edit does not apply. */
export function minimalWith(search: string, replacement: string): string {
  const text = readFixture('valid', 'minimal.yaml');
  if (!text.includes(search)) throw new Error(`minimal.yaml does not contain ${JSON.stringify(search)}`);
  return text.replace(search, replacement);
}
