// Mazmun rows ⇄ CouchDB documents (issue 14). One document per row, `_id` = `<table>:<row id>`,
// so two coders' codings are two documents and both survive replication; the row itself is kept
// whole in `row` so a document read back is exactly the domain value a repository returned.
// Pure: no PouchDB, no Node, no DOM.
import { CHANGE_TABLES, type ChangeSet, type ChangeTable, type RowChange } from '../db/changes';

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

/**
 * The ChangeSet that brings this replica to the documents received: `before` is the row as it is
 * here now (the store's memory needs it to move a coding out of its document), `after` the
 * document's row or null for a deletion. Documents that are not rows, and deletions of rows
 * already absent, change nothing.
 */
export function docsToChanges(docs: readonly RowDoc[], current: CurrentRow): ChangeSet {
  const out: Partial<Record<ChangeTable, RowChange<{ readonly id: string }>[]>> = {};
  const seen = new Map<string, { readonly id: string } | null>();
  for (const d of docs) {
    const key = parseDocId(d._id);
    if (!key) continue;
    const before = seen.has(d._id)
      ? (seen.get(d._id) ?? null)
      : (current(key.table, key.id) ?? null);
    const after = d._deleted || !d.row ? null : d.row;
    if (!before && !after) continue;
    (out[key.table] ??= []).push({ before, after });
    seen.set(d._id, after);
  }
  return out as ChangeSet;
}
