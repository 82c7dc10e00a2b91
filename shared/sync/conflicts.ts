// Codes and memos edited on two replicas at once: CouchDB picks the same winning revision on
// every replica (the longer revision history, then the higher revision id) and keeps the losers.
// This lists them for review so the losing version is one click away. Pure.
import { parseDocId, type RowDoc } from './docs';

export interface ConflictEntry {
  readonly docId: string;
  readonly table: 'codes' | 'memos' | 'cases' | 'attributes' | 'documents' | 'sets' | 'coders';
  readonly rowId: string;
  readonly winner: RowDoc;
  readonly losers: readonly RowDoc[];
}

/** Tables whose rows researchers edit in place, where a concurrent edit can lose. */
const REVIEWED = new Set(['codes', 'memos', 'cases', 'attributes', 'documents', 'sets', 'coders']);

/**
 * One entry per row whose document has conflicting revisions. `losersOf` gives the losing
 * revisions' documents (the replica reads them by `_rev`); deleted losers are left out since a
 * deletion has no version to bring back.
 */
export function listConflicts(
  winners: readonly RowDoc[],
  losersOf: (docId: string) => readonly RowDoc[],
): ConflictEntry[] {
  const out: ConflictEntry[] = [];
  for (const w of winners) {
    if (!w._conflicts?.length) continue;
    const key = parseDocId(w._id);
    if (!key || !REVIEWED.has(key.table)) continue;
    const losers = losersOf(w._id).filter((l) => !l._deleted && l.row);
    if (losers.length === 0) continue;
    out.push({
      docId: w._id,
      table: key.table as ConflictEntry['table'],
      rowId: key.id,
      winner: w,
      losers,
    });
  }
  return out.sort((a, b) => a.docId.localeCompare(b.docId));
}

/** CouchDB's rule, for tests and documentation: the longer history wins, then the larger rev. */
export function couchWinner(revs: readonly string[]): string | undefined {
  const depth = (r: string) => Number(r.slice(0, r.indexOf('-')));
  return [...revs].sort((a, b) => depth(b) - depth(a) || (a < b ? 1 : a > b ? -1 : 0))[0];
}
