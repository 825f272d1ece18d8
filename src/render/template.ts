// Renders the templates from templates/ (Handlebars syntax, compiled by template-compile.ts, not
// by the Handlebars runtime): strict (a missing field is an error), no HTML escaping, and user
// text can only be printed through a context escaper (groovy, yaml, shell). Templates hold layout
// only; the view model passed in has every value already computed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { TEMPLATES_DIR } from '../util/paths.js';
import { groovyString, shellWord, yamlString } from './escape.js';
import type { CompiledTemplate, TemplateHelpers } from './template-compile.js';
import { compileTemplate } from './template-compile.js';
import { compareCodeUnits } from '../util/compare.js';

const cache = new Map<string, CompiledTemplate>();

function escaper(name: string, escape: (s: string) => string) {
  return (value: unknown): string => {
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`internal: template helper ${name} needs a string, got ${typeof value}`);
    }
    return escape(String(value));
  };
}

/** The escaping helpers every template can call (Handlebars helpers of the same names in the tests' reference). */
export const TEMPLATE_HELPERS: TemplateHelpers = {
  groovy: escaper('groovy', groovyString),
  yaml: escaper('yaml', yamlString),
  shell: escaper('shell', shellWord),
};

/** Reads a template once per process (templates ship with gatehouse; they never change at run time). */
function compiledTemplate(templatePath: string): CompiledTemplate {
  let compiled = cache.get(templatePath);
  if (!compiled) {
    compiled = compileTemplate(templatePath, readFileSync(join(TEMPLATES_DIR, templatePath), 'utf8'), TEMPLATE_HELPERS);
    cache.set(templatePath, compiled);
  }
  return compiled;
}

export type RenderObserver = (templatePath: string, view: object, output: string) => void;

let observer: RenderObserver | undefined;

/**
 * Shows every render (template, view, output) to `next` until called again: the differential test
 * (test/render/template-differential.test.ts) renders the same real views through Handlebars.
 */
export function observeRenders(next: RenderObserver | undefined): void {
  observer = next;
}

/** Renders `templates/<templatePath>` with `view`; throws when the view lacks a field. */
export function renderTemplate(templatePath: string, view: object): string {
  const output = compiledTemplate(templatePath)(view);
  observer?.(templatePath, view, output);
  return output;
}

export interface TemplateFile {
  /** POSIX path relative to the listed folder. */
  path: string;
  content: string;
}

/** Every file under `templates/<folder>`, read verbatim, sorted by path (code-unit order). */
export function readTemplateTree(folder: string): TemplateFile[] {
  const root = join(TEMPLATES_DIR, folder);
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort(compareCodeUnits);
  return files.map((path) => ({ path, content: readFileSync(join(root, path), 'utf8') }));
}
