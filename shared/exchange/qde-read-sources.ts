// Text sources and their coded selections. Only plain text maps onto a Mazmun document; other
// source kinds are reported as skipped. Positions are code points (REFI-QDA) and become
// UTF-16 offsets (Mazmun) in one pass per document.
import { documentTooLongReason, MAX_TEXT_UNITS } from '../import/input-limits';
import { asId, normalizeGuid, type CodeId, type CoderId, type DocumentId } from '../model/ids';
import type { Coding, Direction, Document } from '../model/types';
import { looksRightToLeft } from '../text/persian';
import { codePointLength, codePointToUtf16Many } from '../text/offsets';
import {
  archiveFileName,
  ASSIGNED,
  DESCRIPTION,
  guidSpelling,
  INLINE,
  isCanonicalDateTime,
  keepAttributes,
  orderOf,
  originOf,
  SOURCE_ATTRIBUTES,
  TEXT_FILE,
} from './origin';
import {
  internalEntry,
  parseDateTime,
  parseInteger,
  type Mutable,
  type QdeReadContext,
} from './qde-context';
import { codingOrigin } from './selection-xml';
import { attr, childNodes, textOf, type XmlNode } from './xml-read';

export interface ReadSourcesResult {
  readonly documents: Mutable<Document>[];
  readonly codings: Mutable<Coding>[];
  /** Normalized note GUID -> the codings it annotates, and where its NoteRef was. */
  readonly codingNotes: Map<string, NotedCoding[]>;
  /** Normalized note GUID -> the document it annotates. */
  readonly documentNotes: Map<string, DocumentId>;
}

export interface NotedCoding {
  readonly coding: Mutable<Coding>;
  readonly at: 'selection' | 'coding';
}

const OTHER_KINDS = ['PictureSource', 'PDFSource', 'AudioSource', 'VideoSource'] as const;

function noteKey(raw: string | undefined): string | null {
  return raw === undefined ? null : (normalizeGuid(raw) ?? raw);
}

async function sourceText(node: XmlNode, ctx: QdeReadContext): Promise<string | null> {
  const text = await sourceTextUnchecked(node, ctx);
  // Every offset into a document must fit the limit: a longer text is left out, and said.
  if (text !== null && text.length > MAX_TEXT_UNITS) {
    ctx.report.skip('TextSource', documentTooLongReason('its text'));
    return null;
  }
  return text;
}

async function sourceTextUnchecked(node: XmlNode, ctx: QdeReadContext): Promise<string | null> {
  const what = 'TextSource';
  if (node.PlainTextContent !== undefined) return textOf(node, 'PlainTextContent');
  const path = attr(node, 'plainTextPath');
  if (path === undefined) {
    const why = attr(node, 'richTextPath')
      ? 'it has only rich text (e.g. .docx); Mazmun imports the plain-text version'
      : 'it has no text';
    ctx.report.skip(what, why);
    return null;
  }
  const entry = internalEntry(path, 'sources');
  if (entry === null) {
    ctx.report.skip(what, 'its text file lies outside the archive (not internal://)');
    return null;
  }
  const read = await ctx.readInternal(entry);
  if (!read.ok) {
    ctx.report.skip(what, read.reason);
    return null;
  }
  return read.data;
}

/** Where the source's text was (inline or which file), and whether it had a creation date. */
function textPlace(
  node: XmlNode,
  id: string,
  createdAt: number,
): Record<string, string | undefined> {
  const inline = node.PlainTextContent !== undefined;
  const path = attr(node, 'plainTextPath')?.trim();
  // Mazmun's own file name for the text is Mazmun's to write again: nothing to keep.
  const own = path === `internal://${id}.txt`;
  return {
    [INLINE]: inline ? 'yes' : undefined,
    [TEXT_FILE]: !inline && !own && archiveFileName(path) !== null ? path : undefined,
    [ASSIGNED + 'creationDateTime']:
      attr(node, 'creationDateTime') === undefined ? String(createdAt) : undefined,
  };
}

function direction(meta: Record<string, unknown> | null, text: string): Direction {
  const d = meta?.direction;
  if (d === 'rtl' || d === 'ltr' || d === 'auto') return d;
  return looksRightToLeft(text) ? 'rtl' : 'ltr';
}

