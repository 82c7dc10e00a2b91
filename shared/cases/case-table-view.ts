// The cases table's sorting, filtering and grouping, pure (the view renders what this returns):
// sort by the name, any attribute or the document count; filter by words (Persian-aware, over
// the name and every value); group by an attribute's values ("1403", "دانشگاهی", none last).
import type { Attribute, AttributeId, Case } from '../model';
import { normalizeForSearch } from '../text/persian';

export interface CaseTableRow {
  readonly case: Case;
  readonly documents: number;
}

/** 'name', 'documents' or an attribute's id. */
export type CaseSortKey = string;

export interface CaseTableOptions {
  readonly sort: { readonly key: CaseSortKey; readonly descending: boolean } | null;
  readonly filter: string;
  /** Group by this attribute's values; null for one flat list. */
  readonly groupBy: AttributeId | null;
}

export interface CaseGroup {
  /** The value as a string ("1403"); null for the cases without one. */
  readonly value: string | null;
  readonly rows: readonly CaseTableRow[];
}

const collator = new Intl.Collator(undefined, { numeric: true });

function sortValue(row: CaseTableRow, key: CaseSortKey): string | number | null {
  if (key === 'name') return row.case.name;
  if (key === 'documents') return row.documents;
  return row.case.values[key] ?? null;
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return collator.compare(String(a), String(b));
}

/**
 * The rows filtered and sorted. Empty values sort last in either direction (a researcher
 * looking for the earliest year does not want the blanks first); ties keep the name order.
 */
export function arrangeCases(
  rows: readonly CaseTableRow[],
  attributes: readonly Attribute[],
  o: Pick<CaseTableOptions, 'sort' | 'filter'>,
): CaseTableRow[] {
  const words = normalizeForSearch(o.filter).split(/\s+/u).filter(Boolean);
  const kept =
    words.length === 0
      ? [...rows]
      : rows.filter((r) => {
          const hay = normalizeForSearch(
            [r.case.name, ...attributes.map((a) => String(r.case.values[a.id] ?? ''))].join('\n'),
          );
          return words.every((w) => hay.includes(w));
        });
  const byName = (a: CaseTableRow, b: CaseTableRow) => collator.compare(a.case.name, b.case.name);
  const sort = o.sort;
  if (!sort) return kept.sort(byName);
  return kept.sort((a, b) => {
    const va = sortValue(a, sort.key);
    const vb = sortValue(b, sort.key);
    const blank = (v: unknown) => v === null || v === '';
    if (blank(va) || blank(vb)) return compare(va, vb) || byName(a, b);
    return (sort.descending ? -compare(va, vb) : compare(va, vb)) || byName(a, b);
  });
}

/** Rows (already arranged) in groups by an attribute's value, groups in value order, none last. */
export function groupCases(rows: readonly CaseTableRow[], by: AttributeId): CaseGroup[] {
  const groups = new Map<string | null, CaseTableRow[]>();
  for (const r of rows) {
    const v = r.case.values[by];
    const key = v === null || v === undefined || v === '' ? null : String(v);
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compare(a, b))
    .map(([value, list]) => ({ value, rows: list }));
}
