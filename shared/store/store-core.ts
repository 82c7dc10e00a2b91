// The machinery of the project store: serialized writes, memory updates from the same
// ChangeSets that were written, undo/redo, subscriptions and cross-window reloads.
import { errorOf, refuse } from '../errors';
import {
  applyChanges,
  type ChangeSet,
  changeCount,
  type Changed,
  concatChanges,
  invertChanges,
} from '../db/changes';
import { projectTables, type MazmunDb } from '../db/database';
import { storageFailureKind, type StorageFailureKind } from '../db/storage-errors';
import type { ProjectId } from '../model/ids';
import { ok, type Result, type Failure } from '../model/snapshot';
import { openProjectChannel, type ProjectChannel } from './cross-window';
import {
  applyToMemory,
  loadProjectMemory,
  type MemoryTable,
  type ProjectMemory,
} from './project-memory';
import { namesFromChanges, namesOf, repairDangling } from './memory-repair';
import type { RefTable } from './replay-check';
import { applyReplay } from './replay-guard';
import { nextState, type ProjectState } from './store-state';
import { type CommandLabel, UndoStack } from './undo-stack';

const ALL: ReadonlySet<MemoryTable> = new Set<MemoryTable>([
  'documents',
  'cases',
  'attributes',
  'codes',
  'codings',
  'memos',
  'coders',
  'sets',
]);

function notSaved(e: unknown): Failure {
  return refuse('store.notSaved', { detail: (e as Error)?.message ?? String(e) });
}

/** Thrown inside a transaction to abort it on a refused step. */
class Refused extends Error {}

/**
 * Refusals that mean this window's memory is behind the database (another window deleted or
 * changed the row): the store reloads so the view shows what is really there.
 */
function isStale(f: Failure): boolean {
  return /\.(\w+Gone|\w+Elsewhere\w*)$/.test(errorOf(f).code);
}

export class StoreCore {
  private state: ProjectState;
  private readonly listeners = new Set<() => void>();
  private readonly failureListeners = new Set<
    (kind: StorageFailureKind, message: string) => void
  >();
  private readonly history = new UndoStack();
  private tail: Promise<unknown> = Promise.resolve();
  private readonly channel: ProjectChannel;
  private closed = false;
  private pendingReload: Promise<void> | null = null;
  /** Names of every row this window has seen, so a refusal can name one deleted elsewhere. */
  private readonly names = new Map<string, string>();
  /** Dangling codings removed from the database since this store opened (see repairDangling). */
  private repaired = 0;
  /** Why the last undo/redo was refused; cleared by the next successful write. */
  private refusal: Failure | null = null;

  protected constructor(
    protected readonly db: MazmunDb,
    readonly projectId: ProjectId,
    private memory: ProjectMemory,
    repairedAtLoad = 0,
  ) {
    this.repaired = repairedAtLoad;
    namesOf(memory, this.names);
    this.state = nextState(memory, null, ALL, {
      undoLabel: null,
      redoLabel: null,
      refusal: null,
    });
    this.channel = openProjectChannel(projectId, () => void this.reload());
  }

  protected static async loadMemory(
    db: MazmunDb,
    projectId: ProjectId,
  ): Promise<{ memory: ProjectMemory; repaired: number }> {
    const memory = await loadProjectMemory(db, projectId);
    if (!memory) throw new Error(`No project with id ${projectId}.`);
    return { memory, repaired: await repairDangling(db, memory) };
  }

  /** How many dangling codings (code or document gone) were removed from the database. */
  get repairedCodings(): number {
    return this.repaired;
  }

  private readonly nameOf = (table: RefTable, id: string): string | undefined =>
    this.names.get(`${table}/${id}`);

  /** The current immutable state (same object until something changes). */
  readonly getState = (): ProjectState => this.state;

  /** Calls `listener` after every change; returns the unsubscribe function. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Calls `listener` when a write fails in the storage itself (a full disk, a broken database),
   * as opposed to a refused command: the UI shows those plainly whatever view is open.
   */
  readonly onFailure = (
    listener: (kind: StorageFailureKind, message: string) => void,
  ): (() => void) => {
    this.failureListeners.add(listener);
    return () => this.failureListeners.delete(listener);
  };

  private failed<T>(e: unknown): Result<T> {
    const failure = notSaved(e);
    const kind = storageFailureKind(e);
    for (const l of [...this.failureListeners]) l(kind, failure.reason);
    return failure;
  }

  /** Runs tasks one at a time so writes, undo and reloads never interleave. */
  protected enqueue<T>(task: () => Promise<T>): Promise<T> {
    const p = this.tail.then(task);
    this.tail = p.catch(() => undefined);
    return p;
  }

