// The project's local PouchDB replica (IndexedDB): local ChangeSets are written into it, and its
// changes feed, from where this window last applied, is applied to the store. Both checkpoints
// live in `_local` documents, which never replicate, so nothing is lost or applied twice when the
// app is closed offline and reopened.
import type { PouchDb, PouchDoc } from 'pouchdb-browser';
import type { ChangeSet } from '../../shared/db/changes';
import { refuse } from '../../shared/errors';
import { ok, type Result } from '../../shared/model/snapshot';
import {
  changesToDocs,
  docsToChanges,
  parseDocId,
  type Rejected,
  type RowDoc,
} from '../../shared/sync/docs';
import { planRemote } from '../../shared/sync/orphans';
import type { ProjectStore } from '../../shared/store/project-store';
import { ActivityStore, splitByAuthor } from './activity-log';
import { readLocal, writeLocal } from './local-docs';
import { rowLookup } from './row-lookup';
import { throttle } from './throttle';
import { withWindowLock } from './window-lock';

const BATCH = 1000;

export class Replica {
  private chain: Promise<unknown> = Promise.resolve();
  /** The feed of who changed what, kept in this replica (renderer/sync/activity-log.ts). */
  readonly activity: ActivityStore;
  private pumping: Promise<Result<null>> | null = null;
  private again = false;
  readonly unsent = new Set<string>();
  /** Confirmed sent, not yet removed from the stored list (written at most once a second). */
  private sentPending = new Set<string>();
  private readonly saveSent = throttle(() => {
    this.serial(() => this.persistSent()).catch(() => undefined);
  }, 1000);
  private waiting = new Set<string>();
  /** Received documents that failed the row checks (never applied); the status shows the count. */
  readonly rejected: Rejected[] = [];
  onUnsent: () => void = () => {};

  private constructor(
    readonly db: PouchDb,
    readonly replicaId: string,
    private user: string,
  ) {
    this.activity = new ActivityStore(db, (task) => this.serial(task));
  }

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

