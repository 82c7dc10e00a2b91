// The REFI-QDA Codebook schema (fixtures/refi-qda/Codebook.xsd, urn:QDA-XML:codebook:1.0) as
// code: `mazmun validate` holds a .qdc to it without an XSD engine at run time (the CLI ships no
// schema files and no WebAssembly). qdc-schema.test.ts checks it agrees with xmllint on the
// real XSD. Run it only on XML the safe reader (parseXmlSafely) has already accepted.
import { XMLParser } from 'fast-xml-parser';
import { CODEBOOK_NS } from './format';

type Particle = readonly [name: string, min: number, max: number];
type AttrType = 'string' | 'guid' | 'boolean' | 'rgb';

interface ElementRule {
  readonly attributes: Readonly<Record<string, readonly [AttrType, 'required' | 'optional']>>;
  /** The sequence of child elements; null for text-only (xsd:string) elements. */
  readonly children: readonly Particle[] | null;
}

const MANY = Infinity;
const RULES: Readonly<Record<string, ElementRule>> = {
  CodeBook: {
    attributes: { origin: ['string', 'optional'] },
    children: [
      ['Codes', 1, 1],
      ['Sets', 0, 1],
    ],
  },
  Codes: { attributes: {}, children: [['Code', 1, MANY]] },
  Code: {
    attributes: {
      guid: ['guid', 'required'],
      name: ['string', 'required'],
      isCodable: ['boolean', 'required'],
      color: ['rgb', 'optional'],
    },
    children: [
      ['Description', 0, 1],
      ['Code', 0, MANY],
    ],
  },
  Sets: { attributes: {}, children: [['Set', 1, MANY]] },
  Set: {
    attributes: { guid: ['guid', 'required'], name: ['string', 'required'] },
    children: [
      ['Description', 0, 1],
      ['MemberCode', 0, MANY],
    ],
  },
  MemberCode: { attributes: { guid: ['guid', 'required'] }, children: [] },
  Description: { attributes: {}, children: null },
};

// xsd:token values are whitespace-collapsed before the pattern applies.
const collapse = (v: string) => v.replace(/[\t\n\r ]+/g, ' ').trim();
const GUID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const RGB = /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const BOOLEAN = /^(?:true|false|1|0)$/;

function typeError(type: AttrType, value: string): string | null {
  const v = collapse(value);
  if (type === 'guid' && !GUID.test(v)) return 'is not a GUID';
  if (type === 'rgb' && !RGB.test(v)) return 'is not a colour (#rgb or #rrggbb)';
  if (type === 'boolean' && !BOOLEAN.test(v)) return 'is not a boolean (true, false, 1, 0)';
  return null;
}

type Ordered = Record<string, unknown> & { ':@'?: Record<string, string> };

function nameOf(node: Ordered): string {
  return Object.keys(node).find((k) => k !== ':@') ?? '';
}

interface Scope {
  readonly ns: ReadonlyMap<string, string>;
}

/** Splits "p:Local" and resolves p (or the default namespace) in scope. */
function resolve(qname: string, scope: Scope): { local: string; uri: string | undefined } {
  const at = qname.indexOf(':');
  const prefix = at < 0 ? '' : qname.slice(0, at);
  return { local: at < 0 ? qname : qname.slice(at + 1), uri: scope.ns.get(prefix) };
}

function check(node: Ordered, outer: Scope, path: string, errors: string[]): void {
  const qname = nameOf(node);
  const attrs = node[':@'] ?? {};
  const ns = new Map(outer.ns);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'xmlns') ns.set('', v);
    else if (k.startsWith('xmlns:')) ns.set(k.slice(6), v);
  }
  const scope = { ns };
  const { local, uri } = resolve(qname, scope);
  const here = `${path}/${local}`;
  const rule = RULES[local];
  if (uri !== CODEBOOK_NS || rule === undefined) {
    errors.push(`${here}: element not allowed here (namespace ${uri ?? 'none'})`);
    return;
  }
  for (const [k, v] of Object.entries(attrs)) {
    if (k === 'xmlns' || k.startsWith('xmlns:') || k.startsWith('xsi:')) continue;
    const spec = rule.attributes[k];
    if (spec === undefined) errors.push(`${here}: attribute ${k} is not allowed`);
    else {
      const bad = typeError(spec[0], v);
      if (bad) errors.push(`${here}: attribute ${k}="${v}" ${bad}`);
    }
  }
  for (const [k, [, use]] of Object.entries(rule.attributes)) {
    if (use === 'required' && attrs[k] === undefined) {
      errors.push(`${here}: required attribute ${k} is missing`);
    }
  }
  const content = (node[qname] ?? []) as Ordered[];
  const elements = content.filter((c) => nameOf(c) !== '#text' && nameOf(c) !== '#comment');
  if (rule.children === null) {
    if (elements.length > 0) errors.push(`${here}: holds text only, not elements`);
    return;
  }
  const text = content.some((c) => nameOf(c) === '#text' && String(c['#text']).trim() !== '');
  if (text) errors.push(`${here}: text is not allowed here`);
  let i = 0;
  for (const [name, min, max] of rule.children) {
    let n = 0;
    while (i < elements.length && n < max) {
      const child = elements[i] as Ordered;
      if (resolve(nameOf(child), scope).local !== name) break;
      check(child, scope, here, errors);
      i++;
      n++;
    }
    if (n < min) errors.push(`${here}: expected ${min === 1 ? 'a' : `at least ${min}`} ${name}`);
  }
  if (i < elements.length) {
    const extra = resolve(nameOf(elements[i] as Ordered), scope).local;
    errors.push(`${here}: ${extra} is not expected at this position`);
  }
}

/** Why `xml` is not a valid REFI-QDA codebook (empty when it is one). */
export function codebookSchemaErrors(xml: string): string[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    commentPropName: '#comment',
  });
  let doc: Ordered[];
  try {
    doc = parser.parse(xml.replace(/^\uFEFF/, '')) as Ordered[];
  } catch (e) {
    return [e instanceof Error ? e.message : String(e)];
  }
  const roots = doc.filter((n) => !['#text', '#comment', '?xml'].includes(nameOf(n)));
  if (roots.length !== 1) return ['the document must have exactly one root element'];
  const errors: string[] = [];
  const root = roots[0] as Ordered;
  if (resolve(nameOf(root), { ns: new Map() }).local !== 'CodeBook') {
    return [`the root element must be CodeBook, not ${nameOf(root)}`];
  }
  check(root, { ns: new Map() }, '', errors);
  return errors;
}
