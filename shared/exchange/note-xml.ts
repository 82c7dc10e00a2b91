// Notes (memos) in project.qde. A note from another tool keeps what it was written with: its
// GUID's spelling, name, creatingUser, creationDateTime, modifyingUser, modifiedDateTime, its own
// Description and the file its text lived in (origin keys as in origin.ts). Dates and the
// modifying user follow the memo: once it is edited in Mazmun its modifiedDateTime is Mazmun's,
// and the other tool's modifyingUser is no longer written (it did not make that change).
import { asId, normalizeGuid, type CaseId, type CodeId, type DocumentId } from '../model/ids';
import type { Memo, MemoTarget } from '../model/types';
import {
  archiveFileName,
  ASSIGNED,
  DESCRIPTION,
  dateTimeOut,
  guidOut,
  guidSpelling,
  isCanonicalDateTime,
  keepAttributes,
  orderOf,
  originOf,
  SOURCE_ATTRIBUTES,
  TEXT_FILE,
  UPDATED,
} from './origin';
import { internalEntry, parseDateTime, type QdeReadContext } from './qde-context';
import { keepCodingNote } from './coding-note';
import type { NotedCoding } from './qde-read-sources';
import { deriveGuid } from './guid';
import { attr, childNode, childNodes, textOf, type XmlNode } from './xml-read';
import { xmlElement, xmlTextElement } from './xml-write';

/** Origin key: the file gave the note no name (none is written while the title stays empty). */
const NO_NAME = '#absent.name';

function key(raw: string | undefined): string | null {
  return raw === undefined ? null : (normalizeGuid(raw) ?? raw);
}

export interface NoteTargets {
  readonly codes: ReadonlyMap<string, CodeId>;
  readonly documents: ReadonlyMap<string, DocumentId>;
  readonly codings: ReadonlyMap<string, readonly NotedCoding[]>;
  readonly caseIds: ReadonlySet<string>;
}

/** The project's notes as memos; notes on codings become part of the coding's memo. */
export async function readNotes(
  root: XmlNode,
  ctx: QdeReadContext,
  targets: NoteTargets,
): Promise<Memo[]> {
  const projectNotes = new Set(childNodes(root, 'NoteRef').map((r) => key(attr(r, 'targetGUID'))));
  const memos: Memo[] = [];
  for (const [index, n] of childNodes(childNode(root, 'Notes'), 'Note').entries()) {
    const k = key(attr(n, 'guid'));
    let text = textOf(n, 'PlainTextContent');
    const path = attr(n, 'plainTextPath');
    let fromFile: string | undefined;
    if (n.PlainTextContent === undefined && path !== undefined) {
      const entry = internalEntry(path, 'sources');
      const read = entry === null ? null : await ctx.readInternal(entry);
      if (read?.ok) {
        text = read.data;
        fromFile = archiveFileName(path) === null ? undefined : path.trim();
      }
    }
    const guid = attr(n, 'guid');
    const { text: description, meta } = ctx.metas.item('notes', guid, textOf(n, 'Description'));
    const facts = noteFacts(n, ctx.now, {
      [DESCRIPTION]: description,
      [TEXT_FILE]: fromFile,
      ...orderOf(ctx.keepOrder === true, index),
    });
    const codings = k === null ? undefined : targets.codings.get(k);
    if (codings) {
      for (const { coding: c, at } of codings) {
        c.memo = c.memo === '' ? text : `${c.memo}\n\n${text}`;
        // Mazmun's own coding memo (GUID derived from the coding's) is Mazmun's to write again.
        if (k === deriveGuid(c.id, 'coding-memo') || guid === undefined) continue;
        c.origin = keepCodingNote(c, guid.trim(), at, text, facts);
      }
      continue;
    }
    const metaTarget = meta?.target as { kind?: unknown; id?: unknown } | undefined;
    let target: MemoTarget = { kind: 'project' };
    const caseId =
      typeof metaTarget?.id === 'string' ? ctx.guids.lookup('case', metaTarget.id) : undefined;
    const codeId = k === null ? undefined : targets.codes.get(k);
    const docId = k === null ? undefined : targets.documents.get(k);
    if (codeId !== undefined) target = { kind: 'code', id: codeId };
    else if (docId !== undefined) target = { kind: 'document', id: docId };
    else if (metaTarget?.kind === 'case' && caseId !== undefined && targets.caseIds.has(caseId)) {
      target = { kind: 'case', id: asId<'CaseId'>(caseId) as CaseId };
    } else if (k === null || !projectNotes.has(k)) {
      ctx.report.warn('A note attached to nothing Mazmun knows became a project memo');
    }
    const id = ctx.guids.declare('note', guid);
    if (id === null) continue;
    memos.push({
      id: asId<'MemoId'>(id),
      projectId: ctx.projectId,
      target,
      title: facts.title,
      text,
      createdAt: facts.createdAt,
      updatedAt: facts.updatedAt,
      ...originOf({
        ...facts.origin,
        ...guidSpelling(guid, id),
      }),
    });
  }
  ctx.report.mapped.memos = memos.length;
  return memos;
}

