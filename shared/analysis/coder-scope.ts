// The coder filter of issue 10 ("every view, the report and every export can be filtered by
// coder") as one pure step before any analysis: the crosstab, co-occurrence, word frequency, the
// network's frequency table and the HTML report all take the codings this returns, so a table,
// its CSV, the CLI and the report count the same codings.
import type { CoderId } from '../model/ids';
import type { ProjectSnapshot } from '../model/snapshot';
import type { Coder, Coding } from '../model/types';

/** Whose codings count: a set of coder ids (null: codings without a coder); undefined: all. */
export type CoderScope = ReadonlySet<CoderId | null> | undefined;

/** The codings of the chosen coders; the same iterable, untouched, for all coders. */
export function codingsOfCoders(codings: Iterable<Coding>, coders: CoderScope): Iterable<Coding> {
  if (!coders) return codings;
  const out: Coding[] = [];
  for (const c of codings) if (coders.has(c.coderId)) out.push(c);
  return out;
}

/** The snapshot with only the chosen coders' codings (coders, codes and documents kept). */
export function snapshotOfCoders(snapshot: ProjectSnapshot, coders: CoderScope): ProjectSnapshot {
  if (!coders) return snapshot;
  return { ...snapshot, codings: [...codingsOfCoders(snapshot.codings, coders)] };
}

export type CoderMatch =
  | { readonly ok: true; readonly coders: ReadonlySet<CoderId> }
  | { readonly ok: false; readonly unknown: readonly string[] };

/**
 * Coder names (as the CLI's `--coder A,B` gives them) to ids, matched as `mazmun agreement`
 * matches them (surrounding space ignored). Every name must match a coder of the project.
 */
export function codersByName(coders: readonly Coder[], names: readonly string[]): CoderMatch {
  const ids = new Set<CoderId>();
  const unknown: string[] = [];
  for (const name of names) {
    const found = coders.find((c) => c.name.trim() === name.trim());
    if (found) ids.add(found.id);
    else unknown.push(name);
  }
  return unknown.length > 0 ? { ok: false, unknown } : { ok: true, coders: ids };
}

/** The names of a scope for a heading ("coders: A, B"), in the project's coder order. */
export function coderScopeNames(
  coders: readonly Coder[],
  scope: ReadonlySet<CoderId | null>,
  noCoder: string,
): string[] {
  const names = coders.filter((c) => scope.has(c.id)).map((c) => c.name);
  return scope.has(null) ? [...names, noCoder] : names;
}
