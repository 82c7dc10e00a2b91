// Crosstabs: codes (at a level) or a case attribute in rows, a case attribute (or nothing) in
// columns; cells count cases, documents (sources) or references. Pure: plain arrays in, rows out;
// the panel, its CSV, the CLI and the report section render these same rows.
import type {
  Attribute,
  AttributeId,
  Case,
  CaseId,
  Code,
  CodeId,
  Coding,
  CodingId,
  DocumentId,
} from '../model';
import { chiSquareTest, type ChiSquareResult } from './chi-square';
import { codeTree, type ThemeLevel } from './code-tree';
import { NONE_KEY, orderCategories, valueKey, type AttributeCategory } from './crosstab-values';
import type { AnalysisDocument, Convention } from './frequencies';

export type CrosstabCount = 'cases' | 'sources' | 'references';

export type CrosstabRowSpec =
  | { readonly kind: 'codes'; readonly level: ThemeLevel }
  | { readonly kind: 'attribute'; readonly attributeId: AttributeId };

export interface CrosstabInput {
  readonly codes: readonly Code[];
  readonly codings: Iterable<Coding>;
  readonly documents: readonly AnalysisDocument[];
  readonly cases: readonly Case[];
  readonly attributes: readonly Attribute[];
  readonly rows: CrosstabRowSpec;
  /** The attribute of the columns; null for a single column of totals. */
  readonly columns: AttributeId | null;
  readonly count: CrosstabCount;
  /** References: each coding (paper, the default) or each passage once per row (distinct). */
  readonly convention?: Convention;
}

/** What a cell counts and what a click on it retrieves. */
export interface CrosstabCell {
  readonly count: number;
  readonly caseIds: readonly CaseId[];
  readonly documentIds: readonly DocumentId[];
  /** The codings behind the cell (code rows, or references); empty for cases/sources by attribute. */
  readonly codingIds: readonly CodingId[];
}

export type CrosstabColumn = AttributeCategory;

export interface CrosstabRow extends AttributeCategory {
  /** The code of a code row; null for an attribute value. */
  readonly codeId: CodeId | null;
  /** Names from the root down (code rows); [label] otherwise. */
  readonly path: readonly string[];
  readonly color: string | null;
  /** Indexed like `columns`; empty when there are no columns. */
  readonly cells: readonly CrosstabCell[];
  readonly total: CrosstabCell;
  /** 100 × cell / row total, per column. */
  readonly rowPercent: readonly number[];
  /** 100 × cell / column total, per column. */
  readonly columnPercent: readonly number[];
  /** 100 × row total / grand total. */
  readonly percentOfTotal: number;
}

export interface CrosstabTable {
  readonly count: CrosstabCount;
  readonly rowSpec: CrosstabRowSpec;
  readonly convention: Convention;
  /** The column attribute's name; null without columns. */
  readonly columnAttribute: string | null;
  readonly columns: readonly CrosstabColumn[];
  readonly rows: readonly CrosstabRow[];
  /** Sums of the cells per column (the margins of the contingency table). */
  readonly columnTotals: readonly number[];
  /** The sum of every cell (without columns: of the row totals). */
  readonly total: number;
  /**
   * True when a unit (a case, document or coding) falls in more than one row — e.g. a document
   * coded with two themes. Totals are then sums of cells, not distinct units, and chi-square's
   * assumption of one cell per unit does not hold.
   */
  readonly overlapping: boolean;
  /** Null without columns, or with fewer than two non-empty rows or columns. */
  readonly chiSquare: ChiSquareResult | null;
}

interface CellBuilder {
  /** Distinct: each added once (the callers mark what they have added). */
  readonly cases: CaseId[];
  readonly documents: DocumentId[];
  readonly codings: CodingId[];
  /** Distinct passages ("doc start end"), only for distinct references. */
  readonly passages: Set<string> | null;
}

const pct = (n: number, of: number): number => (of > 0 ? (100 * n) / of : 0);

/** Row categories and, per code, the rows its codings count in (code rows). */
function rowAxis(input: CrosstabInput): {
  readonly rows: (AttributeCategory & {
    codeId: CodeId | null;
    path: string[];
    color: string | null;
  })[];
  readonly rowsOfCode: Map<CodeId, number[]>;
  readonly rowAttribute: Attribute | null;
} {
  const spec = input.rows;
  if (spec.kind === 'codes') {
    const tree = codeTree(input.codes);
    const atLevel = tree.filter((n) => n.level === spec.level);
    const index = new Map(atLevel.map((n, i) => [n.code.id, i]));
    const rowsOfCode = new Map<CodeId, number[]>();
    for (const n of tree) {
      const rows = n.lineage.flatMap((id) => {
        const i = index.get(id);
        return i === undefined ? [] : [i];
      });
      if (rows.length > 0) rowsOfCode.set(n.code.id, rows);
    }
    const rows = atLevel.map((n) => ({
      key: n.code.id as string,
      label: n.code.name,
      none: false,
      codeId: n.code.id,
      path: [...n.path],
      color: n.code.color,
    }));
    return { rows, rowsOfCode, rowAttribute: null };
  }
  const attribute = input.attributes.find((a) => a.id === spec.attributeId) ?? null;
  const categories = attribute ? categoriesOf(attribute, input) : [];
  const rows = categories.map((c) => ({ ...c, codeId: null, path: [c.label], color: null }));
  return { rows, rowsOfCode: new Map(), rowAttribute: attribute };
}

