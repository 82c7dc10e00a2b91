// OpenDocument text (LibreOffice). content.xml is parsed with entity processing OFF: a
// document can carry a DOCTYPE with entity definitions (billion laughs) or external entities,
// and we expand none of them; only the five XML entities and character references are decoded.

import { XMLParser } from 'fast-xml-parser';
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { joinNonEmptyLines, type ExtractedText } from './docx';
import { BULLET, noteMarker, numberMarker, withNotes } from './notes';
import { openDocumentZip, readXmlPart } from './document-zip';
import { XML_LIMITS } from './input-limits';
import { decodeXmlEntities } from './xml-entities';

type XmlNode = Record<string, unknown> & { ':@'?: Record<string, string> };

/** Elements whose text is not part of the running text: notes, comments, deleted changes. */
const SKIPPED = new Set([
  'office:annotation',
  'text:tracked-changes',
  'office:forms',
  'text:sequence-decls',
]);

export async function extractOdt(
  name: string,
  bytes: Uint8Array,
  maxExpandedBytes: number,
): Promise<Result<ExtractedText>> {
  const opened = await openDocumentZip(name, bytes, maxExpandedBytes, 'import.notOdt');
  if (!opened.ok) return opened;
  const content = await readXmlPart(opened.data, 'content.xml');
  if (!content.ok) return content;
  if (content.data === null) return refuse('import.notOdt', { file: name });
  let tree: XmlNode[];
  try {
    const parser = new XMLParser({
      preserveOrder: true,
      ignoreAttributes: false,
      attributeNamePrefix: '',
      processEntities: false,
      htmlEntities: false,
      trimValues: false,
      parseTagValue: false,
      parseAttributeValue: false,
      // The pre-scan already refused deeper files; the parser's own guard agrees with it.
      maxNestedTags: XML_LIMITS.maxDepth + 1,
    });
    // LibreOffice never writes a DOCTYPE; one here only serves entity tricks, so it goes
    // unread (the parser would otherwise refuse external entities and the file with them).
    const xml = content.data.replace(/<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/i, '');
    tree = parser.parse(xml) as XmlNode[];
  } catch {
    return refuse('import.notOdt', { file: name });
  }
  const paragraphs: string[] = [];
  const walk: Walk = {
    notes: [],
    lists: [],
    marker: null,
    numbered: numberedListStyles(content.data),
  };
  collect(tree, paragraphs, null, walk);
  // Right-to-left paragraph styles say style:writing-mode="rl-tb" (or "rl").
  const rtlStyles = (content.data.match(/style:writing-mode="rl(-tb)?"/g) ?? []).length;
  const ltrStyles = (content.data.match(/style:writing-mode="lr(-tb)?"/g) ?? []).length;
  return ok({
    text: withNotes(joinNonEmptyLines(paragraphs.join('\n')), walk.notes),
    rtlHint: rtlStyles > ltrStyles,
    warnings: [],
  });
}

/** Notes and lists met on the walk (markers in the convention of ./notes.ts). */
interface Walk {
  readonly notes: string[];
  readonly lists: { numbered: boolean; n: number }[];
  /** The marker the next paragraph starts with (the first paragraph of a list item). */
  marker: string | null;
  /** List styles whose first level is numbered (text:list-level-style-number). */
  readonly numbered: ReadonlySet<string>;
}

/** Names of the list styles in content.xml whose level 1 is numbered, not bulleted. */
function numberedListStyles(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(
    /<text:list-style\b[^>]*style:name="([^"]+)"[^>]*>([\s\S]*?)<\/text:list-style>/g,
  )) {
    const first = m[2]?.match(/<text:list-level-style-(number|bullet|image)\b[^>]*text:level="1"/);
    if (first?.[1] === 'number') out.add(m[1] as string);
  }
  return out;
}

/** Walks the ordered tree, appending text to `current` or starting a paragraph at text:p/h. */
function collect(
  nodes: XmlNode[],
  paragraphs: string[],
  current: string[] | null,
  walk: Walk,
): void {
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const value = node[key];
      if (key === '#text') {
        // ODF collapses white space in the XML (extra spaces are written as <text:s/>).
        if (current) current.push(decodeXmlEntities(String(value).replace(/[ \t\r\n]+/g, ' ')));
        continue;
      }
      if (SKIPPED.has(key)) continue;
      const attrs = node[':@'] ?? {};
      const children = Array.isArray(value) ? (value as XmlNode[]) : [];
      if (key === 'text:s') {
        const n = Math.min(Number(attrs['text:c'] ?? 1) || 1, 1000);
        current?.push(' '.repeat(n));
      } else if (key === 'text:tab') {
        current?.push('\t');
      } else if (key === 'text:line-break') {
        current?.push('\n');
      } else if (key === 'text:note') {
        // The citation ("1") is LibreOffice's numbering: replaced by our marker, the body kept.
        const body = children.find((c) => 'text:note-body' in c)?.['text:note-body'];
        const own: string[] = [];
        const saved = walk.marker;
        walk.marker = null;
        collect(Array.isArray(body) ? (body as XmlNode[]) : [], own, null, walk);
        walk.marker = saved;
        walk.notes.push(own.join(' '));
        current?.push(noteMarker(walk.notes.length));
      } else if (key === 'text:list') {
        const style = attrs['text:style-name'];
        const outer = walk.lists[walk.lists.length - 1];
        const numbered =
          style !== undefined ? walk.numbered.has(style) : (outer?.numbered ?? false);
        walk.lists.push({ numbered, n: 0 });
        collect(children, paragraphs, current, walk);
        walk.lists.pop();
      } else if (key === 'text:list-item') {
        const list = walk.lists[walk.lists.length - 1];
        if (list) {
          list.n++;
          walk.marker = list.numbered ? numberMarker(list.n) : BULLET;
        }
        collect(children, paragraphs, current, walk);
        walk.marker = null;
      } else if (key === 'text:p' || key === 'text:h') {
        const own: string[] = walk.marker ? [walk.marker] : [];
        walk.marker = null;
        collect(children, paragraphs, own, walk);
        paragraphs.push(own.join(''));
      } else {
        collect(children, paragraphs, current, walk);
      }
    }
  }
}
