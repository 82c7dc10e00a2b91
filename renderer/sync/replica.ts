// The project's local PouchDB replica (IndexedDB): local ChangeSets are written into it, and its
// changes feed, from where this window last applied, is applied to the store. Both checkpoints
// live in `_local` documents, which never replicate, so nothing is lost or applied twice when the
// app is closed offline and reopened.
import type { PouchDb, PouchDoc } from 'pouchdb-browser';
import type { ChangeSet } from '../../shared/db/changes';
import { changesToDocs, docsToChanges, parseDocId, type RowDoc } from '../../shared/sync/docs';
import { planRemote } from '../../shared/sync/orphans';
import type { ProjectStore } from '../../shared/store/project-store';
import { rowLookup } from './row-lookup';

const BATCH = 1000;

async function readLocal<T extends object>(
  db: PouchDb,
  id: string,
  fallback: T,
): Promise<T & { _rev?: string }> {
  try {
    return (await db.get(`_local/${id}`)) as unknown as T & { _rev?: string };
  } catch {
    return { ...fallback };
  }
}

async function writeLocal(db: PouchDb, id: string, body: object): Promise<void> {
  const old = await readLocal<object>(db, id, {});
  await db.put({ ...body, _id: `_local/${id}`, ...(old._rev ? { _rev: old._rev } : {}) });
}

export class Replica {
  private chain: Promise<unknown> = Promise.resolve();
  private pumping: Promise<void> | null = null;
  private again = false;
  readonly unsent = new Set<string>();
  private waiting = new Set<string>();
  onUnsent: () => void = () => {};

  private constructor(
    readonly db: PouchDb,
    readonly replicaId: string,
    private user: string,
  ) {}

  static async open(db: PouchDb, user: string): Promise<Replica> {
    const meta = await readLocal(db, 'mazmun-replica', { replicaId: '' });
    let replicaId = meta.replicaId;
    if (!replicaId) {
      replicaId = globalThis.crypto.randomUUID();
      await writeLocal(db, 'mazmun-replica', { replicaId });
    }
    const r = new Replica(db, replicaId, user);
    const q = await readLocal(db, 'mazmun-unsent', { ids: [] as string[] });
    for (const id of q.ids) r.unsent.add(id);
    const w = await readLocal(db, 'mazmun-waiting', { ids: [] as string[] });
    for (const id of w.ids) r.waiting.add(id);
    return r;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const p = this.chain.then(task);
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Writes a local ChangeSet as documents on top of whatever revision the replica holds. */
  write(changes: ChangeSet): Promise<void> {
    return this.serial(async () => {
      const docs = changesToDocs(changes, {
        by: this.user,
        origin: this.replicaId,
        at: Date.now(),
      });
      for (let i = 0; i < docs.length; i += BATCH) await this.put(docs.slice(i, i + BATCH), 3);
      await this.saveUnsent();
    });
  }

  private async put(docs: readonly RowDoc[], tries: number): Promise<void> {
    const revs = await this.db.allDocs({ keys: docs.map((d) => d._id) });
    const withRev = docs.map((d, i) => {
      const rev = revs.rows[i]?.value?.rev;
      return (rev ? { ...d, _rev: rev } : { ...d }) as PouchDoc;
    });
    const res = await this.db.bulkDocs(withRev);
    const retry: RowDoc[] = [];
    res.forEach((r, i) => {
      const d = docs[i];
      if (!d) return;
      if (!r.error) this.unsent.add(d._id);
      else if (r.error === 'conflict') retry.push(d);
    });
    // A replicated revision landed between reading revisions and writing: write on top of it.
    if (retry.length && tries > 1) await this.put(retry, tries - 1);
  }

  /** The push side of the replication confirmed these documents. */
  sent(ids: readonly string[]): void {
    let changed = false;
    for (const id of ids) changed = this.unsent.delete(id) || changed;
    if (changed) void this.serial(() => this.saveUnsent());
  }

  private async saveUnsent(): Promise<void> {
    await writeLocal(this.db, 'mazmun-unsent', { ids: [...this.unsent] });
    this.onUnsent();
  }

  /** Applies every change of the replica not yet applied to the store (one at a time). */
  pump(store: ProjectStore): Promise<void> {
    if (this.pumping) {
      this.again = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      do {
        this.again = false;
        await this.pumpOnce(store);
      } while (this.again);
    })().finally(() => (this.pumping = null));
    return this.pumping;
  }

  private async pumpOnce(store: ProjectStore): Promise<void> {
    const cp = await readLocal(this.db, 'mazmun-applied', { seq: 0 as number | string });
    let since = cp.seq;
    for (;;) {
      const feed = await this.db.changes({
        since,
        limit: BATCH,
        include_docs: true,
        conflicts: true,
      });
      const docs = feed.results
        .map((r) => r.doc as RowDoc | undefined)
        .filter(
          (d): d is RowDoc => !!d && d.origin !== this.replicaId && parseDocId(d._id) !== null,
        );
      await this.apply(store, docs);
      since = feed.last_seq;
      await writeLocal(this.db, 'mazmun-applied', { seq: since });
      if (feed.results.length < BATCH) break;
    }
    if (this.waiting.size) {
      const held = await this.db.allDocs({ keys: [...this.waiting], include_docs: true });
      const docs = held.rows.flatMap((r) => (r.doc ? [r.doc as unknown as RowDoc] : []));
      this.waiting.clear();
      await this.apply(store, docs);
    }
  }

  private async apply(store: ProjectStore, docs: readonly RowDoc[]): Promise<void> {
    if (!docs.length) return;
    for (const d of docs) this.waiting.delete(d._id);
    let revive: ChangeSet | null = null;
    const res = await store.applyRemote(() => {
      const { current, view } = rowLookup(store.getState());
      const plan = planRemote(docsToChanges(docs, current), view);
      for (const id of plan.waiting) this.waiting.add(id);
      if (plan.revive.length)
        revive = { codes: plan.revive.map((c) => ({ before: null, after: c })) };
      return plan.changes;
    });
    if (!res.ok) throw new Error(res.reason);
    await writeLocal(this.db, 'mazmun-waiting', { ids: [...this.waiting] });
    if (revive) await this.write(revive);
  }
}
