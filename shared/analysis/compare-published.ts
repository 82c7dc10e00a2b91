// Printed versus recomputed: reads a published thematic table (shaped like
// fixtures/reference/azerbaijan-table2.csv) and compares it cell by cell with frequency rows,
// listing the table's own oddities. The reproduction is checked by this, not by eye.
import { refuse } from '../errors';
import { ok, type Result } from '../model/snapshot';
import { toLatinDigits } from '../text/persian';
import type { ThemeLevel } from './code-tree';
import { parseCsvRecords } from './csv';
import type { FrequencyRow } from './frequencies';

export interface PublishedColumns {
  readonly global: string;
  readonly organizing: string;
  readonly basic: string;
  readonly sources: string;
  readonly basicReferences: string;
  readonly organizingReferences: string;
  readonly globalReferences: string;
  readonly notes: string;
}

export const TABLE2_COLUMNS: PublishedColumns = {
  global: 'global_theme',
  organizing: 'organizing_theme',
  basic: 'basic_theme',
  sources: 'source_codes_printed',
  basicReferences: 'basic_references_printed',
  organizingReferences: 'organizing_references_printed',
  globalReferences: 'global_references_printed',
  notes: 'notes',
};

export interface PublishedTheme {
  readonly path: readonly [string, string, string];
  /** Source ids as printed, repeats kept. */
  readonly printedSources: readonly string[];
  readonly basicReferences: number | null;
  readonly organizingReferences: number | null;
  readonly globalReferences: number | null;
  readonly note: string;
}

function num(cell: string | undefined): number | null {
  const s = toLatinDigits((cell ?? '').trim());
  return s === '' || !Number.isFinite(Number(s)) ? null : Number(s);
}

/** Parses the published table: one row per basic theme. */
export function parsePublishedTable(
  csvText: string,
  columns: PublishedColumns = TABLE2_COLUMNS,
): Result<PublishedTheme[]> {
  const parsed = parseCsvRecords(csvText, [columns.global, columns.organizing, columns.basic]);
  if (!parsed.ok) return parsed;
  const out: PublishedTheme[] = [];
  for (const [k, r] of parsed.data.records.entries()) {
    const path = [columns.global, columns.organizing, columns.basic].map((c) =>
      (r[c] ?? '').trim(),
    );
    if (path.some((p) => p === '')) return refuse('compare.emptyThemeName', { row: k + 2 });
    out.push({
      path: path as [string, string, string],
      printedSources: toLatinDigits(r[columns.sources] ?? '')
        .split(/[-,،\s]+/)
        .filter((s) => s !== ''),
      basicReferences: num(r[columns.basicReferences]),
      organizingReferences: num(r[columns.organizingReferences]),
      globalReferences: num(r[columns.globalReferences]),
      note: (r[columns.notes] ?? '').trim(),
    });
  }
  return ok(out);
}

export type CellStatus = 'match' | 'mismatch' | 'not-printed' | 'not-found';

export interface ComparedCell {
  readonly level: ThemeLevel;
  readonly path: readonly string[];
  readonly field: 'references' | 'sources';
  /** For 'sources', the number of DISTINCT printed ids. */
  readonly printed: number | null;
  /** null when no computed row has this path. */
  readonly computed: number | null;
  /** For 'sources': the distinct ids, printed and computed, sorted numerically. */
  readonly printedIds?: readonly string[];
  readonly computedIds?: readonly string[];
  readonly status: CellStatus;
}

export type OddityKind =
  'repeated-source-id' | 'missing-number' | 'frequency-below-sources' | 'total-not-sum' | 'note';

export interface Oddity {
  readonly kind: OddityKind;
  readonly path: readonly string[];
  readonly detail: string;
}

export interface Comparison {
  readonly cells: readonly ComparedCell[];
  readonly oddities: readonly Oddity[];
  readonly matches: number;
  readonly mismatches: number;
}

/** The printed id of a source: by default the first number in the document's title. */
export function defaultSourceKey(label: string): string {
  return /\d+/.exec(toLatinDigits(label))?.[0]?.replace(/^0+(?=\d)/, '') ?? label;
}

const byNumber = (a: string, b: string): number => Number(a) - Number(b) || a.localeCompare(b);
const same = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x, k) => x === b[k]);

