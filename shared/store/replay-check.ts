// Undo and redo write rows back as this window's history knows them. Since then another window
// may have changed or deleted those rows, or started to use them: writing blindly would revert
// its newer edit or leave codings pointing at nothing. These pure checks compare what the history
// expects with what the database holds now (read by replay-guard.ts in the same transaction).
import { refuseWith } from '../errors';
import {
  type ChangeSet,
  type ChangeTable,
  CHANGE_TABLES,
  elsewhereError,
  type ElsewhereThing,
  sameRow,
} from '../db/changes';
import { ok, type Result } from '../model/snapshot';
import type { Case, Code, Coding, DocumentMeta, Memo } from '../model/types';

/** Tables whose rows other rows refer to. */
export type RefTable = 'documents' | 'cases' | 'attributes' | 'codes' | 'coders';
const REF_TABLES: ReadonlySet<string> = new Set<RefTable>([
  'documents',
  'cases',
  'attributes',
  'codes',
  'coders',
]);

export interface Ref {
  readonly table: RefTable;
  readonly id: string;
}

export const rowKey = (table: ChangeTable, id: string): string => `${table}/${id}`;

/** The rows that `row` of `table` refers to (a coding: its document, code and coder; …). */
export function referencesOf(table: ChangeTable, row: unknown): Ref[] {
  switch (table) {
    case 'codings': {
      const c = row as Coding;
      const refs: Ref[] = [
        { table: 'documents', id: c.documentId },
        { table: 'codes', id: c.codeId },
      ];
      if (c.coderId) refs.push({ table: 'coders', id: c.coderId });
      return refs;
    }
    case 'codes': {
      const c = row as Code;
      return c.parentId ? [{ table: 'codes', id: c.parentId }] : [];
    }
    case 'documents': {
      const d = row as DocumentMeta;
      return d.caseId ? [{ table: 'cases', id: d.caseId }] : [];
    }
    case 'documentTexts':
      return [{ table: 'documents', id: (row as { id: string }).id }];
    case 'memos': {
      const t = (row as Memo).target;
      if (t.kind === 'document') return [{ table: 'documents', id: t.id }];
      if (t.kind === 'code') return [{ table: 'codes', id: t.id }];
      if (t.kind === 'case') return [{ table: 'cases', id: t.id }];
      return [];
    }
    case 'cases':
      return Object.keys((row as Case).values).map((id) => ({ table: 'attributes', id }));
    default:
      return [];
  }
}

/** One row of a change set: the state expected now (first `before`) and the one written (last `after`). */
interface PlannedRow {
  readonly table: ChangeTable;
  readonly id: string;
  readonly expected: unknown;
  readonly written: unknown;
}

function plannedRows(changes: ChangeSet): Map<string, PlannedRow> {
  const out = new Map<string, PlannedRow>();
  for (const table of CHANGE_TABLES) {
    for (const r of changes[table] ?? []) {
      const row = (r.after ?? r.before) as { id: string } | null;
      if (!row) continue;
      const key = rowKey(table, row.id);
      const first = out.get(key);
      out.set(key, {
        table,
        id: row.id,
        expected: first ? first.expected : r.before,
        written: r.after,
      });
    }
  }
  return out;
}

/** What the database must be asked before replaying a change set. */
export interface ReplayNeeds {
  /** Every row the set writes, by table: compared with what the history expects. */
  readonly rows: ReadonlyMap<ChangeTable, readonly string[]>;
  /** Rows that written rows refer to, outside the set: they must still exist. */
  readonly refs: ReadonlyMap<RefTable, readonly string[]>;
  /** Rows the set deletes: no row outside the set may still refer to them. */
  readonly deleted: ReadonlyMap<RefTable, readonly string[]>;
  /** rowKey of every row in the set (they are not "other" rows). */
  readonly inSet: ReadonlySet<string>;
}

function push<K>(map: Map<K, string[]>, k: K, id: string): void {
  const list = map.get(k) ?? [];
  if (!list.includes(id)) list.push(id);
  map.set(k, list);
}

