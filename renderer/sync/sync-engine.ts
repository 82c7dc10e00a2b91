// One shared project's live sync: local ChangeSets into the replica, the replica ⇄ server by
// PouchDB's replication (live, retrying), the replica's new documents into the store, a
// presence document while connected, and the status the Sharing panel shows.
import type { Emitter, PouchDb } from 'pouchdb-browser';
import { refuse } from '../../shared/errors';
import type { Failure, Result } from '../../shared/model/snapshot';
import type { ProjectStore } from '../../shared/store/project-store';
import { describeForStore } from './activity-log';
import {
  loadPouch,
  PRESENCE_EVERY,
  putPresence,
  readPresence,
  remoteDb,
  localDbName,
  syncFailure,
  type Presence,
} from './remote';
import { Replica } from './replica';
import type { SyncConfig } from './sync-config';

export { loadPouch, localDbName, remoteDb, syncFailure, type Presence } from './remote';

export type SyncState = 'syncing' | 'synced' | 'offline' | 'error';

export interface SyncStatus {
  readonly state: SyncState;
  /**
   * This window replicates (the leader), or another window of this browser profile does and
   * this one writes into the shared local replica only (renderer/sync/sync-runtime.ts).
   */
  readonly leader: boolean;
  /** Local changes the server has not confirmed yet (they survive closing the app). */
  readonly unsent: number;
  /** Why, when state is 'error': a refusal (sync.* code), shown through translateFailure. */
  readonly error: Failure | null;
}

/** The channel on which the leader window tells the others its status. */
function statusChannel(c: SyncConfig): BroadcastChannel | null {
  return typeof BroadcastChannel === 'undefined'
    ? null
    : new BroadcastChannel(`mazmun-sync-status-${c.db}`);
}

export class SyncEngine {
  private status: SyncStatus = { state: 'syncing', leader: false, unsent: 0, error: null };
  private leading = false;
  /** Resolved once this window may apply what arrives (after `lead()` read the held codings). */
  private ready: Promise<void> = Promise.resolve();
  private channel: BroadcastChannel | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly changeListeners = new Set<() => void>();
  private sync: Emitter | null = null;
  private live: Emitter | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private unsubscribe: () => void = () => {};
  readonly remote: PouchDb;

  private constructor(
    readonly store: ProjectStore,
    readonly config: SyncConfig,
    readonly replica: Replica,
    remote: PouchDb,
  ) {
    this.remote = remote;
  }

  /**
   * Opens the replica and writes this window's changes into it. Replicating starts with `lead()`
   * (the runtime calls it in the one window holding the project's leader lock).
   */
  static async start(store: ProjectStore, config: SyncConfig): Promise<SyncEngine> {
    const PouchDB = await loadPouch();
    const local = new PouchDB(localDbName(config));
    const replica = await Replica.open(local, config.user);
    replica.activity.describe = (changes, stamp) => describeForStore(store, changes, stamp);
    const e = new SyncEngine(store, config, replica, remoteDb(PouchDB, config));
    e.run();
    return e;
  }

  get isLeader(): boolean {
    return this.leading;
  }

  readonly getStatus = (): SyncStatus => this.status;
  readonly subscribe = (l: () => void): (() => void) => {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  };

  /** Called whenever the replica changes (a local write or a replicated revision). */
  readonly onReplicaChange = (l: () => void): (() => void) => {
    this.changeListeners.add(l);
    return () => this.changeListeners.delete(l);
  };

  get isStopped(): boolean {
    return this.stopped;
  }

  private set(next: Partial<SyncStatus>): void {
    const s = { ...this.status, ...next, leader: this.leading, unsent: this.replica.unsent.size };
    if (s.state === 'synced' && s.unsent > 0) s.state = 'syncing';
    if (
      s.state === this.status.state &&
      s.leader === this.status.leader &&
      s.unsent === this.status.unsent &&
      s.error === this.status.error
    )
      return;
    this.status = s;
    if (this.leading) this.channel?.postMessage({ type: 'status', status: s });
    for (const l of [...this.listeners]) l();
  }

  private run(): void {
    const { store, replica } = this;
    replica.onUnsent = () => this.set({});
    this.unsubscribe = store.onLocalChanges((c) => {
      if (this.stopped) return;
      const at = Date.now();
      const written = replica.write(c);
      void written.then(
        (r) => this.settle(r),
        (e: unknown) => this.report(e),
      );
      // The feed once the send is handed off: describing a coding may read its document's text,
      // which must not hold up writing the change into the replica.
      const note = () => replica.activity.record(c, { by: this.config.user, at, local: true });
      void written.then(note, note);
    });
    // Another window's writes reach this one's feed too (PouchDB tells a profile's windows).
    this.live = replica.db.changes({ live: true, since: 'now' }).on('change', () => {
      // The conflict list reads again on every change: a losing revision arrives this way.
      for (const l of [...this.changeListeners]) l();
      if (!this.leading) return;
      // A follower window may have written into the replica: its unsent ids count here too.
      this.refreshUnsent();
      this.pump();
    });
    // Until it leads, this window shows the leader's status (asked for once, then pushed).
    this.channel = statusChannel(this.config);
    if (this.channel) {
      this.channel.onmessage = (ev: MessageEvent) => {
        const m = ev.data as { type?: string; status?: SyncStatus } | null;
        if (this.leading && m?.type === 'ask')
          this.channel?.postMessage({ type: 'status', status: this.status });
        else if (!this.leading && m?.type === 'status' && m.status) {
          void replica.refresh().then(() => this.set({ ...m.status, leader: false }));
        }
      };
      this.channel.postMessage({ type: 'ask' });
    }
  }

