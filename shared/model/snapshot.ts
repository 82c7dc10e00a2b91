import type { AppError } from '../errors/app-error';
import type { Attribute, Case, Code, Coder, Coding, Document, Memo, Project } from './types';
import type { DocumentSet } from './sets';

/**
 * A whole project as plain data: what the fixture loader, backups, REFI-QDA and the CLI
 * exchange, and what `importSnapshot` writes in one transaction.
 */
export interface ProjectSnapshot {
  readonly project: Project;
  readonly documents: readonly Document[];
  readonly cases: readonly Case[];
  readonly attributes: readonly Attribute[];
  readonly codes: readonly Code[];
  readonly codings: readonly Coding[];
  readonly memos: readonly Memo[];
  readonly coders: readonly Coder[];
  /** Document sets (schema v5); absent in snapshots made before them, read as none. */
  readonly sets?: readonly DocumentSet[];
}

/**
 * A refusal. `error` is the refusal as data (a code and parameters, docs/errors.md): the renderer
 * translates it by code, the CLI words it with the English template. `reason` is that English
 * sentence. During the move to codes, failures built by the legacy `fail(reason)` have no
 * `error`: read it with `errorOf(failure)` (shared/errors), which wraps the sentence as code
 * 'legacy'. Build new failures with `refuse(code, params)`.
 */
export interface Failure {
  readonly ok: false;
  readonly reason: string;
  readonly error?: AppError;
}

/** Results, not exceptions (DEVELOPERS.md rule 5). */
export type Result<T> = { readonly ok: true; readonly data: T } | Failure;

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

/** Legacy: a failure as an English sentence only. New code uses `refuse` (shared/errors). */
export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
