// A ChangeSet lists the rows a command changed, each as (before, after). It is the one currency
// of writes: repositories return it, the in-memory store applies it (the same code path that
// wrote), and undo is the inverted ChangeSet written back in one transaction.
import { appError, type AppError } from '../errors/app-error';
import type { ProjectId } from '../model/ids';
import type { Attribute, Case, Code, Coder, Coding, DocumentMeta, Memo } from '../model/types';
import type { DocumentSet } from '../model/sets';
import { rowToSet, setToRow } from './sets-repo-rows';
import { applyCodingChanges, readCodingsByIds } from './coding-storage';
import { projectTables, type MazmunDb } from './database';
import {
  attributeToRow,
  caseToRow,
  codeToRow,
  coderToRow,
  memoToRow,
  rowToAttribute,
  rowToCase,
  rowToCode,
  rowToCoder,
  rowToDocumentMeta,
  rowToMemo,
} from './mappers';
import { normalizeForSearch } from '../text/persian';
import type { DocumentRow } from './rows';
import { applySearchKeyChanges } from './search-keys';

/** before = null: the row was created; after = null: it was deleted. */
export interface RowChange<T> {
  readonly before: T | null;
  readonly after: T | null;
}

/** A document's text, kept apart from its metadata as in the database. */
export interface DocumentText {
  readonly id: string;
  readonly projectId: ProjectId;
  readonly text: string;
}

export interface ChangeSet {
  readonly documents?: readonly RowChange<DocumentMeta>[];
  readonly documentTexts?: readonly RowChange<DocumentText>[];
  readonly cases?: readonly RowChange<Case>[];
  readonly attributes?: readonly RowChange<Attribute>[];
  readonly codes?: readonly RowChange<Code>[];
  readonly codings?: readonly RowChange<Coding>[];
  readonly memos?: readonly RowChange<Memo>[];
  readonly coders?: readonly RowChange<Coder>[];
  readonly sets?: readonly RowChange<DocumentSet>[];
}

/** What a repository command returns: its result and the rows it changed. */
export interface Changed<T> {
  readonly value: T;
  readonly changes: ChangeSet;
}

/** The tables a ChangeSet can touch. */
export type ChangeTable = keyof ChangeSet;
export const CHANGE_TABLES: readonly ChangeTable[] = [
  'documents',
  'documentTexts',
  'cases',
  'attributes',
  'codes',
  'codings',
  'memos',
  'coders',
  'sets',
];

/** The change that undoes `c`: every row swapped and the order reversed. */
export function invertChanges(c: ChangeSet): ChangeSet {
  const out: Record<string, RowChange<unknown>[]> = {};
  for (const k of CHANGE_TABLES) {
    const list = c[k] as readonly RowChange<unknown>[] | undefined;
    if (list) out[k] = [...list].reverse().map((r) => ({ before: r.after, after: r.before }));
  }
  return out as ChangeSet;
}

/** Both sets of changes, `a`'s first: one undo step for a command made of two writes. */
export function concatChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  const out: Record<string, readonly RowChange<unknown>[]> = {};
  for (const k of CHANGE_TABLES) {
    const list = [
      ...((a[k] ?? []) as readonly RowChange<unknown>[]),
      ...((b[k] ?? []) as readonly RowChange<unknown>[]),
    ];
    if (list.length) out[k] = list;
  }
  return out as ChangeSet;
}

/** Number of row changes in the set (0 = the command changed nothing). */
export function changeCount(c: ChangeSet): number {
  return CHANGE_TABLES.reduce((n, k) => n + (c[k]?.length ?? 0), 0);
}

export function metaToRow(m: DocumentMeta): DocumentRow {
  return { ...m };
}

function idOf(r: RowChange<{ readonly id: string }>): string {
  return (r.after ?? r.before)?.id ?? '';
}

function projectIdOf(c: ChangeSet): ProjectId | null {
  for (const k of CHANGE_TABLES) {
    for (const r of (c[k] ?? []) as readonly RowChange<{ projectId: ProjectId }>[]) {
      const row = r.after ?? r.before;
      if (row) return row.projectId;
    }
  }
  return null;
}

/**
 * Writes the `after` side of every change (deleting rows whose `after` is null) in ONE
 * transaction, and marks the project updated. Used by undo/redo.
 */
export async function applyChanges(db: MazmunDb, c: ChangeSet, now = Date.now()): Promise<void> {
  const tables = [db.projects, ...projectTables(db)];
  await db.transaction('rw', tables, async () => {
    const write = async <T extends { readonly id: string }, R>(
      list: readonly RowChange<T>[] | undefined,
      table: { put(row: R): Promise<unknown>; delete(id: string): Promise<void> },
      toRow: (v: T) => R,
    ) => {
      for (const r of list ?? []) {
        if (r.after) await table.put(toRow(r.after));
        else await table.delete(idOf(r));
      }
    };
    await write(c.documents, db.documents, metaToRow);
    await write(c.documentTexts, db.documentTexts, (t) => ({
      ...t,
      searchText: normalizeForSearch(t.text),
    }));
    await applySearchKeyChanges(db, c.documentTexts);
    await write(c.cases, db.cases, caseToRow);
    await write(c.attributes, db.attributes, attributeToRow);
    await write(c.codes, db.codes, codeToRow);
    await applyCodingChanges(db, c.codings);
    await write(c.memos, db.memos, memoToRow);
    await write(c.coders, db.coders, coderToRow);
    await write(c.sets, db.sets, setToRow);
    const pid = projectIdOf(c);
    if (pid) await db.projects.update(pid, { updatedAt: now });
  });
}

