// YAML structure mistakes in plain words, at the line to change, with a hint; one diagnostic per
// root cause. The codes are the yaml library's (node_modules/yaml/dist/errors.d.ts), provoked
// here by the mistakes people make.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLParseError } from 'yaml';
import { explainYamlError } from '../../src/config/yaml-errors.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { PACKAGE_ROOT } from '../../src/util/paths.js';
import { minimalWith, validateText } from './helpers.js';

type Want = [code: string, line: number, column: number, message: string, hint?: string];

const CASES: [string, string, Want][] = [
  [
    'an over-indented key after a plain value (yaml: BLOCK_AS_IMPLICIT_KEY on the line before)',
    minimalWith('    repository: api\n', '    repository: api\n      version: 1.0.0\n').replace('    version: 1.0.0\n    lead: alice', '    lead: alice'),
    ['GH109', 48, 7, 'the key "version" on line 48 is indented deeper than "repository" on line 47, which already has its value on that line', 'indent it 4 spaces (a key next to "repository" on line 47), or 2 spaces (a key next to "api" on line 45), or 0 spaces (a key next to "modules" on line 44)'],
  ],
  [
    'an over-indented key after a quoted value (yaml: BAD_INDENT)',
    minimalWith("  slack: { channel: '#production', credentialsId: slack-token }\n", "  slack: { channel: '#production', credentialsId: slack-token }\n    library: { name: pipeline, version: v1.0.0, repository: https://github.com/acme/pipeline.git }\n").replace(/\n {2}library: .*\n/, '\n'),
    ['GH109', 8, 5, 'the key "library" on line 8 is indented deeper than "slack" on line 7, which already has its value on that line', 'indent it 2 spaces (a key next to "slack" on line 7), or 0 spaces (a key next to "project" on line 2)'],
  ],
  [
    'an under-indented key (yaml: BAD_INDENT, "All mapping items must start at the same column")',
    minimalWith('    lead: bob', '   lead: bob'),
    ['GH109', 55, 4, 'the key "lead" on line 55 is indented 3 spaces, which lines it up with nothing above it', 'indent it 4 spaces (a key next to "version" on line 54), or 2 spaces (a key next to "store" on line 51), or 0 spaces (a key next to "modules" on line 44)'],
  ],
  [
    'a list item out of line (yaml: BLOCK_AS_IMPLICIT_KEY, "A block sequence may not be used as an implicit map key")',
    'list:\n  - a\n - b\n',
    ['GH109', 3, 2, 'the list item "- b" on line 3 is indented 1 space, which lines it up with nothing above it', 'indent it 2 spaces (an item of the list on line 2)'],
  ],
  [
    'a tab for indentation (yaml: TAB_AS_INDENT)',
    'project:\n\tname: shop\n',
    ['GH109', 2, 1, 'line 2 is indented with a tab', 'indent with spaces; YAML does not allow tabs for indentation'],
  ],
  [
    'a missing colon (yaml: MULTILINE_IMPLICIT_KEY)',
    minimalWith('    lead: alice', '    lead alice'),
    ['GH100', 49, 5, 'line 49 ("lead alice") has no ":", so YAML reads it and the next line as one key', 'write "key: value" with a colon and a space, or, if the line continues the value above, indent it deeper than that key'],
  ],
  [
    'a value with ": " in it (yaml: BLOCK_AS_IMPLICIT_KEY on one line)',
    minimalWith('description: The store.', 'description: Store: the cart'),
    ['GH100', 52, 18, 'the value of "description" contains ": ", so YAML reads it as a second key on the same line', 'quote the value: description: "Store: the cart"'],
  ],
  [
    'an unclosed flow list (yaml: BAD_INDENT "must be sufficiently indented and end with a ]")',
    minimalWith('dependsOn: [store]', 'dependsOn: [store'),
    ['GH100', 50, 16, 'the list "[" opened on line 50 is never closed with "]"', 'close it with "]" on the same line, or indent its continuation lines deeper than the key it belongs to'],
  ],
  [
    'an unclosed quote (yaml: MISSING_CHAR at the end of the file)',
    minimalWith("channel: '#production'", "channel: '#production"),
    ['GH100', 7, 21, 'the single quote that starts here is never closed', "add the closing ' at the end of the value"],
  ],
  [
    'a value starting with @ (yaml: BAD_SCALAR_START)',
    minimalWith('    lead: bob', '    lead: @bob'),
    ['GH100', 55, 11, 'a value cannot start with "@" or "`" unless it is quoted', "quote the value, e.g. '@team'"],
  ],
  [
    'an invalid escape in double quotes (yaml: BAD_DQ_ESCAPE)',
    minimalWith('description: The store.', 'description: "C:\\stores"'),
    ['GH100', 52, 21, 'a double-quoted string holds an invalid escape: Invalid escape sequence \\s', 'write \\\\ for a backslash, or use single quotes, in which a backslash is an ordinary character'],
  ],
  [
    'a second document (yaml: MULTIPLE_DOCS)',
    `${minimalWith('', '')}---\nmore: 1\n`,
    ['GH100', 56, 1, 'a second YAML document starts here ("---"); modules.yaml is a single document', 'remove the `---` line and merge the two documents, or move the second one to its own file'],
  ],
];

describe('config: YAML structure mistakes in plain words', () => {
  for (const [mistake, text, want] of CASES) {
    it(mistake, () => {
      const { diagnostics, config } = validateText(text);
      expect(config).to.equal(undefined);
      // One root cause, one diagnostic: nothing the parser says after it is shown.
      expect(diagnostics.map((d) => [d.code, d.line, d.column, d.message, d.hint])).to.deep.equal([want]);
    });
  }

  it('has plain words, a hint and a catalogued code for every error code the installed yaml library declares', () => {
    const declared = readFileSync(join(PACKAGE_ROOT, 'node_modules/yaml/dist/errors.d.ts'), 'utf8');
    const codes = [...(/type ErrorCode = ([^;]+);/.exec(declared)?.[1] ?? '').matchAll(/'([A-Z_0-9]+)'/g)].map((m) => m[1] ?? '');
    expect(codes).to.include.members(['BAD_INDENT', 'TAB_AS_INDENT', 'RESOURCE_EXHAUSTION']);
    for (const code of codes) {
      const explained = explainYamlError(new YAMLParseError([0, 1], code as never, 'the library detail'), 'a: 1\n');
      expect(explained.code in CODES, code).to.equal(true);
      expect(explained.message, code).to.not.include(code);
      expect(explained.hint, code).to.be.a('string').and.not.equal('');
    }
  });

  it('never shows the parser\'s own jargon', () => {
    for (const [, text] of CASES) {
      for (const d of validateText(text).diagnostics) {
        expect(d.message).to.not.match(/implicit|compact mapping|flow (sequence|map) in block|YAML syntax error/i);
      }
    }
  });
});
