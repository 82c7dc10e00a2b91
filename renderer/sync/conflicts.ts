// The conflict list of the Sharing panel: rows edited on two replicas at once, the winner
// CouchDB chose (the same on every replica) and the losing versions, one click from being kept.
import type { PouchDb } from 'pouchdb-browser';
import type { CodeId, MemoId } from '../../shared/model/ids';
import type { Code, Memo } from '../../shared/model/types';
import { ok, type Result } from '../../shared/model/snapshot';
import type { ProjectStore } from '../../shared/store/project-store';
import { listConflicts, type ConflictEntry } from '../../shared/sync/conflicts';
import type { RowDoc } from '../../shared/sync/docs';
import type { SyncEngine } from './sync-engine';

const TABLES = ['codes', 'memos'] as const;

export async function loadConflicts(db: PouchDb): Promise<ConflictEntry[]> {
  const winners: RowDoc[] = [];
  for (const t of TABLES) {
    const r = await db.allDocs({
      startkey: `${t}:`,
      endkey: `${t}:\ufff0`,
      include_docs: true,
      conflicts: true,
    });
    for (const row of r.rows)
      if (row.doc?._conflicts?.length) winners.push(row.doc as unknown as RowDoc);
  }
  const losers = new Map<string, RowDoc[]>();
  for (const w of winners) {
    const list: RowDoc[] = [];
    for (const rev of w._conflicts ?? [])
      list.push((await db.get(w._id, { rev })) as unknown as RowDoc);
    losers.set(w._id, list);
  }
  return listConflicts(winners, (id) => losers.get(id) ?? []);
}

async function removeLosers(db: PouchDb, c: ConflictEntry): Promise<void> {
  for (const l of c.losers) if (l._rev) await db.remove(c.docId, l._rev);
}

/** Keeps the winner: the losing revisions are removed from the replica (and then the server). */
export async function dismissConflict(engine: SyncEngine, c: ConflictEntry): Promise<void> {
  await removeLosers(engine.replica.db, c);
}

/** The engine's conflicts (the view hands over the engine, never the replica's database). */
export function loadEngineConflicts(engine: SyncEngine): Promise<ConflictEntry[]> {
  return loadConflicts(engine.replica.db);
}

/** Makes the losing version the current one: a normal, undoable edit, then the conflict is closed. */
export async function keepLosing(
  store: ProjectStore,
  engine: SyncEngine,
  c: ConflictEntry,
  loser: RowDoc,
): Promise<Result<unknown>> {
  if (c.table === 'codes') {
    const r = loser.row as Code;
    const res = await store.updateCode(c.rowId as CodeId, {
      name: r.name,
      description: r.description,
      whenToUse: r.whenToUse,
      whenNotToUse: r.whenNotToUse,
      example: r.example,
      color: r.color,
    });
    if (!res.ok) return res;
  } else if (c.table === 'memos') {
    const r = loser.row as Memo;
    const res = await store.updateMemo(c.rowId as MemoId, { title: r.title, text: r.text });
    if (!res.ok) return res;
  }
  await removeLosers(engine.replica.db, c);
  return ok(null);
}
