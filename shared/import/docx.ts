// Word documents through mammoth. We ask for HTML rather than raw text because raw text drops
// line breaks (<w:br/>) and glues the words either side together; the HTML keeps paragraphs,
// headings, list items and table cells apart, and we flatten it to one paragraph per line.

import mammoth from 'mammoth';
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { openDocumentZip, readXmlPart } from './document-zip';
import { BULLET, noteMarker, numberMarker, withNotes } from './notes';
import { decodeXmlEntities } from './xml-entities';

export interface ExtractedText {
  readonly text: string;
  /** True when the file itself says most paragraphs are right-to-left (w:bidi, style:writing-mode). */
  readonly rtlHint: boolean;
  readonly warnings: readonly string[];
}

const XML_PART = /\.(xml|rels)$/i;

export async function extractDocx(
  name: string,
  bytes: Uint8Array,
  maxExpandedBytes: number,
): Promise<Result<ExtractedText>> {
  const opened = await openDocumentZip(name, bytes, maxExpandedBytes, 'import.notWord');
  if (!opened.ok) return opened;
  // Inflate every XML part mammoth may read under the running cap and the XML limits, so a
  // lying directory or a flood of elements cannot reach mammoth. Media are never read (images
  // are skipped).
  const parts = new Map<string, string>();
  for (const { name: path } of opened.data.zip.entries) {
    if (path.endsWith('/') || !XML_PART.test(path)) continue;
    const r = await readXmlPart(opened.data, path);
    if (!r.ok) return r;
    if (r.data !== null) parts.set(path, r.data);
  }
  const mainPath = mainDocumentPath(parts.get('_rels/.rels'));
  const documentXml = parts.get(mainPath);
  if (documentXml === undefined) return refuse('import.notWord', { file: name });

  let html: string;
  const warnings: string[] = [];
  try {
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`: give both.
    const arrayBuffer = bytes.slice().buffer as ArrayBuffer;
    const input = { arrayBuffer, buffer: bytes } as unknown as { arrayBuffer: ArrayBuffer };
    const result = await mammoth.convertToHtml(input, {
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      ignoreEmptyParagraphs: true,
    });
    html = result.value;
    const images = (html.match(/<img\b/g) ?? []).length;
    if (images > 0) warnings.push(`${images} image(s) were left out: only text is imported`);
  } catch {
    return refuse('import.notWord', { file: name });
  }
  return ok({ text: htmlToText(html), rtlHint: mostParagraphsBidi(documentXml), warnings });
}

/** The officeDocument target of _rels/.rels; Word always writes word/document.xml. */
function mainDocumentPath(rels: string | undefined): string {
  const m = rels?.match(/<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/);
  const target = m?.[0].match(/Target="([^"]+)"/)?.[1];
  return target ? target.replace(/^\//, '') : 'word/document.xml';
}

/** Counts paragraphs whose properties carry <w:bidi/> (or run-level <w:rtl/>). */
export function mostParagraphsBidi(documentXml: string): boolean {
  const paragraphs = documentXml.match(/<w:p[\s>][\s\S]*?<\/w:p>/g) ?? [];
  let text = 0;
  let rtl = 0;
  for (const p of paragraphs) {
    if (!/<w:t[\s>]/.test(p)) continue;
    text++;
    if (/<w:(bidi|rtl)(\s+w:val="(1|true|on)")?\s*\/>/.test(p)) rtl++;
  }
  return text > 0 && rtl * 2 > text;
}

const BLOCK_TAG = /<\/?(p|h[1-6]|li|ul|ol|table|tr|td|th|thead|tbody|blockquote|div)\b[^>]*>/gi;

/** Paragraphs one per line, like .odt and pasted text; empty spacer paragraphs dropped. */
export function joinNonEmptyLines(text: string): string {
  return text
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/**
 * mammoth's HTML to plain text: one block per line, entities decoded, markup gone; list items
 * with their markers and notes in the convention of ./notes.ts. mammoth writes a note reference
 * as <sup><a href="#footnote-ID" id="footnote-ref-ID">[n]</a></sup> and the notes in a final list
 * of <li id="footnote-ID">…<a href="#footnote-ref-ID">↑</a></li>.
 */
export function htmlToText(html: string): string {
  const order = new Map<string, number>();
  const numberOf = (kind: string, id: string): number => {
    const key = `${kind}-${id}`;
    let n = order.get(key);
    if (n === undefined) order.set(key, (n = order.size + 1));
    return n;
  };
  const notes: string[] = [];
  const body = html
    // Back-links ("↑") are navigation, not words.
    .replace(/<a href="#(footnote|endnote)-ref-[^"]*">[\s\S]*?<\/a>/g, '')
    .replace(
      /<sup><a href="#(footnote|endnote)-([^"]+)"[^>]*>[\s\S]*?<\/a><\/sup>/g,
      (_m, kind: string, id: string) => noteMarker(numberOf(kind, id)),
    )
    .replace(/<li id="(footnote|endnote)-([^"]+)">([\s\S]*?)<\/li>/g, (_m, kind, id, note) => {
      notes[numberOf(kind as string, id as string) - 1] = flatten(note as string).replace(
        /\n/g,
        ' ',
      );
      return '';
    });
  return withNotes(
    flatten(withListMarkers(body)),
    Array.from(notes, (n) => n ?? ''),
  );
}

/** Each <li> starts with its marker: "• " in a <ul>, its number in an <ol>. */
function withListMarkers(html: string): string {
  const lists: { numbered: boolean; n: number }[] = [];
  return html.replace(/<(\/?)(ul|ol|li)\b[^>]*>/gi, (tag, close: string, name: string) => {
    const el = name.toLowerCase();
    if (el !== 'li') {
      if (close) lists.pop();
      else lists.push({ numbered: el === 'ol', n: 0 });
      return tag;
    }
    const list = lists[lists.length - 1];
    if (close || !list) return tag;
    list.n++;
    return `${tag}${list.numbered ? numberMarker(list.n) : BULLET}`;
  });
}

/** Blocks one per line, entities decoded, markup gone; a marker stays on its item's line. */
function flatten(html: string): string {
  const text = decodeXmlEntities(
    html
      .replace(/<br\s*\/?>/gi, '\n')
      .replace(/(<li\b[^>]*>(?:• |\d+\. ))((?:\s*<(?:p|h[1-6])\b[^>]*>)+)/gi, '$2$1')
      .replace(BLOCK_TAG, '\n')
      .replace(/<[^>]*>/g, ''),
  );
  return joinNonEmptyLines(text);
}