function cell(
  level: ThemeLevel,
  path: readonly string[],
  printed: number | null,
  row: FrequencyRow | undefined,
): ComparedCell {
  const computed = row ? row.references : null;
  const status: CellStatus =
    printed === null
      ? 'not-printed'
      : !row
        ? 'not-found'
        : printed === computed
          ? 'match'
          : 'mismatch';
  return { level, path, field: 'references', printed, computed, status };
}

/** Compares every printed number and source list with the rows; lists the table's oddities. */
export function comparePublished(
  published: readonly PublishedTheme[],
  rows: readonly FrequencyRow[],
  sourceKey: (label: string) => string = defaultSourceKey,
): Comparison {
  const key = (p: readonly string[]): string => p.join('\u001f');
  const rowByPath = new Map(rows.map((r) => [key(r.path), r]));
  const cells: ComparedCell[] = [];
  const oddities: Oddity[] = [];
  const groups = new Map<
    string,
    { path: string[]; printed: number | null; parts: (number | null)[] }
  >();
  const group = (path: string[], printed: number | null, part: number | null): void => {
    const g = groups.get(key(path)) ?? { path, printed: null, parts: [] };
    g.printed ??= printed;
    g.parts.push(part);
    groups.set(key(path), g);
  };
  for (const t of published) {
    const [g, o] = t.path;
    const row = rowByPath.get(key(t.path));
    const ids = [...new Set(t.printedSources)].sort(byNumber);
    const computedIds = row ? [...new Set(row.sourceLabels.map(sourceKey))].sort(byNumber) : [];
    cells.push({
      level: 'basic',
      path: t.path,
      field: 'sources',
      printed: ids.length,
      computed: row ? row.sources : null,
      printedIds: ids,
      computedIds,
      status: !row ? 'not-found' : same(ids, computedIds) ? 'match' : 'mismatch',
    });
    cells.push(cell('basic', t.path, t.basicReferences, row));
    if (ids.length < t.printedSources.length) {
      const repeated = t.printedSources.filter((s, k) => t.printedSources.indexOf(s) !== k);
      oddities.push({
        kind: 'repeated-source-id',
        path: t.path,
        detail: `source id(s) ${[...new Set(repeated)].join(', ')} printed more than once: ${t.printedSources.length} entries, ${ids.length} distinct sources`,
      });
    }
    if (t.basicReferences === null) {
      oddities.push({
        kind: 'missing-number',
        path: t.path,
        detail: 'basic frequency not printed',
      });
    } else if (t.basicReferences < ids.length) {
      oddities.push({
        kind: 'frequency-below-sources',
        path: t.path,
        detail: `frequency ${t.basicReferences} is below its ${ids.length} distinct sources`,
      });
    }
    if (t.note) oddities.push({ kind: 'note', path: t.path, detail: t.note });
    group([g, o], t.organizingReferences, t.basicReferences);
    group([g], t.globalReferences, null);
  }
  // Organizing groups first fill in the global groups' parts (their printed frequencies).
  for (const gr of [...groups.values()].filter((x) => x.path.length === 2)) {
    const global = groups.get(key([gr.path[0] ?? '']));
    if (global) global.parts = [...global.parts.filter((p) => p !== null), gr.printed];
  }
  for (const gr of groups.values()) {
    const level: ThemeLevel = gr.path.length === 1 ? 'global' : 'organizing';
    cells.push(cell(level, gr.path, gr.printed, rowByPath.get(key(gr.path))));
    if (gr.printed === null) {
      oddities.push({
        kind: 'missing-number',
        path: gr.path,
        detail: `${level} frequency not printed`,
      });
    } else if (gr.parts.every((p) => p !== null)) {
      const sum = gr.parts.reduce((s: number, p) => s + (p ?? 0), 0);
      if (sum !== gr.printed) {
        oddities.push({
          kind: 'total-not-sum',
          path: gr.path,
          detail: `printed ${gr.printed}, but its parts sum to ${sum}`,
        });
      }
    }
  }
  const matches = cells.filter((c) => c.status === 'match').length;
  const mismatches = cells.filter(
    (c) => c.status === 'mismatch' || c.status === 'not-found',
  ).length;
  return { cells, oddities, matches, mismatches };
}
