// Mazmun rows ⇄ CouchDB documents (issue 14). One document per row, `_id` = `<table>:<row id>`,
// so two coders' codings are two documents and both survive replication; the row itself is kept
// whole in `row` so a document read back is exactly the domain value a repository returned.
// Pure: no PouchDB, no Node, no DOM.
import { CHANGE_TABLES, type ChangeSet, type ChangeTable, type RowChange } from '../db/changes';
import { rowProblem, type RowCheckContext } from './row-check';

/** A row as it travels: `origin` is the replica that wrote it (a change never echoes back). */
export interface RowDoc {
  readonly _id: string;
  readonly _rev?: string;
  readonly _deleted?: boolean;
  readonly _conflicts?: readonly string[];
  readonly table?: ChangeTable;
  readonly row?: { readonly id: string };
  /** The account name of whoever made the change (shown with conflicts and presence). */
  readonly by?: string;
  readonly origin?: string;
  /** Milliseconds since 1970 when the change was made (for the conflict list, not for merging). */
  readonly at?: number;
  /**
   * Set on a code a replica brought back after a remote deletion because codings there still
   * used it (shared/sync/orphans.ts): the account that had deleted it. The activity feed and the
   * review list of every replica say so.
   */
  readonly restoredFrom?: string;
}

const TABLES: ReadonlySet<string> = new Set(CHANGE_TABLES);

export function docId(table: ChangeTable, id: string): string {
  return `${table}:${id}`;
}

/** The table and row id of a document id, or null for documents that are not rows (presence). */
export function parseDocId(id: string): { table: ChangeTable; id: string } | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const table = id.slice(0, at);
  return TABLES.has(table) ? { table: table as ChangeTable, id: id.slice(at + 1) } : null;
}

export interface Stamp {
  readonly by: string;
  readonly origin: string;
  readonly at: number;
}

/**
 * The documents a ChangeSet becomes, without revisions (the replica adds the current `_rev`).
 * Several changes of one row in one set (create then edit) collapse to the last: only the row's
 * final state travels.
 */
export function changesToDocs(changes: ChangeSet, stamp: Stamp): RowDoc[] {
  const byId = new Map<string, RowDoc>();
  for (const table of CHANGE_TABLES) {
    for (const r of (changes[table] ?? []) as readonly RowChange<{ readonly id: string }>[]) {
      const id = (r.after ?? r.before)?.id;
      if (!id) continue;
      const _id = docId(table, id);
      byId.delete(_id);
      byId.set(
        _id,
        r.after ? { _id, table, row: r.after, ...stamp } : { _id, _deleted: true, table, ...stamp },
      );
    }
  }
  return [...byId.values()];
}

/** Reads the row a table's current value has locally (undefined = not here). */
export type CurrentRow = (table: ChangeTable, id: string) => { readonly id: string } | undefined;

/** A received document that was not applied, and why (shown in the sync status). */
export interface Rejected {
  readonly docId: string;
  readonly problem: string;
}

/**
 * The ChangeSet that brings this replica to the documents received: `before` is the row as it is
 * here now (the store's memory needs it to move a coding out of its document), `after` the
 * document's row or null for a deletion. Documents that are not rows, and deletions of rows
 * already absent, change nothing. A row that fails the checks of shared/sync/row-check.ts (another
 * project, another id, a wrong shape, a range outside its text) is not applied but listed in
 * `rejected`: the server is shared, and what it sends is input, not trusted state.
 */
export function docsToChanges(
  docs: readonly RowDoc[],
  current: CurrentRow,
  check: RowCheckContext,
  rejected: Rejected[] = [],
): ChangeSet {
  const out: Partial<Record<ChangeTable, RowChange<{ readonly id: string }>[]>> = {};
  const seen = new Map<string, { readonly id: string } | null>();
  // Texts and documents arriving in this batch give the lengths codings in it are checked against.
  const lengths = new Map<string, number>();
  for (const d of docs) {
    const key = parseDocId(d._id);
    const row = d.row as { text?: unknown; length?: unknown } | undefined;
    if (!key || d._deleted || !row) continue;
    if (key.table === 'documentTexts' && typeof row.text === 'string')
      lengths.set(key.id, row.text.length);
    else if (key.table === 'documents' && typeof row.length === 'number' && !lengths.has(key.id))
      lengths.set(key.id, row.length);
  }
  const ctx: RowCheckContext = {
    projectId: check.projectId,
    textLength: (id) => lengths.get(id) ?? check.textLength(id),
  };
  for (const d of docs) {
    const key = parseDocId(d._id);
    if (!key) continue;
    const after = d._deleted || !d.row ? null : d.row;
    if (after) {
      const problem = rowProblem(key.table, key.id, after, ctx);
      if (problem) {
        rejected.push({ docId: d._id, problem });
        continue;
      }
    }
    const before = seen.has(d._id)
      ? (seen.get(d._id) ?? null)
      : (current(key.table, key.id) ?? null);
    if (!before && !after) continue;
    (out[key.table] ??= []).push({ before, after });
    seen.set(d._id, after);
  }
  return out as ChangeSet;
}
