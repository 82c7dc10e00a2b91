// An ordered XML tree with the line of every element and the attributes exactly as written
// (prefixes and xmlns declarations included), for what the object parser (xml-read.ts) drops:
// the schema checks name the line of a fault, and the Project element's own namespace
// declarations are kept on import. Run it only on XML that parseXmlSafely has already accepted
// (well-formed, no DTD, within the limits): it is a tokenizer, not a second parser with defences.
import { decodeXmlEntities } from '../import/xml-entities';

export interface XmlTreeElement {
  /** The name as written, prefix included ("q:Code"). */
  readonly name: string;
  /** Attributes in document order, values decoded. */
  readonly attributes: readonly (readonly [string, string])[];
  readonly children: readonly XmlTreeNode[];
  /** 1-based line of the start tag. */
  readonly line: number;
}

export interface XmlTreeText {
  readonly text: string;
}

export type XmlTreeNode = XmlTreeElement | XmlTreeText;

export function isElement(n: XmlTreeNode): n is XmlTreeElement {
  return 'name' in n;
}

const START = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const END = /<\/([^\s>]+)\s*>/y;

interface Open {
  readonly name: string;
  readonly attributes: (readonly [string, string])[];
  readonly children: XmlTreeNode[];
  readonly line: number;
}

function attributesOf(raw: string): (readonly [string, string])[] {
  const out: (readonly [string, string])[] = [];
  for (const m of raw.matchAll(ATTRIBUTE)) {
    out.push([m[1] as string, decodeXmlEntities(m[2] ?? m[3] ?? '')]);
  }
  return out;
}

/**
 * The root element of `xml` as a tree, or null when the tokenizer cannot follow the markup.
 * With `rootOnly`, the root's start tag alone (no children), read without scanning further.
 */
export function readXmlTree(xml: string, rootOnly = false): XmlTreeElement | null {
  const stack: Open[] = [];
  let root: XmlTreeElement | null = null;
  let i = 0;
  let line = 1;
  let counted = 0;
  const lineAt = (pos: number): number => {
    for (let k = counted; k < pos; k++) if (xml.charCodeAt(k) === 10) line++;
    counted = Math.max(counted, pos);
    return line;
  };
  const addText = (text: string) => {
    const top = stack[stack.length - 1];
    if (top !== undefined && text !== '') top.children.push({ text });
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (lt > i) addText(decodeXmlEntities(xml.slice(i, lt)));
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      if (end < 0) return null;
      i = end + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      if (end < 0) return null;
      addText(xml.slice(lt + 9, end));
      i = end + 3;
    } else if (xml.startsWith('<?', lt)) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return null;
      i = end + 2;
    } else if (xml.startsWith('</', lt)) {
      END.lastIndex = lt;
      const m = END.exec(xml);
      const top = stack.pop();
      if (!m || top === undefined || m[1] !== top.name) return null;
      const done: XmlTreeElement = top;
      const parent = stack[stack.length - 1];
      if (parent) parent.children.push(done);
      else root = done;
      i = END.lastIndex;
      if (root !== null) return root;
    } else {
      START.lastIndex = lt;
      const m = START.exec(xml);
      if (!m) return null;
      const el: Open = {
        name: m[1] as string,
        attributes: attributesOf(m[2] ?? ''),
        children: [],
        line: lineAt(lt),
      };
      i = START.lastIndex;
      if (m[3] === '/' || rootOnly) {
        const parent = stack[stack.length - 1];
        if (parent) parent.children.push(el);
        else return el;
      } else stack.push(el);
    }
  }
  return root;
}
