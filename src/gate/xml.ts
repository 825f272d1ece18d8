// A tiny element tree over fast-xml-parser, so report readers walk plain objects. Safety first:
// documents that declare entities are refused outright (no billion laughs, no external entities);
// a DOCTYPE without an internal subset (Cobertura writes one) is fine, it is never fetched.
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
  processEntities: true,
});

export function parseXmlDocument(text: string, file: string): XmlElement {
  const body = text.replace(/^\uFEFF/, '');
  if (body.trim() === '') throw new ReportError(REPORT_CODES.empty, file, 'the file is empty');
  if (/<!ENTITY/i.test(body)) {
    throw new ReportError(REPORT_CODES.unsafe, file, 'the document declares XML entities; refusing to expand them');
  }
  const valid = XMLValidator.validate(body);
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new ReportError(REPORT_CODES.malformed, file, `not well-formed XML: ${msg}`, line ?? 0, col ?? 0);
  }
  const roots = (parser.parse(body) as RawNode[]).map(toElement).filter((e): e is XmlElement => e !== undefined);
  const root = roots[0];
  if (root === undefined || roots.length !== 1) {
    throw new ReportError(REPORT_CODES.malformed, file, `not well-formed XML: expected one root element, found ${roots.length}`);
  }
  return root;
}

function toElement(node: RawNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ':@' && key !== '#text');
  if (name === undefined) return undefined;
  const rawChildren = node[name] as RawNode[];
  const element: XmlElement = { name, attributes: (node[':@'] as Record<string, string> | undefined) ?? {}, children: [], text: '' };
  for (const child of rawChildren) {
    if ('#text' in child) element.text += String(child['#text']);
    else {
      const sub = toElement(child);
      if (sub !== undefined) element.children.push(sub);
    }
  }
  return element;
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