export interface NoteFacts {
  readonly title: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** What the note keeps (origin keys): its attributes as written, and what it had not. */
  readonly origin: Record<string, string>;
}

/** A Note element's title, dates and kept attributes; `extra` adds Description and file. */
function noteFacts(n: XmlNode, now: number, extra: Record<string, string | undefined>): NoteFacts {
  const kept = keepAttributes(n, SOURCE_ATTRIBUTES);
  const createdAt = parseDateTime(kept.creationDateTime, now);
  const updatedAt = parseDateTime(kept.modifiedDateTime, createdAt);
  const name = attr(n, 'name');
  const assigned = (k: 'creationDateTime' | 'modifiedDateTime', ms: number) =>
    kept[k] === undefined ? String(ms) : undefined;
  const assignedCreation = assigned('creationDateTime', createdAt);
  const assignedModified = assigned('modifiedDateTime', updatedAt);
  // Mazmun's own spelling of the same instant needs no keeping (its exports stay as they were).
  for (const k of ['creationDateTime', 'modifiedDateTime'] as const) {
    if (isCanonicalDateTime(kept[k])) delete kept[k];
  }
  const origin = originOf({
    ...kept,
    ...extra,
    [NO_NAME]: name === undefined ? 'yes' : undefined,
    [UPDATED]: kept.modifyingUser === undefined ? undefined : String(updatedAt),
    // Dates the file did not give are not written back while they are still the import's.
    [ASSIGNED + 'creationDateTime']: assignedCreation,
    [ASSIGNED + 'modifiedDateTime']: assignedModified,
  }).origin;
  return { title: name ?? '', createdAt, updatedAt, origin: { ...origin } };
}

type NoteMemo = Pick<Memo, 'title' | 'text' | 'createdAt' | 'updatedAt' | 'origin'>;

/** A date the note is written with: none while it is still the one assigned on import. */
function dateOut(memo: NoteMemo, name: string, ms: number): string | undefined {
  if (memo.origin?.[ASSIGNED + name] === String(ms)) return undefined;
  return dateTimeOut(memo.origin?.[name], ms);
}

/**
 * A Note element, and the archive entry holding its text when the note kept one (the text is
 * then written there, not inline, as the other tool wrote it).
 */
export function noteElement(
  guid: string,
  memo: NoteMemo,
): { readonly xml: string; readonly file?: { path: string; text: string } } {
  const o = memo.origin;
  const parts: string[] = [];
  const description = o?.[DESCRIPTION];
  if (description) parts.push(xmlTextElement('Description', description));
  const path = o?.[TEXT_FILE];
  const file = archiveFileName(path);
  if (!file) parts.push(xmlTextElement('PlainTextContent', memo.text));
  // Unchanged since the import: the other tool's modifying user still made the last change.
  const unchanged = o?.[UPDATED] === String(memo.updatedAt);
  const xml = xmlElement(
    'Note',
    {
      guid,
      name: memo.title === '' && o?.[NO_NAME] === 'yes' ? undefined : memo.title,
      ...(file ? { plainTextPath: path } : {}),
      creatingUser: guidOut(o?.creatingUser),
      creationDateTime: dateOut(memo, 'creationDateTime', memo.createdAt),
      modifyingUser: unchanged ? guidOut(o?.modifyingUser) : undefined,
      modifiedDateTime: dateOut(memo, 'modifiedDateTime', memo.updatedAt),
    },
    parts,
  );
  return file ? { xml, file: { path: `sources/${file}`, text: memo.text } } : { xml };
}
