// Writing XML by hand: the documents are simple and a builder dependency would add nothing.
// XML 1.0 cannot carry most C0 control characters at all, even escaped: they are dropped.

// eslint-disable-next-line no-control-regex
const INVALID_XML_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

export function escapeXmlText(value: string): string {
  return value
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

export function escapeXmlAttr(value: string): string {
  // Newlines and tabs in attributes would be normalized to spaces by any reader: keep them.
  return escapeXmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

export type XmlAttrs = Readonly<Record<string, string | number | boolean | undefined | null>>;

function attrsToString(attrs: XmlAttrs): string {
  let out = '';
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null) continue;
    out += ` ${k}="${escapeXmlAttr(String(v))}"`;
  }
  return out;
}

/** An element: children are already-serialized XML strings; empty children give `<x/>`. */
export function xmlElement(
  name: string,
  attrs: XmlAttrs,
  children: readonly string[] = [],
): string {
  const open = `<${name}${attrsToString(attrs)}`;
  return children.length === 0 ? `${open}/>` : `${open}>${children.join('')}</${name}>`;
}

/** An element holding text only. */
export function xmlTextElement(name: string, text: string, attrs: XmlAttrs = {}): string {
  return `<${name}${attrsToString(attrs)}>${escapeXmlText(text)}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

export function isoDateTime(ms: number): string | undefined {
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

/** A decimal string without exponent notation (xsd:decimal forbids "1e21"). */
export function toDecimalString(n: number): string {
  const s = String(n);
  if (!/e/i.test(s)) return s;
  const [mantissa = '0', expPart = '0'] = s.toLowerCase().split('e');
  const exp = Number(expPart);
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace('-', '');
  const [intPart = '0', fracPart = ''] = digits.split('.');
  const all = intPart + fracPart;
  const point = intPart.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${all}`;
  else if (point >= all.length) out = all + '0'.repeat(point - all.length);
  else out = `${all.slice(0, point)}.${all.slice(point)}`;
  return (negative ? '-' : '') + out;
}
