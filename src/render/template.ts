// Renders Handlebars templates from templates/: strict (a missing field is an error), no HTML
// escaping, and user text can only be printed through a context escaper (groovy, yaml, shell).
// Templates hold layout only; the view model passed in has every value already computed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../util/paths.js';
import { groovyString, shellWord, yamlString } from './escape.js';
import { compareCodeUnits } from '../util/compare.js';

type Compiled = (view: object) => string;

const handlebars = Handlebars.create();
const cache = new Map<string, Compiled>();

function escaper(name: string, escape: (s: string) => string) {
  return (value: unknown): string => {
    if (typeof value !== 'string' && typeof value !== 'number') {
      throw new Error(`internal: template helper ${name} needs a string, got ${typeof value}`);
    }
    return escape(String(value));
  };
}

handlebars.registerHelper('groovy', escaper('groovy', groovyString));
handlebars.registerHelper('yaml', escaper('yaml', yamlString));
handlebars.registerHelper('shell', escaper('shell', shellWord));

/** Reads a template once per process (templates ship with gatehouse; they never change at run time). */
function compiledTemplate(templatePath: string): Compiled {
  let compiled = cache.get(templatePath);
  if (!compiled) {
    const source = readFileSync(join(TEMPLATES_DIR, templatePath), 'utf8');
    const template = handlebars.compile(source, { strict: true, noEscape: true });
    compiled = (view) => template(view);
    cache.set(templatePath, compiled);
  }
  return compiled;
}

/** Renders `templates/<templatePath>` with `view`; throws when the view lacks a field. */
export function renderTemplate(templatePath: string, view: object): string {
  return compiledTemplate(templatePath)(view);
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
