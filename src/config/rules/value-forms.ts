// Rules whose per-value form the schema restates, so that editors (yaml-language-server) flag the
// fault while typing. A schema error at one of these places is the same fault the rule finds: the
// rule explains it in its own words and code, so the user sees one diagnostic, the same one with
// or without the schema keyword. These errors leave the data's shape intact, so the semantic
// rules still run after them (see schema-check.ts).
import type { Finding, PathSegment } from '../finding.js';
import { allowDateFinding } from './allow-dates.js';
import { environmentNameFinding, moduleNameFinding, namespaceFinding } from './names.js';
import { freezeDateFinding } from './release-freeze.js';
import { versionFinding } from './versions.js';

export interface ValueFault {
  /** Where the value is in the document (for a property name: the mapping that holds it). */
  path: PathSegment[];
  /** The failing string: the value, or the property name. */
  value: string;
  /** The whole document, for rules that name a sibling value. */
  root: unknown;
}

/** A rule's finding for the fault; `null` when another error on the same value speaks for it. */
type Explain = (fault: ValueFault) => Finding | null | undefined;

const DATE_FORM = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

const moduleName: Explain = ({ value }) => moduleNameFinding(value);
const environmentName: Explain = ({ value }) => environmentNameFinding(value);
const namespace: Explain = ({ path, value }) => namespaceFinding(String(path.at(-2)), value);
const version: Explain = ({ path, value }) => versionFinding(String(path.at(-2)), value);
const expiryDate: Explain = ({ path, value, root }) =>
  // A value not even of the YYYY-MM-DD form is the pattern's error; a well-formed impossible date is the rule's.
  DATE_FORM.test(value) ? allowDateFinding(path, String(valueAt(root, [...path.slice(0, -1), 'id'])), value) : null;
const freezeDate: Explain = ({ path, value }) => (DATE_FORM.test(value) ? freezeDateFinding(path, value) : null);

interface ValueForm {
  /** Document places, as path segments with `*` for any key or index. */
  at: string[];
  /** The schema keywords there that restate the rule (a wrong type stays the schema's fault). */
  keywords: string[];
  explain: Explain;
}

const VALUE_FORMS: readonly ValueForm[] = [
  { at: ['modules'], keywords: ['propertyNames'], explain: moduleName },
  { at: ['environments'], keywords: ['propertyNames'], explain: environmentName },
  { at: ['environments/*/namespace'], keywords: ['pattern', 'maxLength'], explain: namespace },
  { at: ['modules/*/version'], keywords: ['pattern', 'maxLength'], explain: version },
  { at: ['quality/scan/allow/*/expires', 'modules/*/quality/scan/allow/*/expires'], keywords: ['format'], explain: expiryDate },
  { at: ['release/freeze/*/date', 'release/freeze/*/from', 'release/freeze/*/to'], keywords: ['format'], explain: freezeDate },
];

/** The rule that explains a schema error (keyword at a document path), if one owns it. */
export function ruleForSchemaError(keyword: string, path: readonly PathSegment[]): Explain | undefined {
  return VALUE_FORMS.find((form) => form.keywords.includes(keyword) && form.at.some((at) => matches(at, path)))?.explain;
}

function matches(pattern: string, path: readonly PathSegment[]): boolean {
  const parts = pattern.split('/');
  return parts.length === path.length && parts.every((part, i) => part === '*' || part === String(path[i]));
}

function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  return path.reduce<unknown>((node, segment) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[String(segment)] : undefined), root);
}
