// The reference the template compiler (src/render/template-compile.ts) is proven against: the
// Handlebars runtime, configured as gatehouse used it before (strict, no HTML escaping, the same
// escaping helpers). Tests only: the handlebars package is a devDependency.
import Handlebars from 'handlebars';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TEMPLATE_HELPERS } from '../../src/render/template.js';
import { TEMPLATES_DIR } from '../../src/util/paths.js';

const handlebars = Handlebars.create();
for (const [name, helper] of Object.entries(TEMPLATE_HELPERS)) handlebars.registerHelper(name, helper);

/** `source` compiled by Handlebars with the options gatehouse rendered with. */
export function handlebarsTemplate(source: string): (view: unknown) => string {
  return handlebars.compile(source, { strict: true, noEscape: true });
}

const cache = new Map<string, (view: unknown) => string>();

/** templates/`templatePath` rendered by Handlebars. */
export function renderWithHandlebars(templatePath: string, view: unknown): string {
  let template = cache.get(templatePath);
  if (!template) {
    template = handlebarsTemplate(readFileSync(join(TEMPLATES_DIR, templatePath), 'utf8'));
    cache.set(templatePath, template);
  }
  return template(view);
}