  private publish(touched: ReadonlySet<MemoryTable>): void {
    const undo = this.history.peekUndo();
    const redo = this.history.peekRedo();
    this.state = nextState(this.memory, this.state, touched, {
      undoLabel: undo?.label ?? null,
      redoLabel: redo?.label ?? null,
      refusal: this.refusal,
    });
    for (const l of [...this.listeners]) {
      try {
        l();
      } catch (e) {
        // A broken listener must not turn a saved change into a reported failure.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  }

  private commit(changes: ChangeSet, label: CommandLabel | null, remote = false): void {
    const touched = applyToMemory(this.memory, changes);
    this.refusal = null;
    namesFromChanges(changes, this.names);
    if (label && changeCount(changes) > 0) this.history.record({ label, changes });
    this.publish(touched);
    this.channel.post();
    // Sync hook (issue 14): a change made here goes out; one that came from the server never echoes back.
    if (!remote) for (const l of [...this.localListeners]) l(changes);
  }

  private readonly localListeners = new Set<(changes: ChangeSet) => void>();
  /** Calls `listener` with every ChangeSet a command, undo or redo of THIS window wrote (sync). */
  readonly onLocalChanges = (listener: (changes: ChangeSet) => void): (() => void) => {
    this.localListeners.add(listener);
    return () => this.localListeners.delete(listener);
  };

  /**
   * Applies changes received from a sync server through the path a command takes (one
   * transaction, then memory), without undo history and without telling onLocalChanges.
   * `build` runs in the write queue, so the `before` rows it reads from getState() are current.
   */
  applyRemote(build: () => ChangeSet): Promise<Result<number>> {
    return this.enqueue(async () => {
      if (this.closed) return refuse('store.projectClosed');
      const changes = build();
      if (changeCount(changes) === 0) return ok(0);
      try {
        await applyChanges(this.db, changes);
      } catch (e) {
        return this.failed<number>(e);
      }
      this.commit(changes, null, true);
      return ok(changeCount(changes));
    });
  }

  /** Writes through a repository function, then applies its changes to memory and history. */
  protected command<T>(
    label: CommandLabel | null,
    write: () => Promise<Result<Changed<T>> | Changed<T>>,
  ): Promise<Result<T>> {
    return this.enqueue(async () => {
      if (this.closed) return refuse('store.projectClosed');
      try {
        const r = await write();
        const res: Result<Changed<T>> = 'ok' in r ? r : ok(r);
        if (!res.ok) {
          if (isStale(res)) await this.refresh();
          return res;
        }
        this.commit(res.data.changes, label);
        return ok(res.data.value);
      } catch (e) {
        return this.failed<T>(e);
      }
    });
  }

  /**
   * Two repository writes as ONE command: one transaction, one undo step (e.g. create a code and
   * code a passage with it). A refused second step aborts the transaction, so the first leaves
   * nothing behind, and a refusal is not reported as a storage failure.
   */
  protected commandInOneStep<A, B>(
    label: CommandLabel,
    first: () => Promise<Result<Changed<A>>>,
    second: (a: A) => Promise<Result<Changed<B>>>,
  ): Promise<Result<{ readonly first: A; readonly second: B }>> {
    const db = this.db;
    return this.command(label, async () => {
      let refused: Failure | null = null;
      try {
        return await db.transaction('rw', [db.projects, ...projectTables(db)], async () => {
          const a = await first();
          if (!a.ok) throw new Refused((refused = a).reason);
          const b = await second(a.data.value);
          if (!b.ok) throw new Refused((refused = b).reason);
          return ok({
            value: { first: a.data.value, second: b.data.value },
            changes: concatChanges(a.data.changes, b.data.changes),
          });
        });
      } catch (e) {
        if (refused !== null && e instanceof Refused) return refused;
        throw e;
      }
    });
  }

  private replay(which: 'undo' | 'redo'): Promise<Result<CommandLabel>> {
    return this.enqueue(async () => {
      if (this.closed) return refuse('store.projectClosed');
      const entry = which === 'undo' ? this.history.peekUndo() : this.history.peekRedo();
      if (!entry) return refuse(which === 'undo' ? 'store.nothingToUndo' : 'store.nothingToRedo');
      const changes = which === 'undo' ? invertChanges(entry.changes) : entry.changes;
      try {
        const checked = await applyReplay(this.db, this.projectId, changes, which, this.nameOf);
        if (!checked.ok) {
          // Another window changed what this step would overwrite: the step can never be
          // replayed safely, so it leaves the history, and the view catches up with the database.
          this.history.drop(which);
          this.refusal = checked;
          await this.refresh();
          return checked;
        }
      } catch (e) {
        return this.failed<CommandLabel>(e);
      }
      if (which === 'undo') this.history.didUndo();
      else this.history.didRedo();
      this.commit(changes, null);
      return ok(entry.label);
    });
  }

  /** Undoes the last command (one transaction); resolves to its label. */
  undo(): Promise<Result<CommandLabel>> {
    return this.replay('undo');
  }

  /** Redoes the last undone command. */
  redo(): Promise<Result<CommandLabel>> {
    return this.replay('redo');
  }

  /**
   * Reloads everything from the database (another window wrote). The undo history is kept:
   * undo and redo check every row against the database before writing (replay-guard.ts).
   */
  reload(): Promise<void> {
    // A burst of messages from another window needs only one reload.
    if (this.pendingReload) return this.pendingReload;
    this.pendingReload = this.enqueue(async () => {
      this.pendingReload = null;
      await this.refresh();
    });
    return this.pendingReload;
  }

  /** Replaces memory with the database's state now; call from inside an enqueued task. */
  private async refresh(): Promise<void> {
    if (this.closed) return;
    const fresh = await loadProjectMemory(this.db, this.projectId);
    if (!fresh || this.closed) return;
    this.repaired += await repairDangling(this.db, fresh);
    namesOf(fresh, this.names);
    this.memory = fresh;
    this.publish(ALL);
  }

  /** Hides the reason of a refused undo/redo (the researcher closed the message). */
  dismissUndoRefusal(): void {
    if (this.refusal === null) return;
    this.refusal = null;
    this.publish(new Set());
  }

  /** Writes outside the ChangeSet path (project fields): refresh the project in memory. */
  protected setProject(update: (m: ProjectMemory) => void): void {
    update(this.memory);
    this.publish(new Set());
    this.channel.post();
  }

  /** Stops listening to other windows and refuses further commands. */
  close(): void {
    this.closed = true;
    this.channel.close();
    this.listeners.clear();
    this.failureListeners.clear();
  }
}