/** The values of an attribute over all cases, plus "(none)" where a unit can lack one. */
function categoriesOf(attribute: Attribute, input: CrosstabInput): AttributeCategory[] {
  const keys = input.cases.map((c) => valueKey(attribute, c.values[attribute.id]));
  const caseless = input.documents.some((d) => d.caseId === null);
  if (caseless && input.count !== 'cases') keys.push(NONE_KEY);
  return orderCategories(attribute, keys);
}

/** The crosstab of `input`: rows, cells with what they retrieve, totals, percentages, χ². */
export function computeCrosstab(input: CrosstabInput): CrosstabTable {
  const convention = input.convention ?? 'paper';
  const { rows: rowCats, rowsOfCode, rowAttribute } = rowAxis(input);
  const colAttribute = input.columns
    ? (input.attributes.find((a) => a.id === input.columns) ?? null)
    : null;
  const columns: CrosstabColumn[] = colAttribute ? categoriesOf(colAttribute, input) : [];
  const colCount = Math.max(1, columns.length);
  const colIndex = new Map(columns.map((c, i) => [c.key, i]));
  const rowIndex = new Map(rowCats.map((r, i) => [r.key, i]));
  const cells: CellBuilder[] = Array.from({ length: rowCats.length * colCount }, () => ({
    cases: [],
    documents: [],
    codings: [],
    passages: convention === 'distinct' && input.count === 'references' ? new Set() : null,
  }));
  const caseById = new Map(input.cases.map((c) => [c.id, c]));
  const columnOf = (caseId: CaseId | null): number => {
    if (!colAttribute) return 0;
    const c = caseId === null ? undefined : caseById.get(caseId);
    return colIndex.get(valueKey(colAttribute, c?.values[colAttribute.id])) ?? 0;
  };
  const attributeRowOf = (caseId: CaseId | null): number | undefined => {
    if (!rowAttribute) return undefined;
    const c = caseId === null ? undefined : caseById.get(caseId);
    return rowIndex.get(valueKey(rowAttribute, c?.values[rowAttribute.id]));
  };
  // Which row each unit first went to: a unit met again in another row makes the rows overlap.
  const firstRow = new Map<string, number>();
  let overlapping = false;
  const seen = (unit: string, row: number): void => {
    const was = firstRow.get(unit);
    if (was === undefined) firstRow.set(unit, row);
    else if (was !== row) overlapping = true;
  };

  if (input.rows.kind === 'attribute' && input.count !== 'references') {
    // Cases (with or without documents) or documents, each in the row and column of its values.
    if (input.count === 'cases') {
      for (const c of input.cases) {
        const r = attributeRowOf(c.id);
        if (r === undefined) continue;
        (cells[r * colCount + columnOf(c.id)] as CellBuilder).cases.push(c.id);
      }
      for (const d of input.documents) {
        const r = d.caseId === null ? undefined : attributeRowOf(d.caseId);
        if (r !== undefined)
          (cells[r * colCount + columnOf(d.caseId)] as CellBuilder).documents.push(d.id);
      }
    } else {
      // A case with several documents in one cell is listed once.
      const listed = new Set<string>();
      for (const d of input.documents) {
        const r = attributeRowOf(d.caseId);
        if (r === undefined) continue;
        const k = r * colCount + columnOf(d.caseId);
        const cell = cells[k] as CellBuilder;
        cell.documents.push(d.id);
        if (d.caseId !== null && !listed.has(`${k} ${d.caseId}`)) {
          listed.add(`${k} ${d.caseId}`);
          cell.cases.push(d.caseId);
        }
      }
    }
  } else {
    // Each document's column and (attribute rows) row, once: not per coding.
    interface Where {
      readonly col: number;
      readonly rows: readonly number[];
      readonly caseId: CaseId | null;
      readonly doc: number;
      readonly kase: number;
    }
    const where = new Map<DocumentId, Where>();
    const caseIndex = new Map(input.cases.map((c, i) => [c.id, i]));
    input.documents.forEach((d, doc) => {
      const r = attributeRowOf(d.caseId);
      where.set(d.id, {
        col: columnOf(d.caseId),
        rows: r === undefined ? [] : [r],
        caseId: d.caseId,
        doc,
        kase: d.caseId === null ? -1 : (caseIndex.get(d.caseId) ?? -1),
      });
    });
    // Which (row, document) and (row, case) are already in their cell: typed marks, not a set
    // per cell (100k codings add to sets of string ids ~3× slower).
    const nDocs = input.documents.length;
    const nCases = input.cases.length;
    const docMark = new Uint8Array(rowCats.length * nDocs);
    const caseMark = new Uint8Array(rowCats.length * nCases);
    const byCodes = input.rows.kind === 'codes';
    // Overlap of rows for sources and cases: the first row each document or case went to.
    const firstRowOfDoc = new Map<DocumentId, number>();
    const firstRowOfCase = new Map<CaseId, number>();
    const firstRow = <K>(m: Map<K, number>, key: K, row: number): void => {
      const was = m.get(key);
      if (was === undefined) m.set(key, row);
      else if (was !== row) overlapping = true;
    };
    for (const coding of input.codings) {
      const at = where.get(coding.documentId);
      if (!at) continue;
      const rows = byCodes ? rowsOfCode.get(coding.codeId) : at.rows;
      if (!rows || rows.length === 0) continue;
      if (rows.length > 1) overlapping = true;
      const { caseId } = at;
      for (const r of rows) {
        const cell = cells[r * colCount + at.col] as CellBuilder;
        cell.codings.push(coding.id);
        if (docMark[r * nDocs + at.doc] === 0) {
          docMark[r * nDocs + at.doc] = 1;
          cell.documents.push(coding.documentId);
        }
        if (caseId !== null && at.kase >= 0 && caseMark[r * nCases + at.kase] === 0) {
          caseMark[r * nCases + at.kase] = 1;
          cell.cases.push(caseId);
        }
        if (cell.passages) {
          const key = `${coding.documentId} ${coding.start} ${coding.end}`;
          cell.passages.add(key);
          if (!overlapping) seen(key, r);
        } else if (!overlapping && input.count === 'sources') {
          firstRow(firstRowOfDoc, coding.documentId, r);
        } else if (!overlapping && input.count === 'cases' && caseId !== null) {
          firstRow(firstRowOfCase, caseId, r);
        }
      }
    }
  }

  const countOf = (b: CellBuilder): number =>
    input.count === 'cases'
      ? b.cases.length
      : input.count === 'sources'
        ? b.documents.length
        : (b.passages?.size ?? b.codings.length);
  const cellOf = (b: CellBuilder): CrosstabCell => ({
    count: countOf(b),
    caseIds: b.cases,
    documentIds: b.documents,
    codingIds: b.codings,
  });
  const built = rowCats.map((cat, r) =>
    Array.from({ length: colCount }, (_, c) => cellOf(cells[r * colCount + c] as CellBuilder)),
  );
  const columnTotals = Array.from({ length: colCount }, (_, c) =>
    built.reduce((s, row) => s + (row[c] as CrosstabCell).count, 0),
  );
  const total = columnTotals.reduce((s, v) => s + v, 0);
  const rows: CrosstabRow[] = rowCats.map((cat, r) => {
    const rowCells = built[r] as CrosstabCell[];
    const rowTotal = rowCells.reduce((s, c) => s + c.count, 0);
    // Columns partition the units (a document or case has one value): the row's ids are the
    // cells' ids laid end to end, with no set to build.
    const union = (pick: (c: CrosstabCell) => readonly string[]): string[] =>
      rowCells.flatMap(pick);
    return {
      ...cat,
      cells: colAttribute ? rowCells : [],
      total: {
        count: rowTotal,
        caseIds: union((c) => c.caseIds) as CaseId[],
        documentIds: union((c) => c.documentIds) as DocumentId[],
        codingIds: rowCells.flatMap((c) => c.codingIds),
      },
      rowPercent: colAttribute ? rowCells.map((c) => pct(c.count, rowTotal)) : [],
      columnPercent: colAttribute
        ? rowCells.map((c, j) => pct(c.count, columnTotals[j] as number))
        : [],
      percentOfTotal: pct(rowTotal, total),
    };
  });
  return {
    count: input.count,
    rowSpec: input.rows,
    convention,
    columnAttribute: colAttribute?.name ?? null,
    columns,
    rows,
    columnTotals: colAttribute ? columnTotals : [],
    total,
    overlapping,
    chiSquare: colAttribute ? chiSquareTest(rows.map((r) => r.cells.map((c) => c.count))) : null,
  };
}
