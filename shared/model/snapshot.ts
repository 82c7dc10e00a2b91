import type { Attribute, Case, Code, Coder, Coding, Document, Memo, Project } from './types';

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
}

/** Results, not exceptions (DEVELOPERS.md rule 5). */
export type Result<T> =
  { readonly ok: true; readonly data: T } | { readonly ok: false; readonly reason: string };

export function ok<T>(data: T): Result<T> {
  return { ok: true, data };
}

export function fail<T = never>(reason: string): Result<T> {
  return { ok: false, reason };
}
