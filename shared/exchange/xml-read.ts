// Reading untrusted XML (REFI-QDA files come from other programs and from strangers).
// First a single-pass scan enforces the hard limits (elements, depth, names, attribute and text
// lengths: shared/import/xml-scan.ts) so no parser sees a file that would cost minutes and
// gigabytes. Entity processing stays off in the parser; a document that declares a DTD or
// entities is refused outright (XXE, billion laughs) rather than parsed with a "safe" subset.
// The five predefined entities and numeric character references need no DTD: decoded here.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { XML_LIMITS, type XmlLimits } from '../import/input-limits';
import { decodeXmlEntities } from '../import/xml-entities';
import { scanXmlText } from '../import/xml-scan';
import { refuse, refuseWith } from '../errors';
import { ok, type Result } from '../model/snapshot';

export type XmlNode = { readonly [key: string]: unknown };

function escapeForText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export interface ParseXmlOptions {
  /** How limit refusals name the file ("project.qde"); "The XML" when absent. */
  readonly what?: string;
  /** True when the caller already scanned these very bytes while reading them. */
  readonly scanned?: boolean;
  readonly limits?: XmlLimits;
}

/**
 * Parses `xml` into plain objects: namespace prefixes removed, attributes as plain keys, text
 * as '#text' (or the value itself for text-only elements), elements named in `arrayTags`
 * always arrays. Refuses DTDs, malformed documents and documents past the XML limits with a
 * reason; never throws.
 */
export function parseXmlSafely(
  xml: string,
  arrayTags: readonly string[],
  options: ParseXmlOptions = {},
): Result<XmlNode> {
  const head = xml.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE/i.test(head) || /<!ENTITY/i.test(head)) return refuse('import.xmlDoctype');
  const limits = options.limits ?? XML_LIMITS;
  if (options.scanned !== true) {
    const over = scanXmlText(head, options.what ?? null, { doctype: 'skip', limits });
    if (over !== null) return refuseWith(over);
  }
  // CDATA becomes escaped text first, so that one decoder handles every text node.
  const text = head.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, inner: string) =>
    escapeForText(inner),
  );
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    return refuse('exchange.xmlMalformed', { line: valid.err.line, detail: valid.err.msg });
  }
  const arraySet = new Set(arrayTags);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    // The scan already refused deeper files; the parser's own guard agrees with it.
    maxNestedTags: limits.maxDepth + 1,
    isArray: (name) => arraySet.has(name),
    tagValueProcessor: (_tag, value) => decodeXmlEntities(value),
    attributeValueProcessor: (_attr, value) => decodeXmlEntities(value),
  });
  try {
    return ok(parser.parse(text) as XmlNode);
  } catch (e) {
    return refuse('exchange.xmlUnreadable', { detail: e instanceof Error ? e.message : String(e) });
  }
}

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The child element(s) `name` of `node`, always as an array of element objects. */
export function childNodes(node: XmlNode | undefined, name: string): XmlNode[] {
  const v = node?.[name];
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : [v];
  // A text-only element parses as a string; wrap it so callers see one shape.
  return list.map((x) => (isNode(x) ? x : { '#text': typeof x === 'string' ? x : '' }));
}

export function childNode(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return childNodes(node, name)[0];
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const v = node?.[name];
  return typeof v === 'string' ? v : undefined;
}

/** Text content of an element (or of child `name` when given); '' when absent. */
export function textOf(node: XmlNode | undefined, name?: string): string {
  if (node === undefined) return '';
  const target = name === undefined ? node : node[name];
  if (target === undefined || target === null) return '';
  if (typeof target === 'string') return target;
  const first = Array.isArray(target) ? target[0] : target;
  if (typeof first === 'string') return first;
  if (isNode(first)) {
    const t = first['#text'];
    return typeof t === 'string' ? t : '';
  }
  return '';
}
