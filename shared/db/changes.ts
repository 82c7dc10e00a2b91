// A ChangeSet lists the rows a command changed, each as (before, after). It is the one currency
// of writes: repositories return it, the in-memory store applies it (the same code path that
// wrote), and undo is the inverted ChangeSet written back in one transaction.
import type { ProjectId } from '../model/ids';
import type { Attribute, Case, Code, Coder, Coding, DocumentMeta, Memo } from '../model/types';
import { applyCodingChanges } from './coding-storage';
import { projectTables, type MazmunDb } from './database';
import {
  attributeToRow,
  caseToRow,
  codeToRow,
  coderToRow,
  memoToRow,
} from './mappers';
import { normalizeForSearch } from '../text/persian';
import type { DocumentRow } from './rows';

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
}

/** What a repository command returns: its result and the rows it changed. */
export interface Changed<T> {
  readonly value: T;
  readonly changes: ChangeSet;
}

type Key = keyof ChangeSet;
const KEYS: readonly Key[] = [
  'documents',
  'documentTexts',
  'cases',
  'attributes',
  'codes',
  'codings',
  'memos',
  'coders',
];

/** The change that undoes `c`: every row swapped and the order reversed. */
export function invertChanges(c: ChangeSet): ChangeSet {
  const out: Record<string, RowChange<unknown>[]> = {};
  for (const k of KEYS) {
    const list = c[k] as readonly RowChange<unknown>[] | undefined;
    if (list) out[k] = [...list].reverse().map((r) => ({ before: r.after, after: r.before }));
  }
  return out as ChangeSet;
}

/** Both sets of changes, `a`'s first: one undo step for a command made of two writes. */
export function concatChanges(a: ChangeSet, b: ChangeSet): ChangeSet {
  const out: Record<string, readonly RowChange<unknown>[]> = {};
  for (const k of KEYS) {
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
  return KEYS.reduce((n, k) => n + (c[k]?.length ?? 0), 0);
}

export function metaToRow(m: DocumentMeta): DocumentRow {
  return { ...m };
}

function idOf(r: RowChange<{ readonly id: string }>): string {
  return (r.after ?? r.before)?.id ?? '';
}

function projectIdOf(c: ChangeSet): ProjectId | null {
  for (const k of KEYS) {
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
    await write(c.cases, db.cases, caseToRow);
    await write(c.attributes, db.attributes, attributeToRow);
    await write(c.codes, db.codes, codeToRow);
    await applyCodingChanges(db, c.codings);
    await write(c.memos, db.memos, memoToRow);
    await write(c.coders, db.coders, coderToRow);
    const pid = projectIdOf(c);
    if (pid) await db.projects.update(pid, { updatedAt: now });
  });
}

/** Marks the project as changed now; call inside the command's own transaction. */
export async function touchInTx(db: MazmunDb, projectId: string, now = Date.now()): Promise<void> {
  await db.projects.update(projectId, { updatedAt: now });
}
