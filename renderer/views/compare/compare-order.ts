// Orders compared cells the way the table reads: each global theme, then its organizing themes,
// each followed by its basic themes; sources before references.
import type { ComparedCell, FrequencyRow } from '../../../shared/analysis';

export function orderCells(
  cells: readonly ComparedCell[],
  rows: readonly FrequencyRow[],
): ComparedCell[] {
  const index = new Map(rows.map((r, k) => [r.path.join('\u001f'), k]));
  const rank = (c: ComparedCell): number => index.get(c.path.join('\u001f')) ?? rows.length;
  return cells
    .map((c, k) => ({ c, k }))
    .sort(
      (a, b) =>
        rank(a.c) - rank(b.c) ||
        (a.c.field === b.c.field ? 0 : a.c.field === 'sources' ? -1 : 1) ||
        a.k - b.k,
    )
    .map((x) => x.c);
}