export function replayNeeds(changes: ChangeSet): ReplayNeeds {
  const planned = plannedRows(changes);
  const rows = new Map<ChangeTable, string[]>();
  const refs = new Map<RefTable, string[]>();
  const deleted = new Map<RefTable, string[]>();
  for (const p of planned.values()) {
    push(rows, p.table, p.id);
    if (p.written === null) {
      if (REF_TABLES.has(p.table)) push(deleted, p.table as RefTable, p.id);
      continue;
    }
    for (const ref of referencesOf(p.table, p.written)) {
      if (!planned.has(rowKey(ref.table, ref.id))) push(refs, ref.table, ref.id);
    }
  }
  return { rows, refs, deleted, inSet: new Set(planned.keys()) };
}

/** What the database holds now, read inside the replay's transaction. */
export interface ReplayFacts {
  /** The current row of every row in the set, by rowKey; absent: there is no such row now. */
  readonly current: ReadonlyMap<string, unknown>;
  /** rowKey of every referenced row (ReplayNeeds.refs) that exists now. */
  readonly existing: ReadonlySet<string>;
  /** rowKey of every deleted row (ReplayNeeds.deleted) that rows outside the set refer to now. */
  readonly inUse: ReadonlySet<string>;
}

const THING: Readonly<Record<ChangeTable, ElsewhereThing>> = {
  documents: 'document',
  documentTexts: 'document',
  cases: 'case',
  attributes: 'attribute',
  codes: 'code',
  codings: 'coding',
  memos: 'memo',
  coders: 'coder',
  sets: 'set',
};

/** A row's own name for messages: a title or name; codings have none. */
function ownName(table: ChangeTable, row: unknown): string | undefined {
  const r = row as { title?: unknown; name?: unknown } | null;
  if (!r || table === 'codings' || table === 'documentTexts') return undefined;
  const n = table === 'documents' || table === 'memos' ? r.title : r.name;
  return typeof n === 'string' ? n : undefined;
}

/** Names of rows not in the set (deleted elsewhere): the store remembers what it saw. */
export type NameOf = (table: RefTable, id: string) => string | undefined;

/**
 * Whether the change set may be written: every row must still be as the history expects (or
 * already as it would be written), every row it refers to must exist afterwards, and no row
 * outside the set may refer to a row it deletes. The refusal names the first thing in the way.
 */
export function checkReplay(
  changes: ChangeSet,
  facts: ReplayFacts,
  which: 'undo' | 'redo',
  nameOf: NameOf,
): Result<void> {
  const planned = plannedRows(changes);
  const nameFor = (table: ChangeTable, id: string, row: unknown): string => {
    const own = ownName(table, row);
    if (own !== undefined) return own;
    const t = table === 'documentTexts' ? 'documents' : table;
    return REF_TABLES.has(t) ? (nameOf(t as RefTable, id) ?? '') : '';
  };
  const refuse = (
    table: ChangeTable,
    id: string,
    row: unknown,
    what: 'changed' | 'deleted' | 'used',
  ) => refuseWith(elsewhereError(THING[table], nameFor(table, id, row), what, which));

  for (const [key, p] of planned) {
    const now = facts.current.get(key) ?? null;
    if (sameRow(now, p.expected) || sameRow(now, p.written)) continue;
    return now === null
      ? refuse(p.table, p.id, p.expected, 'deleted')
      : refuse(p.table, p.id, now, 'changed');
  }
  for (const p of planned.values()) {
    if (p.written === null) continue;
    for (const ref of referencesOf(p.table, p.written)) {
      const key = rowKey(ref.table, ref.id);
      const inSet = planned.get(key);
      const exists = inSet ? inSet.written !== null : facts.existing.has(key);
      if (!exists) return refuse(ref.table, ref.id, inSet?.expected ?? null, 'deleted');
    }
  }
  for (const [key, p] of planned) {
    if (p.written === null && facts.inUse.has(key))
      return refuse(p.table, p.id, p.expected, 'used');
  }
  return ok(undefined);
}
