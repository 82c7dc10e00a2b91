// A small XML Schema checker for the REFI-QDA schemas written as tables (project-schema.ts):
// sequences and choices of elements with min/max occurrences, typed attributes, simple-typed text.
// That is all QDA-XML 1.0 uses (no keys, no substitution groups, no wildcards), so `mazmun
// validate` needs no XSD engine, schema file or WebAssembly at run time. The tests hold it to
// xmllint on the official XSD (fixtures/refi-qda/) case by case.
import { isElement, readXmlTree, type XmlTreeElement } from './xml-tree';

export type SimpleType =
  | 'string'
  | 'integer'
  | 'boolean'
  | 'decimal'
  | 'date'
  | 'dateTime'
  | 'guid'
  | 'rgb'
  | { readonly oneOf: readonly string[] };

export type Particle =
  | {
      readonly element: string;
      readonly type: string;
      readonly min: number;
      readonly max: number;
    }
  | { readonly choice: readonly Particle[]; readonly min: number; readonly max: number };

export interface ComplexType {
  /** Attribute name -> [type, required]. */
  readonly attributes: Readonly<Record<string, readonly [SimpleType, boolean]>>;
  /** A sequence of particles (element-only content). */
  readonly content: readonly Particle[];
}

export interface Schema {
  readonly namespace: string;
  readonly root: string;
  readonly rootType: string;
  /** Complex types by name; a type name not here is a simple type of text-only content. */
  readonly types: Readonly<Record<string, ComplexType>>;
  readonly simple: Readonly<Record<string, SimpleType>>;
}