  private refreshing = false;
  private refreshAgain = false;
  /** Re-reads the unsent ids, at most one read at a time (a first sync fires per document). */
  private refreshUnsent(): void {
    if (this.refreshing) {
      this.refreshAgain = true;
      return;
    }
    this.refreshing = true;
    void this.replica
      .refresh()
      .catch(() => undefined)
      .then(() => {
        this.refreshing = false;
        this.set({});
        if (this.refreshAgain && !this.stopped) {
          this.refreshAgain = false;
          this.refreshUnsent();
        }
      });
  }

  /**
   * Makes this window the one that replicates: pumps what arrived, syncs with the server and
   * keeps presence. Called once, when the project's leader lock is acquired.
   */
  lead(): void {
    if (this.stopped || this.leading) return;
    this.leading = true;
    this.set({});
    this.refreshUnsent();
    // The previous leader's held codings first: no pump starts before they are read.
    this.ready = this.replica.reloadWaiting();
    this.pump();
    this.connect();
    globalThis.addEventListener?.('online', this.onOnline);
    globalThis.addEventListener?.('offline', this.onOffline);
    globalThis.addEventListener?.('pagehide', this.onHide);
    this.timer = setInterval(() => void this.beat(), PRESENCE_EVERY);
    void this.beat();
  }

  private readonly onOnline = () => {
    this.connect();
    void this.beat();
  };
  private readonly onOffline = () => this.set({ state: 'offline' });
  private readonly onHide = () => void this.replica.flushSent().catch(() => undefined);

  private connect(): void {
    this.sync?.cancel();
    if (this.stopped) return;
    if (globalThis.navigator?.onLine === false) return this.set({ state: 'offline' });
    this.set({ state: 'syncing', error: null });
    // The sync pauses when both sides do, and the pull side counts as paused until its first
    // request is answered: an empty push could show "Synced" while a join's first batch of 500
    // is still on the wire. So "Synced" waits for the pull side to have caught up once.
    let pulled = false;
    this.sync = this.replica.db
      .sync(this.remote, {
        live: true,
        retry: true,
        // 500 documents a request, two batches in flight: with PouchDB's 100 a 20k-coding join
        // made a thousand round trips (bench/README.md, sync).
        batch_size: 500,
        batches_limit: 2,
        // Presence lives on the server only (read there by connected()): it never fills replicas.
        // Only the pull side filters: the replica holds no presence documents, and a JS filter
        // on the push side would run over every document pulled into it too.
        pull: { filter: (doc: { _id: string }) => !doc._id.startsWith('presence:') },
        // Back off quickly to a few seconds: a team on one network expects a reconnect at once.
        back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, 5000)),
      })
      .on('change', (info: { direction: string; change: { docs: { _id: string }[] } }) => {
        if (info.direction === 'push') this.replica.sent(info.change.docs.map((d) => d._id));
        this.set({});
      })
      .on('active', () => this.set({ state: 'syncing' }))
      .on('paused', (err: unknown) => {
        // A pause is where a publish or a burst of edits ends: the sent ids are written now.
        void this.replica.flushSent().catch(() => undefined);
        if (err || globalThis.navigator?.onLine === false) this.set({ state: 'offline' });
        // After the pull side's own listeners (ours among them) have run for this pause.
        else
          queueMicrotask(() => {
            if (pulled && !this.stopped) this.set({ state: 'synced', error: null });
          });
      })
      .on('denied', (err: unknown) => this.report(err))
      .on('error', (err: unknown) => this.report(err));
    this.sync.pull?.on('paused', (err: unknown) => {
      if (!err) pulled = true;
    });
  }

  /** Applies what arrived; a refusal or a throw becomes the status, never an unhandled rejection. */
  private pump(): void {
    if (this.stopped) return;
    void this.ready
      .then(() => this.replica.pump(this.store))
      .then(
        (r) => this.settle(r),
        (e: unknown) => this.report(e),
      );
  }

  private settle(r: Result<unknown>): void {
    if (this.stopped) return;
    if (!r.ok) return this.set({ state: 'error', error: r });
    const n = this.replica.rejected.length;
    if (n) return this.set({ state: 'error', error: refuse('sync.rejectedRows', { count: n }) });
    this.set({});
  }

  private report(err: unknown): void {
    if (this.stopped) return;
    this.set({ state: 'error', error: syncFailure(err, this.config.user) });
  }

  /** Updates this account's presence document on the server (skipped when offline). */
  private async beat(): Promise<void> {
    if (this.stopped || this.status.state === 'offline' || this.status.state === 'error') return;
    await putPresence(this.remote, this.config.user);
  }

  /** Accounts whose presence was updated recently, this one included. */
  connected(now = Date.now()): Promise<Presence[]> {
    return readPresence(this.remote, now);
  }

  /** Stops syncing; `forget` also deletes the local replica (leaving the project). */
  async stop(forget = false): Promise<void> {
    this.stopped = true;
    this.unsubscribe();
    this.sync?.cancel();
    this.live?.cancel();
    this.channel?.close();
    this.replica.activity.close();
    if (this.timer) clearInterval(this.timer);
    globalThis.removeEventListener?.('online', this.onOnline);
    globalThis.removeEventListener?.('offline', this.onOffline);
    globalThis.removeEventListener?.('pagehide', this.onHide);
    this.listeners.clear();
    this.changeListeners.clear();
    await this.replica.flushSent().catch(() => undefined);
    if (forget) await this.replica.db.destroy();
    else await this.replica.db.close();
  }
}
