import type { Failure } from '../model/snapshot';
import type { Attribute, Case, Code, Coder, DocumentMeta, Memo, Project } from '../model/types';
import type { ReadonlyCodingIndex } from './coding-index';
import type { MemoryTable, ProjectMemory } from './project-memory';
import type { CommandLabel } from './undo-stack';
import type { DocumentSet } from '../model/sets';
import { inDocumentOrder } from '../export/document-order';

/**
 * An immutable snapshot of the open project: a new object after every change (compare by
 * identity or `version`), suitable for React's useSyncExternalStore. Lists that did not change
 * keep their identity, so memoized selectors stay cheap.
 */
export interface ProjectState {
  /** Increases by one on every change. */
  readonly version: number;
  readonly project: Project;
  /** Oldest first, then by title (natural number order). No texts: see getDocumentText. */
  readonly documents: readonly DocumentMeta[];
  /** By name. */
  readonly cases: readonly Case[];
  /** By column order. */
  readonly attributes: readonly Attribute[];
  /** By sibling order; build the tree from parentId. */
  readonly codes: readonly Code[];
  readonly memos: readonly Memo[];
  readonly coders: readonly Coder[];
  /** Document sets, by name (issue 13.4). */
  readonly sets: readonly DocumentSet[];
  /**
   * The live coding index (counts, byCode, byDocument). It is shared between states: read it
   * while rendering the state you got, not later.
   */
  readonly codings: ReadonlyCodingIndex;
  /** Number of codings, so a state change is visible when only codings changed. */
  readonly codingCount: number;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly undoLabel: CommandLabel | null;
  readonly redoLabel: CommandLabel | null;
  /**
   * Why the last undo or redo was refused (another window changed what it would overwrite),
   * whichever control asked for it: shown until the next command succeeds or it is dismissed.
   */
  readonly undoRefusal: Failure | null;
}

const natural = (a: string, b: string) => a.localeCompare(b, undefined, { numeric: true });

const sorters: Record<Exclude<MemoryTable, 'codings'>, (m: ProjectMemory) => readonly unknown[]> = {
  documents: (m) => inDocumentOrder(m.documents.values()),
  cases: (m) => [...m.cases.values()].sort((a, b) => natural(a.name, b.name)),
  attributes: (m) => [...m.attributes.values()].sort((a, b) => a.order - b.order),
  codes: (m) => [...m.codes.values()].sort((a, b) => a.order - b.order || natural(a.name, b.name)),
  memos: (m) => [...m.memos.values()].sort((a, b) => a.createdAt - b.createdAt),
  coders: (m) => [...m.coders.values()].sort((a, b) => natural(a.name, b.name)),
  sets: (m) => [...m.sets.values()].sort((a, b) => natural(a.name, b.name)),
};

export interface UndoInfo {
  readonly undoLabel: CommandLabel | null;
  readonly redoLabel: CommandLabel | null;
  readonly refusal: Failure | null;
}

/** The next state: lists rebuilt only for touched tables (all of them when prev is null). */
export function nextState(
  m: ProjectMemory,
  prev: ProjectState | null,
  touched: ReadonlySet<MemoryTable>,
  undo: UndoInfo,
): ProjectState {
  const list = <K extends Exclude<MemoryTable, 'codings'>>(k: K): ProjectState[K] =>
    (!prev || touched.has(k) ? sorters[k](m) : prev[k]) as ProjectState[K];
  return {
    version: (prev?.version ?? 0) + 1,
    project: m.project,
    documents: list('documents'),
    cases: list('cases'),
    attributes: list('attributes'),
    codes: list('codes'),
    memos: list('memos'),
    coders: list('coders'),
    sets: list('sets'),
    codings: m.codings,
    codingCount: m.codings.size,
    canUndo: undo.undoLabel !== null,
    canRedo: undo.redoLabel !== null,
    undoLabel: undo.undoLabel,
    redoLabel: undo.redoLabel,
    undoRefusal: undo.refusal,
  };
}