export interface SchemaError {
  readonly line: number;
  readonly path: string;
  readonly message: string;
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const collapse = (v: string) => v.replace(/[\t\n\r ]+/g, ' ').trim();
const GUID =
  /^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|\{[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\})$/;
const RGB = /^#(?:[A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/;
const DATE = /^(-?\d{4,})-(\d{2})-(\d{2})/;
const ZONE = /^(?:Z|[+-](?:(?:0\d|1[0-3]):[0-5]\d|14:00))?$/;
const TIME = /^T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?/;

function dayFits(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

function isDate(v: string, withTime: boolean): boolean {
  const d = DATE.exec(v);
  const year = d?.[1] ?? '';
  // xsd:date years: four digits or more, no leading zero past four, no year 0000 (XSD 1.0).
  if (!d || /^-?0\d{4,}/.test(year) || /^-?0{4}$/.test(year)) return false;
  if (!dayFits(Number(year), Number(d[2]), Number(d[3]))) return false;
  let rest = v.slice(d[0].length);
  if (withTime) {
    const t = TIME.exec(rest);
    if (!t) return false;
    const [h, m, s] = [Number(t[1]), Number(t[2]), Number(t[3])];
    const midnight = h === 24 && m === 0 && s === 0 && !/\.\d*[1-9]/.test(t[0]);
    if (!midnight && (h > 23 || m > 59 || s > 59)) return false;
    rest = rest.slice(t[0].length);
  }
  return ZONE.test(rest);
}

/** Why `raw` is not of `type`, or null when it is. */
export function simpleTypeError(type: SimpleType, raw: string): string | null {
  if (type === 'string') return null;
  const v = collapse(raw);
  if (typeof type === 'object') {
    return type.oneOf.includes(v) ? null : `is not one of ${type.oneOf.join(', ')}`;
  }
  switch (type) {
    case 'guid':
      return GUID.test(v) ? null : 'is not a GUID';
    case 'rgb':
      return RGB.test(v) ? null : 'is not a colour (#rgb or #rrggbb)';
    case 'boolean':
      return /^(?:true|false|1|0)$/.test(v) ? null : 'is not a boolean (true, false, 1, 0)';
    case 'integer':
      return /^[+-]?\d+$/.test(v) ? null : 'is not an integer';
    case 'decimal':
      return /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(v) ? null : 'is not a decimal number';
    case 'date':
      return isDate(v, false) ? null : 'is not a date (yyyy-mm-dd)';
    case 'dateTime':
      return isDate(v, true) ? null : 'is not a date and time (yyyy-mm-ddThh:mm:ss)';
  }
}

interface Scope {
  readonly ns: ReadonlyMap<string, string>;
}

function resolve(qname: string, scope: Scope): { local: string; uri: string | undefined } {
  const at = qname.indexOf(':');
  const prefix = at < 0 ? '' : qname.slice(0, at);
  return { local: at < 0 ? qname : qname.slice(at + 1), uri: scope.ns.get(prefix) };
}

class Checker {
  readonly errors: SchemaError[] = [];
  constructor(private readonly schema: Schema) {}

  private fail(el: XmlTreeElement, path: string, message: string): void {
    this.errors.push({ line: el.line, path, message });
  }

  element(el: XmlTreeElement, typeName: string, outer: Scope, path: string): void {
    const ns = new Map(outer.ns);
    for (const [k, v] of el.attributes) {
      if (k === 'xmlns') ns.set('', v);
      else if (k.startsWith('xmlns:')) ns.set(k.slice(6), v);
    }
    const scope = { ns };
    const here = `${path}/${resolve(el.name, scope).local}`;
    const type = this.schema.types[typeName];
    const ownAttributes = type?.attributes ?? {};
    for (const [k, v] of el.attributes) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (k.includes(':')) {
        if (resolve(k, scope).uri !== XSI) this.fail(el, here, `attribute ${k} is not allowed`);
        continue;
      }
      const spec = ownAttributes[k];
      if (spec === undefined) this.fail(el, here, `attribute ${k} is not allowed`);
      else {
        const bad = simpleTypeError(spec[0], v);
        if (bad) this.fail(el, here, `attribute ${k}="${v}" ${bad}`);
      }
    }
    for (const [k, [, required]] of Object.entries(ownAttributes)) {
      if (required && !el.attributes.some(([name]) => name === k)) {
        this.fail(el, here, `required attribute ${k} is missing`);
      }
    }
    const elements = el.children.filter(isElement);
    if (type === undefined) {
      if (elements.length > 0) return this.fail(el, here, 'holds text only, not elements');
      const text = el.children.map((c) => ('text' in c ? c.text : '')).join('');
      const bad = simpleTypeError(this.schema.simple[typeName] ?? 'string', text);
      if (bad) this.fail(el, here, `its text "${text}" ${bad}`);
      return;
    }
    if (el.children.some((c) => 'text' in c && c.text.trim() !== '')) {
      this.fail(el, here, 'text is not allowed here');
    }
    let i = 0;
    const take = (p: Particle): number => {
      if ('element' in p) {
        let n = 0;
        while (i < elements.length && n < p.max) {
          const child = elements[i] as XmlTreeElement;
          const { local, uri } = resolve(child.name, scope);
          if (local !== p.element || uri !== this.schema.namespace) break;
          this.element(child, p.type, scope, here);
          i++;
          n++;
        }
        if (n < p.min) {
          const what = p.min === 1 ? `a ${p.element}` : `at least ${p.min} ${p.element}`;
          this.fail(el, here, `expected ${what}`);
        }
        return n;
      }
      let rounds = 0;
      while (rounds < p.max && i < elements.length) {
        const before = i;
        const child = elements[i] as XmlTreeElement;
        const { local } = resolve(child.name, scope);
        const option = p.choice.find((o) => 'element' in o && o.element === local);
        if (option === undefined) break;
        take(option);
        if (i === before) break;
        rounds++;
      }
      const emptiable = p.choice.some((o) => o.min === 0);
      if (rounds < p.min && !emptiable) {
        const names = p.choice.map((o) => ('element' in o ? o.element : '…')).join(' or ');
        this.fail(el, here, `expected ${names}`);
      }
      return rounds;
    };
    for (const p of type.content) take(p);
    if (i < elements.length) {
      const extra = elements[i] as XmlTreeElement;
      const { local, uri } = resolve(extra.name, scope);
      const why =
        uri === this.schema.namespace
          ? `${local} is not expected at this position`
          : `${local} is not allowed here (namespace ${uri ?? 'none'})`;
      this.errors.push({ line: extra.line, path: here, message: why });
    }
  }
}

/** Why `xml` does not follow `schema` (empty when it does), in document order. */
export function schemaErrors(xml: string, schema: Schema): SchemaError[] {
  const root = readXmlTree(xml.replace(/^\uFEFF/, ''));
  if (root === null) return [{ line: 1, path: '', message: 'the XML could not be read' }];
  const scope: Scope = { ns: new Map() };
  const ns = new Map<string, string>();
  for (const [k, v] of root.attributes) {
    if (k === 'xmlns') ns.set('', v);
    else if (k.startsWith('xmlns:')) ns.set(k.slice(6), v);
  }
  const { local, uri } = resolve(root.name, { ns });
  if (local !== schema.root || uri !== schema.namespace) {
    const message = `the root element must be ${schema.root} in namespace ${schema.namespace}, not ${local} (namespace ${uri ?? 'none'})`;
    return [{ line: root.line, path: '', message }];
  }
  const checker = new Checker(schema);
  checker.element(root, schema.rootType, scope, '');
  return checker.errors;
}

/** "line 12: /Project/Sources/TextSource: attribute …", the form `mazmun validate` prints. */
export function formatSchemaError(e: SchemaError): string {
  return `line ${e.line}: ${e.path ? `${e.path}: ` : ''}${e.message}`;
}