  /**
   * One task at a time, in this window and across the profile's windows: every window of the
   * project writes into this replica and its `_local` bookkeeping (unsent ids, the feed), so each
   * task re-reads what it changes under the same Web Lock.
   */
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const p = this.chain.then(() => withWindowLock(`mazmun-replica-${this.db.name}`, task));
    this.chain = p.catch(() => undefined);
    return p;
  }

  /** Another window may have added unsent ids: the stored list is the truth. */
  private async reloadUnsent(): Promise<void> {
    const q = await readLocal(this.db, 'mazmun-unsent', { ids: [] as string[] });
    this.unsent.clear();
    for (const id of q.ids) if (!this.sentPending.has(id)) this.unsent.add(id);
  }

  /**
   * Before this window starts applying what arrives (it became the leader): the codings held by
   * the previous leader are in the stored list, not in what this window read when it opened.
   */
  reloadWaiting(): Promise<void> {
    return this.serial(async () => {
      const w = await readLocal(this.db, 'mazmun-waiting', { ids: [] as string[] });
      this.waiting = new Set(w.ids);
    });
  }

  /** Re-reads the unsent ids (after another window wrote into the replica). */
  refresh(): Promise<void> {
    return this.serial(async () => {
      const before = this.unsent.size;
      await this.reloadUnsent();
      if (this.unsent.size !== before) this.onUnsent();
    });
  }

  /**
   * Writes a local ChangeSet as documents on top of whatever revision the replica holds. A
   * document the replica would not take (an error other than a conflict, or still in conflict
   * after three tries) is refused, not dropped: the caller reports it and it counts as unsent.
   */
  write(changes: ChangeSet, restored?: ReadonlyMap<string, string>): Promise<Result<null>> {
    return this.serial(async () => {
      await this.reloadUnsent();
      const docs = changesToDocs(changes, {
        by: this.user,
        origin: this.replicaId,
        at: Date.now(),
      }).map((d) => {
        const from = d.table === 'codes' && d.row ? restored?.get(d.row.id) : undefined;
        return from === undefined ? d : { ...d, restoredFrom: from };
      });
      const failed: { id: string; error: string }[] = [];
      for (let i = 0; i < docs.length; i += BATCH)
        await this.put(docs.slice(i, i + BATCH), 3, failed);
      // Unwritten rows are unsent too: the count the panel shows must not hide them.
      for (const f of failed) this.unsent.add(f.id);
      await this.saveUnsent();
      if (!failed.length) return ok(null);
      return refuse('sync.notWritten', {
        count: failed.length,
        detail: [...new Set(failed.map((f) => f.error))].join(', '),
      });
    });
  }

  private async put(
    docs: readonly RowDoc[],
    tries: number,
    failed: { id: string; error: string }[],
  ): Promise<void> {
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
      else if (r.error === 'conflict' && tries > 1) retry.push(d);
      else failed.push({ id: d._id, error: r.error });
    });
    // A replicated revision landed between reading revisions and writing: write on top of it.
    if (retry.length) await this.put(retry, tries - 1, failed);
  }

  /**
   * The push side of the replication confirmed these documents. The count drops at once; the
   * stored list follows at most once a second (and on flushSent): rewriting the whole list per
   * pushed batch made publishing quadratic. Until written, a sent id still counts as unsent after
   * a reopen — never the other way round, so no change is ever forgotten.
   */
  sent(ids: readonly string[]): void {
    let changed = false;
    for (const id of ids) {
      this.sentPending.add(id);
      changed = this.unsent.delete(id) || changed;
    }
    if (changed) this.onUnsent();
    this.saveSent();
  }

  /** Writes the confirmed sends now (the replication paused, the window hides or closes). */
  flushSent(): Promise<void> {
    this.saveSent.cancel();
    return this.serial(() => this.persistSent());
  }

  private async persistSent(): Promise<void> {
    if (!this.sentPending.size) return;
    await this.reloadUnsent();
    await this.saveUnsent();
  }

  private async saveUnsent(): Promise<void> {
    // What this write covers: ids confirmed while it is under way stay pending for the next one.
    const written = [...this.sentPending];
    await writeLocal(this.db, 'mazmun-unsent', { ids: [...this.unsent] });
    for (const id of written) this.sentPending.delete(id);
    this.onUnsent();
  }

  /**
   * Applies every change of the replica not yet applied to the store (one at a time). A refused
   * apply stops the pump where it is (the checkpoint stays before the batch, the held codings stay
   * held) and comes back as the Result, for the status.
   */
  pump(store: ProjectStore): Promise<Result<null>> {
    if (this.pumping) {
      this.again = true;
      return this.pumping;
    }
    this.pumping = (async () => {
      for (;;) {
        this.again = false;
        const res = await this.pumpOnce(store);
        if (!res.ok || !this.again) return res;
      }
    })().finally(() => (this.pumping = null));
    return this.pumping;
  }

  private async pumpOnce(store: ProjectStore): Promise<Result<null>> {
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
      const res = await this.apply(store, docs);
      if (!res.ok) return res;
      since = feed.last_seq;
      await writeLocal(this.db, 'mazmun-applied', { seq: since });
      if (feed.results.length < BATCH) break;
    }
    if (this.waiting.size) {
      const held = await this.db.allDocs({ keys: [...this.waiting], include_docs: true });
      const docs = held.rows.flatMap((r) => (r.doc ? [r.doc as unknown as RowDoc] : []));
      // Held ids whose document is gone from the replica have nothing left to wait for.
      const gone = held.rows.filter((r) => !r.doc).map((r) => r.key);
      const res = await this.apply(store, docs, gone);
      if (!res.ok) return res;
    }
    return ok(null);
  }

  private async apply(
    store: ProjectStore,
    docs: readonly RowDoc[],
    gone: readonly string[] = [],
  ): Promise<Result<null>> {
    if (!docs.length && !gone.length) return ok(null);
    let revive: ChangeSet | null = null;
    let applied: ChangeSet = {};
    let held: readonly string[] = [];
    let rejected: Rejected[] = [];
    const res = await store.applyRemote(() => {
      rejected = [];
      const st = store.getState();
      const { current, view, textLength } = rowLookup(st);
      const changes = docsToChanges(
        docs,
        current,
        { projectId: store.projectId, textLength },
        rejected,
      );
      const plan = planRemote(changes, view);
      held = plan.waiting;
      applied = plan.changes;
      revive =
        plan.revive.length || plan.reviveMemos.length
          ? {
              codes: plan.revive.map((c) => ({ before: null, after: c })),
              memos: plan.reviveMemos.map((m) => ({ before: null, after: m })),
            }
          : null;
      return plan.changes;
    });
    // Nothing held is let go until the store has the batch: a refused apply keeps them waiting.
    if (!res.ok) return res;
    for (const d of docs) this.waiting.delete(d._id);
    for (const id of gone) this.waiting.delete(id);
    for (const id of held) this.waiting.add(id);
    this.rejected.push(...rejected);
    await writeLocal(this.db, 'mazmun-waiting', { ids: [...this.waiting] });
    // A revived code moved here (orphans.ts) is said once, as restored by this account, below.
    const revivedIds = new Set(((revive as ChangeSet | null)?.codes ?? []).map((r) => r.after?.id));
    const said: ChangeSet = applied.codes
      ? { ...applied, codes: applied.codes.filter((r) => !revivedIds.has(r.after?.id)) }
      : applied;
    for (const g of splitByAuthor(said, docs))
      void this.activity.record(g.changes, {
        by: g.by,
        at: g.at,
        local: false,
        restored: g.restored,
      });
    if (revive) {
      // Who had deleted each code brought back: the feed and the review list name them.
      const deletedBy = new Map<string, string>();
      for (const r of (revive as ChangeSet).codes ?? []) {
        const id = r.after?.id ?? '';
        const gone = docs.find((d) => d._id === `codes:${id}` && d._deleted);
        deletedBy.set(id, gone?.by ?? '?');
      }
      const w = await this.write(revive, deletedBy);
      void this.activity.record(revive, {
        by: this.user,
        at: Date.now(),
        local: true,
        restored: deletedBy,
      });
      return w;
    }
    return ok(null);
  }
}