/** Marks the project as changed now; call inside the command's own transaction. */
export async function touchInTx(db: MazmunDb, projectId: string, now = Date.now()): Promise<void> {
  await db.projects.update(projectId, { updatedAt: now });
}

/**
 * The rows with these ids as the database holds them now, as domain values (a document text
 * without its search copy), keyed by id; absent ids are left out. Reads inside the caller's
 * transaction: undo/redo compare them with what this window's history expects.
 */
export async function readCurrentRows(
  db: MazmunDb,
  table: ChangeTable,
  ids: readonly string[],
): Promise<Map<string, unknown>> {
  const out = new Map<string, unknown>();
  const put = <R, T extends { readonly id: string }>(rows: (R | undefined)[], map: (r: R) => T) => {
    for (const r of rows) {
      if (!r) continue;
      const v = map(r);
      out.set(v.id, v);
    }
  };
  switch (table) {
    case 'documents':
      put(await db.documents.bulkGet([...ids]), rowToDocumentMeta);
      break;
    case 'documentTexts':
      put(await db.documentTexts.bulkGet([...ids]), (r) => ({
        id: r.id,
        projectId: r.projectId as ProjectId,
        text: r.text,
      }));
      break;
    case 'cases':
      put(await db.cases.bulkGet([...ids]), rowToCase);
      break;
    case 'attributes':
      put(await db.attributes.bulkGet([...ids]), rowToAttribute);
      break;
    case 'codes':
      put(await db.codes.bulkGet([...ids]), rowToCode);
      break;
    case 'codings':
      put(await readCodingsByIds(db, ids), (r) => r);
      break;
    case 'memos':
      put(await db.memos.bulkGet([...ids]), rowToMemo);
      break;
    case 'coders':
      put(await db.coders.bulkGet([...ids]), rowToCoder);
      break;
    case 'sets':
      put(await db.sets.bulkGet([...ids]), rowToSet);
      break;
  }
  return out;
}

/** How another window got in the way of a write. */
export type Elsewhere = 'changed' | 'deleted' | 'used';

/** The rows whose writes another window can get in the way of, as a refusal names them. */
export type ElsewhereThing =
  'document' | 'case' | 'attribute' | 'code' | 'coder' | 'coding' | 'memo' | 'set';

const NAMED = {
  document: 'store.theDocument',
  case: 'store.theCase',
  attribute: 'store.theAttribute',
  code: 'store.theCode',
  coder: 'store.theCoder',
  coding: 'store.theCoding',
  memo: 'store.theMemo',
  set: 'sets.theSet',
} as const;
const UNNAMED = {
  document: 'store.aDocument',
  case: 'store.aCase',
  attribute: 'store.anAttribute',
  code: 'store.aCode',
  coder: 'store.aCoder',
  coding: 'store.aCoding',
  memo: 'store.aMemo',
  set: 'sets.aSet',
} as const;
const SENTENCE = {
  changed: { undo: 'store.changedElsewhereNoUndo', redo: 'store.changedElsewhereNoRedo' },
  deleted: { undo: 'store.deletedElsewhereNoUndo', redo: 'store.deletedElsewhereNoRedo' },
  used: { undo: 'store.usedElsewhereNoUndo', redo: 'store.usedElsewhereNoRedo' },
} as const;

/**
 * The refusal when another window changed, deleted or started using a row this window is about to
 * write: 'undo'/'redo' for history replays, 'refresh' for a command refused by compare-and-set
 * (only ever 'changed'). The row's name is a parameter of its subject.
 */
export function elsewhereError(
  thing: ElsewhereThing,
  name: string,
  what: Elsewhere,
  outcome: 'undo' | 'redo' | 'refresh',
): AppError {
  const subject = name ? appError(NAMED[thing], { name }) : appError(UNNAMED[thing]);
  const code = outcome === 'refresh' ? 'store.changedElsewhereRefreshed' : SENTENCE[what][outcome];
  return appError(code, { subject });
}

/** Equal as stored data: key order and undefined-valued keys do not matter. */
export function sameRow(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameRow(ra[k], rb[k]));
}

/**
 * Compare-and-set for commands: whether the row as this window last saw it (`seen`) and as the
 * database holds it (`now`) agree on the fields the command is about to set. Only those fields:
 * another window's edit of a different field is kept by the command's write anyway.
 */
export function sameFields<T extends object>(
  seen: T | undefined,
  now: T,
  fields: readonly string[],
): boolean {
  if (!seen) return true;
  const a = seen as Record<string, unknown>;
  const b = now as Record<string, unknown>;
  return fields.every((f) => sameRow(a[f], b[f]));
}
