import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderTemplate } from '../../src/render/template.js';
import { TEMPLATES_DIR } from '../../src/util/paths.js';

const OURS = ['jenkinsfile', 'jobs', 'library'];

function templateFiles(): string[] {
  return OURS.flatMap((folder) =>
    readdirSync(join(TEMPLATES_DIR, folder), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && e.name.endsWith('.hbs'))
      .map((e) => join(e.parentPath, e.name)),
  );
}

/**
 * What a template may print: an escaping helper (groovy, yaml, shell) applied to a value, or a
 * view-model field that TypeScript already built from escaped parts (named *Groovy), constant
 * text (*Text) or a number (*Number). Block tags only structure.
 */
function allowedMustache(inner: string): boolean {
  const body = inner.trim();
  if (/^[#/]/.test(body) || body === 'else') return true;
  const [first, ...rest] = body.split(/\s+/);
  if (['groovy', 'yaml', 'shell'].includes(first!) && rest.length === 1) return true;
  if (rest.length > 0) return false;
  return first === 'this' || /(Groovy|Text|Number)$/.test(first!.replace(/^@root\./, ''));
}

describe('render/template', () => {
  it('fails on a field the view does not have (strict mode)', () => {
    expect(() => renderTemplate('jobs/seed.groovy.hbs', { headerText: '' })).to.throw(/folderGroovy/);
  });

  it('prints user data only through an escaping helper or pre-escaped *Groovy fields', () => {
    const files = templateFiles();
    expect(files.length).to.be.greaterThan(3);
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(/\{\{\{?([^}]*)\}?\}\}/g)) {
        expect(allowedMustache(match[1]!), `${file}: {{${match[1]}}}`).to.equal(true);
      }
    }
  });

  it('escapes through the groovy and yaml helpers', () => {
    for (const group of ['build', 'deploy']) {
      const text = renderTemplate(`library/resources/gatehouse/pods/${group}.yaml.hbs`, {
        agents: { build: "a'b", helm: 'x\ny', scanner: '#c', node: '"d"' },
      });
      expect(text).to.contain('image: "x\\ny"');
      expect(text).to.contain('image: "\\"d\\""');
      if (group === 'build') expect(text).to.contain('image: "a\'b"');
    }
    const groovy = renderTemplate('library/vars/gatehouseProject.groovy.hbs', {
      name: "it's", dockerRegistry: '\\u0027', dockerNamespace: 'n', dockerCredentialsId: 'c',
      chartsRepository: 'r', chartsCredentialsId: 'c', slackChannel: '#p', slackCredentialsId: 's', githubCredentialsId: "g'h",
    });
    expect(groovy).to.contain("name: 'it\\'s',");
    expect(groovy).to.contain("dockerRegistry: '\\\\u0027',");
    expect(groovy).to.contain("githubCredentialsId: 'g\\'h',");
  });
});
