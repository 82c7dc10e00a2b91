// Planning an attribute import from CSV: first column = case name, header = attribute names.
// Pure: the hook carries the plan out through the store, so the guessing rules are tested here.
import type { NewAttribute } from '../db/attributes-repo';
import type { Attribute, AttributeId, Case } from '../model';
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { normalizeForSearch, toLatinDigits } from '../text/persian';

export interface RowValues {
  readonly caseName: string;
  /** Raw cell text keyed by attribute name (empty cells left out). */
  readonly values: Readonly<Record<string, string>>;
}

export interface ImportPlan {
  readonly newAttributes: readonly NewAttribute[];
  /** Existing category attributes that need more options for the imported values. */
  readonly newOptions: readonly { readonly id: AttributeId; readonly options: readonly string[] }[];
  readonly newCases: readonly string[];
  readonly rows: readonly RowValues[];
  /** 1-based line numbers of rows left out, with why. */
  readonly skippedRows: readonly { readonly line: number; readonly reason: 'no-name' | 'repeat' }[];
  /** Header cells left out (empty or repeated names). */
  readonly skippedColumns: readonly string[];
}

const MAX_CATEGORY_OPTIONS = 12;

/** The type a column of values reads as. */
export function guessType(values: readonly string[]): Omit<NewAttribute, 'name'> {
  const filled = values.map((v) => v.trim()).filter((v) => v !== '');
  if (filled.length === 0) return { type: 'text' };
  const latin = filled.map((v) => toLatinDigits(v).replace(/٫/g, '.').replace(/[,٬]/g, ''));
  if (latin.every((v) => /^-?\d+(\.\d+)?$/.test(v))) {
    // 13xx/14xx: Solar Hijri years (the Iranian calendar), as Persian studies record them.
    if (latin.every((v) => /^1[34]\d\d$/.test(v))) return { type: 'year', calendar: 'solar-hijri' };
    return { type: 'number' };
  }
  const distinct = [...new Set(filled)];
  // A few values that repeat read as categories; one value per row reads as free text.
  if (distinct.length <= MAX_CATEGORY_OPTIONS && distinct.length < filled.length) {
    return { type: 'category', options: distinct };
  }
  return { type: 'text' };
}

/** Names match across ی/ي, ک/ك, digits and half-spaces, as researchers type them. */
export const matchKey = (s: string) => normalizeForSearch(s.trim());
const key = matchKey;

export function planAttributeImport(
  rows: readonly (readonly string[])[],
  cases: readonly Case[],
  attributes: readonly Attribute[],
): Result<ImportPlan> {
  const [header, ...body] = rows;
  if (!header || header.length < 2) {
    return refuse('cases.csvNoHeader');
  }
  const columns: { index: number; name: string }[] = [];
  const skippedColumns: string[] = [];
  const seen = new Set<string>();
  header.slice(1).forEach((raw, i) => {
    const name = raw.trim();
    if (!name || seen.has(key(name))) skippedColumns.push(raw);
    else {
      seen.add(key(name));
      columns.push({ index: i + 1, name });
    }
  });
  const existingAttr = new Map(attributes.map((a) => [key(a.name), a]));
  const existingCase = new Map(cases.map((c) => [key(c.name), c]));
  const planned: RowValues[] = [];
  const skippedRows: ImportPlan['skippedRows'][number][] = [];
  const seenCases = new Set<string>();
  body.forEach((cells, i) => {
    const line = i + 2;
    if (cells.every((c) => c.trim() === '')) return; // blank lines are not worth a report
    const name = (cells[0] ?? '').trim();
    if (!name) return void skippedRows.push({ line, reason: 'no-name' });
    if (seenCases.has(key(name))) return void skippedRows.push({ line, reason: 'repeat' });
    seenCases.add(key(name));
    const values: Record<string, string> = {};
    for (const col of columns) {
      const v = (cells[col.index] ?? '').trim();
      if (v) values[col.name] = v;
    }
    planned.push({ caseName: name, values });
  });
  const newAttributes: NewAttribute[] = [];
  const newOptions: { id: AttributeId; options: string[] }[] = [];
  for (const col of columns) {
    const vals = planned.map((r) => r.values[col.name] ?? '');
    const existing = existingAttr.get(key(col.name));
    if (!existing) {
      newAttributes.push({ name: col.name, ...guessType(vals) });
    } else if (existing.type === 'category') {
      const extra = [...new Set(vals.filter((v) => v && !existing.options.includes(v)))];
      if (extra.length)
        newOptions.push({ id: existing.id, options: [...existing.options, ...extra] });
    }
  }
  const newCases = planned.map((r) => r.caseName).filter((n) => !existingCase.has(key(n)));
  return ok({ newAttributes, newOptions, newCases, rows: planned, skippedRows, skippedColumns });
}
