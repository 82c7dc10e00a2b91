// The shared project's activity feed (issue 14: who changed what): each local command and each
// remote batch is described (shared/sync/activity.ts) and kept, newest first and bounded, in the
// replica's `_local/mazmun-activity` document — local to this profile, never replicated — so the
// feed survives a reload. Passages are read from the store's texts when an entry is written (the
// last few kept in memory).
import {
  CHANGE_TABLES,
  type ChangeSet,
  type ChangeTable,
  type RowChange,
} from '../../shared/db/changes';
import type { DocumentId } from '../../shared/model/ids';
import type { ProjectStore } from '../../shared/store/project-store';
import type { PouchDb } from 'pouchdb-browser';
import { appendActivity, describeChanges, type ActivityEntry } from '../../shared/sync/activity';
import { docId, type RowDoc } from '../../shared/sync/docs';
import { readLocal, writeLocal } from './local-docs';

/** Who and when, for a ChangeSet about to be described. */
export interface ActivityStamp {
  readonly by: string;
  readonly at: number;
  readonly local: boolean;
  /** Codes this set brings back after a deletion, with the account that had deleted each. */
  readonly restored?: ReadonlyMap<string, string>;
}

/** At most this many documents' texts are read for one description (a bulk import says counts). */
const TEXTS_PER_ENTRY = 20;

/**
 * The last few texts read for passages, per store: a researcher codes one document many times in
 * a row, and reading its whole text from IndexedDB for every coding competed with the send
 * (bench). A shared project's texts are never rewritten (shared/sync/text-lock.ts); a text the
 * described changes create, rewrite or delete updates the cache anyway.
 */
const CACHED_TEXTS = 4;
const textCache = new WeakMap<ProjectStore, Map<string, string>>();

function cacheOf(store: ProjectStore): Map<string, string> {
  let m = textCache.get(store);
  if (!m) textCache.set(store, (m = new Map()));
  return m;
}

function remember(cache: Map<string, string>, id: string, text: string): void {
  cache.delete(id);
  cache.set(id, text);
  // Oldest first in a Map: drop from the front.
  for (const old of cache.keys()) {
    if (cache.size <= CACHED_TEXTS) break;
    cache.delete(old);
  }
}

export async function describeForStore(
  store: ProjectStore,
  changes: ChangeSet,
  stamp: ActivityStamp,
): Promise<ActivityEntry[]> {
  const docIds = new Set<DocumentId>();
  for (const r of changes.codings ?? []) {
    const c = r.after ?? r.before;
    if (c && docIds.size < TEXTS_PER_ENTRY) docIds.add(c.documentId);
  }
  const cache = cacheOf(store);
  const texts = new Map<string, string>();
  for (const r of changes.documentTexts ?? []) {
    if (r.after) {
      texts.set(r.after.id, r.after.text);
      remember(cache, r.after.id, r.after.text);
    } else if (r.before) cache.delete(r.before.id);
  }
  for (const id of docIds) {
    if (texts.has(id)) continue;
    const known = cache.get(id);
    if (known !== undefined) {
      texts.set(id, known);
      continue;
    }
    const t = await store.getDocumentText(id).catch(() => null);
    if (t?.ok) {
      texts.set(id, t.data);
      remember(cache, id, t.data);
    }
  }
  const st = store.getState();
  const byId = <T extends { readonly id: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id as string, x]));
  const codes = byId(st.codes);
  const docs = byId(st.documents);
  const coders = byId(st.coders);
  const cases = byId(st.cases);
  return describeChanges(changes, {
    ...stamp,
    key: globalThis.crypto.randomUUID(),
    codeName: (id) => codes.get(id)?.name,
    documentTitle: (id) => docs.get(id)?.title,
    coderName: (id) => coders.get(id)?.name,
    caseName: (id) => cases.get(id)?.name,
    passage: (c) => texts.get(c.documentId)?.slice(c.start, c.end),
    restoredFrom: (id) => stamp.restored?.get(id),
  });
}

/**
 * A received batch split by the command that made it: documents written together share their
 * account, replica and time (one Stamp per write, shared/sync/docs.ts).
 */
export function splitByAuthor(
  changes: ChangeSet,
  docs: readonly RowDoc[],
): { by: string; at: number; changes: ChangeSet; restored: Map<string, string> }[] {
  const meta = new Map(docs.map((d) => [d._id, d]));
  const groups = new Map<
    string,
    {
      by: string;
      at: number;
      changes: Partial<Record<ChangeTable, RowChange<unknown>[]>>;
      restored: Map<string, string>;
    }
  >();
  for (const table of CHANGE_TABLES) {
    for (const r of (changes[table] ?? []) as readonly RowChange<{ readonly id: string }>[]) {
      const id = (r.after ?? r.before)?.id;
      if (!id) continue;
      const d = meta.get(docId(table, id));
      const by = d?.by ?? '?';
      const at = d?.at ?? 0;
      const key = `${by}|${d?.origin ?? ''}|${at}`;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = { by, at, changes: {}, restored: new Map() }));
      (g.changes[table] ??= []).push(r);
      if (table === 'codes' && d?.restoredFrom !== undefined) g.restored.set(id, d.restoredFrom);
    }
  }
  return [...groups.values()].map((g) => ({ ...g, changes: g.changes as ChangeSet }));
}

/** Describes a ChangeSet for the feed (describeForStore with the project's store). */
export type Describe = (changes: ChangeSet, stamp: ActivityStamp) => Promise<ActivityEntry[]>;

/** The feed in `_local/mazmun-activity`, written through the replica's cross-window lock. */
export class ActivityStore {
  /** Set by the engine: without it nothing is recorded. */
  describe: Describe | null = null;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;

  constructor(
    private readonly db: PouchDb,
    private readonly serial: <T>(task: () => Promise<T>) => Promise<T>,
  ) {
    // The profile's other windows read the same feed: tell them when it grows.
    this.channel =
      typeof BroadcastChannel === 'undefined'
        ? null
        : new BroadcastChannel(`mazmun-activity-${db.name}`);
    if (this.channel) this.channel.onmessage = () => this.notify(false);
  }

  /** Describes `changes` and adds them to the feed (newest first, bounded); never throws. */
  async record(changes: ChangeSet, stamp: ActivityStamp): Promise<void> {
    if (!this.describe) return;
    try {
      const entries = await this.describe(changes, stamp);
      if (!entries.length) return;
      await this.serial(async () => {
        const old = await readLocal(this.db, 'mazmun-activity', {
          entries: [] as ActivityEntry[],
        });
        await writeLocal(this.db, 'mazmun-activity', {
          entries: appendActivity(old.entries, entries),
        });
      });
      this.notify(true);
    } catch {
      // The feed is a view of what happened; a failure to note it must not stop syncing.
    }
  }

  async read(): Promise<ActivityEntry[]> {
    return (await readLocal(this.db, 'mazmun-activity', { entries: [] as ActivityEntry[] }))
      .entries;
  }

  onChange(l: () => void): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  private notify(tellOthers: boolean): void {
    for (const l of [...this.listeners]) l();
    if (tellOthers) this.channel?.postMessage({ type: 'activity' });
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}
