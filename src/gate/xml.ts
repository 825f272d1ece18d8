// A tiny element tree over fast-xml-parser, so report readers walk plain objects. Safety first:
// documents that declare entities, or carry a DTD internal subset at all, are refused outright (no
// billion laughs, no external entities, no attribute defaults). A DOCTYPE that only names an
// external DTD (Cobertura's SYSTEM URL, JaCoCo's PUBLIC "-//JACOCO//DTD Report 1.1//EN"
// "report.dtd") is fine: fast-xml-parser never reads a DTD, and no code here does I/O.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { REPORT_CODES, ReportError } from './report-error.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Concatenated text and CDATA directly inside this element. */
  text: string;
}

type RawNode = Record<string, unknown>;

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  trimValues: false,
  // Entities are decoded below in one pass: fxp leaves numeric references in attributes alone.
  processEntities: false,
});

export function parseXmlDocument(text: string, file: string): XmlElement {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReportError(REPORT_CODES.empty, file, 'the file is empty');
  if (/<!ENTITY/i.test(body)) {
    throw new ReportError(REPORT_CODES.unsafe, file, 'the document declares XML entities; refusing to expand them');
  }
  if (/<!DOCTYPE[^>[]*\[/i.test(prologOf(body))) {
    throw new ReportError(REPORT_CODES.unsafe, file, 'the document carries a DTD internal subset; no report tool writes one, refusing it');
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ReportError(REPORT_CODES.malformed, file, `not well-formed XML: ${msg}`, line ?? 0, col ?? 0);
  }
  let parsed: RawNode[];
  try {
    parsed = parser.parse(body) as RawNode[];
  } catch (error) {
    // The validator lets a few oddities through (e.g. a malformed processing instruction).
    throw new ReportError(REPORT_CODES.malformed, file, `not well-formed XML: ${(error as Error).message}`);
  }
  const roots = parsed.map(toElement).filter((e): e is XmlElement => e !== undefined);
  const root = roots[0];
  if (root === undefined || roots.length !== 1) {
    throw new ReportError(REPORT_CODES.malformed, file, `not well-formed XML: expected one root element, found ${roots.length}`);
  }
  return root;
}

/** Everything before the root element's start tag: where a DOCTYPE may stand. */
function prologOf(body: string): string {
  const root = /<[A-Za-z_:]/.exec(body);
  return root === null ? body : body.slice(0, root.index);
}

function toElement(node: RawNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const rawChildren = node[name] as RawNode[];
  const rawAttributes = (node[':@'] as Record<string, string> | undefined) ?? {};
  const attributes = Object.fromEntries(Object.entries(rawAttributes).map(([key, value]) => [key, decodeEntities(value)]));
  const element: XmlElement = { name, attributes, children: [], text: '' };
  for (const child of rawChildren) {
    if ('#text' in child) element.text += decodeEntities(String(child['#text']));
    else {
      const sub = toElement(child);
      if (sub !== undefined) element.children.push(sub);
    }
  }
  return element;
}

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five predefined entities and character references; anything else is left as written. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]+);/g, (whole, ref: string) => {
    if (!ref.startsWith('#')) return PREDEFINED[ref] ?? whole;
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** A non-negative integer attribute, or undefined when absent or not a number. */
export function countAttribute(element: XmlElement, name: string): number | undefined {
  const raw = element.attributes[name]?.trim();
  if (raw === undefined || !/^\d+$/.test(raw)) return undefined;
  return Number(raw);
}
