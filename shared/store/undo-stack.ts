import type { ChangeSet } from '../db/changes';

/**
 * Every kind of undoable command. A list (not only a type) so that a test can check that each
 * kind has words in every language of the interface (renderer/i18n/messages/undo.ts).
 */
export const COMMAND_KINDS = [
  'add-coding',
  'update-coding',
  'remove-coding',
  'create-code',
  'update-code',
  'move-code',
  'merge-codes',
  'delete-code',
  'add-documents',
  'rename-document',
  'delete-document',
  'set-document-case',
  'set-document-direction',
  'create-case',
  'import-cases',
  'update-case',
  'delete-case',
  'create-attribute',
  'update-attribute',
  'delete-attribute',
  'create-memo',
  'update-memo',
  'delete-memo',
  'create-coder',
  'rename-coder',
  'delete-coder',
  'merge-project',
  'create-set',
  'update-set',
  'delete-set',
  'set-members',
  'normalize-document',
  'normalize-code-names',
] as const;

/** What a command did; the UI says it in words by `kind` (renderer/i18n/messages/undo.ts). */
export type CommandKind = (typeof COMMAND_KINDS)[number];

export interface CommandLabel {
  readonly kind: CommandKind;
  /** What it acted on, e.g. the code's name; may be empty. */
  readonly subject: string;
  /**
   * How many things, when the command acted on several (documents, cases, links): a number, so
   * the interface writes it in its own digits (never "12" inside a Persian sentence).
   */
  readonly count?: number;
  /** The second name a command joins the subject to (a merge: the code merged into). */
  readonly target?: string;
}

export interface UndoEntry {
  readonly label: CommandLabel;
  /** The changes the command made; undo writes their inverse. */
  readonly changes: ChangeSet;
}

/** A bounded undo/redo history; pure (the store does the writing). */
export class UndoStack {
  private undos: UndoEntry[] = [];
  private redos: UndoEntry[] = [];

  constructor(private readonly limit = 100) {}

  /** Records a new command: the redo history is dropped. */
  record(entry: UndoEntry): void {
    this.undos.push(entry);
    if (this.undos.length > this.limit) this.undos.shift();
    this.redos = [];
  }

  peekUndo(): UndoEntry | undefined {
    return this.undos[this.undos.length - 1];
  }

  peekRedo(): UndoEntry | undefined {
    return this.redos[this.redos.length - 1];
  }

  /** Call after the inverse of peekUndo() was written. */
  didUndo(): void {
    const e = this.undos.pop();
    if (e) this.redos.push(e);
  }

  /** Call after peekRedo() was written again. */
  didRedo(): void {
    const e = this.redos.pop();
    if (e) this.undos.push(e);
  }

  /** Forgets the entry peekUndo() or peekRedo() returns: it can no longer be replayed safely. */
  drop(which: 'undo' | 'redo'): void {
    if (which === 'undo') this.undos.pop();
    else this.redos.pop();
  }

  clear(): void {
    this.undos = [];
    this.redos = [];
  }
}
