// Renders Handlebars templates from templates/: compiled strict (a missing field is an error,
// never an empty string) and without HTML escaping (each output context escapes its own values
// in TypeScript before they reach the view model). Compiled templates are cached per path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../util/paths.js';

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** `templatePath` is relative to templates/, e.g. `docs/README.md.hbs`. */
export function renderTemplate(templatePath: string, view: object): string {
  let template = compiled.get(templatePath);
  if (!template) {
    const source = readFileSync(join(TEMPLATES_DIR, templatePath), 'utf8');
    template = Handlebars.compile(source, { strict: true, noEscape: true });
    compiled.set(templatePath, template);
  }
  return template(view);
}