export async function readSources(
  sources: XmlNode | undefined,
  ctx: QdeReadContext,
): Promise<ReadSourcesResult> {
  const { report, guids } = ctx;
  const out: ReadSourcesResult = {
    documents: [],
    codings: [],
    codingNotes: new Map(),
    documentNotes: new Map(),
  };
  for (const kind of OTHER_KINDS) {
    report.skip(kind, 'Mazmun imports text sources only', childNodes(sources, kind).length);
  }
  for (const node of childNodes(sources, 'TextSource')) {
    const text = await sourceText(node, ctx);
    if (text === null) continue;
    const rawId = guids.declare('source', attr(node, 'guid'));
    if (rawId === null) {
      report.skip('TextSource', 'the same GUID was declared twice');
      continue;
    }
    const id = asId<'DocumentId'>(rawId);
    const createdAt = parseDateTime(attr(node, 'creationDateTime'), ctx.now);
    const guid = attr(node, 'guid');
    const { text: description, meta } = ctx.metas.item(
      'documents',
      guid,
      textOf(node, 'Description'),
    );
    const name = attr(node, 'name')?.trim();
    const kept = keepAttributes(node, SOURCE_ATTRIBUTES);
    if (isCanonicalDateTime(kept.creationDateTime)) delete kept.creationDateTime;
    const title = name || `Document ${out.documents.length + 1}`;
    out.documents.push({
      id,
      projectId: ctx.projectId,
      title,
      text,
      direction: direction(meta, text),
      caseId: null,
      createdAt,
      ...originOf({
        ...kept,
        [DESCRIPTION]: description,
        [ASSIGNED + 'name']: name ? undefined : title,
        ...guidSpelling(guid, id),
        ...textPlace(node, id, createdAt),
        ...orderOf(ctx.keepOrder === true, out.documents.length),
      }),
    });
    report.mapped.documents++;
    for (const ref of childNodes(node, 'NoteRef')) {
      const key = noteKey(attr(ref, 'targetGUID'));
      if (key !== null) out.documentNotes.set(key, id);
    }
    report.skip(
      'Coding',
      'codes applied to a whole source are not imported',
      childNodes(node, 'Coding').length,
    );
    report.skip(
      'VariableValue',
      'variables of sources are not imported (Mazmun keeps attributes on cases)',
      childNodes(node, 'VariableValue').length,
    );
    readSelections(node, text, id, createdAt, ctx, out);
  }
  return out;
}

function readSelections(
  node: XmlNode,
  text: string,
  documentId: DocumentId,
  docCreatedAt: number,
  ctx: QdeReadContext,
  out: ReadSourcesResult,
): void {
  const { report, guids } = ctx;
  const length = codePointLength(text);
  const valid: { sel: XmlNode; start: number; end: number }[] = [];
  for (const sel of childNodes(node, 'PlainTextSelection')) {
    const start = parseInteger(attr(sel, 'startPosition'));
    const end = parseInteger(attr(sel, 'endPosition'));
    if (start === null || end === null || start < 0 || end > length || start >= end) {
      report.skip(
        'PlainTextSelection',
        'its positions are missing, empty or outside the text',
        Math.max(1, childNodes(sel, 'Coding').length),
      );
      continue;
    }
    valid.push({ sel, start, end });
  }
  const offsets = codePointToUtf16Many(
    text,
    valid.flatMap((v) => [v.start, v.end]),
  );
  valid.forEach(({ sel }, k) => {
    const selNotes = childNodes(sel, 'NoteRef').map((r) => noteKey(attr(r, 'targetGUID')));
    for (const c of childNodes(sel, 'Coding')) {
      const codeRef = attr(childNodes(c, 'CodeRef')[0], 'targetGUID');
      const codeId = guids.lookup('code', codeRef);
      if (codeId === undefined) {
        report.skip('Coding', 'it refers to a code that is not in the codebook');
        continue;
      }
      const id = guids.declare('coding', attr(c, 'guid'));
      if (id === null) {
        report.skip('Coding', 'the same GUID was declared twice');
        continue;
      }
      const user = guids.lookup('user', attr(c, 'creatingUser') ?? attr(sel, 'creatingUser'));
      const when = attr(c, 'creationDateTime') ?? attr(sel, 'creationDateTime');
      const kept = codingOrigin(sel, c, id, when === undefined);
      const coding: Mutable<Coding> = {
        id: asId<'CodingId'>(id),
        projectId: ctx.projectId,
        documentId,
        codeId: asId<'CodeId'>(codeId) as CodeId,
        start: offsets[2 * k] ?? 0,
        end: offsets[2 * k + 1] ?? 0,
        coderId: user === undefined ? null : (asId<'CoderId'>(user) as CoderId),
        memo: '',
        createdAt: parseDateTime(when, docCreatedAt),
        ...originOf(kept),
      };
      out.codings.push(coding);
      report.mapped.codings++;
      const notes = [
        ...selNotes.map((key) => [key, 'selection'] as const),
        ...childNodes(c, 'NoteRef').map((r) => [noteKey(attr(r, 'targetGUID')), 'coding'] as const),
      ];
      for (const [key, at] of notes) {
        if (key === null) continue;
        out.codingNotes.set(key, [...(out.codingNotes.get(key) ?? []), { coding, at }]);
      }
    }
  });
}
