// The quick code picker's list: what the researcher typed, matched the Persian-aware way
// (Arabic ي/ك, Persian digits and lost half-spaces all match), with recent codes first.
import { normalizeForSearch } from '../../../shared/text/persian';

export interface PickableCode {
  readonly id: string;
  readonly name: string;
}

export interface RankedCodes<C extends PickableCode> {
  readonly codes: C[];
  /** True when a code is named exactly as typed: then "Create …" is not offered. */
  readonly exact: boolean;
}

/** A name as the picker compares it (Persian-aware, spaces folded). */
export function codeKey(s: string): string {
  return normalizeForSearch(s.trim()).replace(/\s+/g, ' ');
}

/**
 * Codes matching `query` (anywhere in the name), best first: the name typed exactly, names
 * starting with the query, then recent codes (in recency order), then codebook order. An empty query lists recent
 * codes first, then all others.
 */
export function rankCodes<C extends PickableCode>(
  codes: readonly C[],
  query: string,
  recentIds: readonly string[],
): RankedCodes<C> {
  const q = codeKey(query);
  const recentRank = new Map(recentIds.map((id, i) => [id, i]));
  const scored = codes
    .map((c, order) => ({ c, order, name: codeKey(c.name) }))
    .filter((x) => q === '' || x.name.includes(q))
    .map((x) => ({
      ...x,
      // The name typed in full comes first (else Enter on "Case 1" takes a recent "Case 11").
      prefix: q === '' ? 1 : x.name === q ? -1 : x.name.startsWith(q) ? 0 : 1,
      recent: recentRank.get(x.c.id) ?? Number.MAX_SAFE_INTEGER,
    }));
  scored.sort((a, b) => a.prefix - b.prefix || a.recent - b.recent || a.order - b.order);
  return { codes: scored.map((x) => x.c), exact: q !== '' && scored.some((x) => x.name === q) };
}

/** The recent-codes list after using `id`: it moves to the front, at most `max` kept. */
export function pushRecent(recent: readonly string[], id: string, max = 9): string[] {
  return [id, ...recent.filter((r) => r !== id)].slice(0, max);
}
