// A project's tables for CSV and XLSX: the frequency table, the code × document matrix and the
// codebook, built from the same analysis rows the screen, the report and the CLI show.
import { codeDocumentMatrix } from '../analysis/charts';
import { codeTree } from '../analysis/code-tree';
import {
  computeFrequencyTable,
  type AnalysisDocument,
  type Convention,
  type FrequencyFilter,
} from '../analysis/frequencies';
import { sourceLabels } from '../analysis/source-labels';
import type { CaseId } from '../model/ids';
import type { Case, Code, Coding, Project } from '../model/types';
import { inDocumentOrder, type OrderedDocument } from './document-order';
import type { Table } from './table';
import { toXlsx, type XlsxMeta } from './xlsx';

export type ProjectTableId = 'frequency' | 'matrix' | 'codebook';
export const PROJECT_TABLE_IDS: readonly ProjectTableId[] = ['frequency', 'matrix', 'codebook'];

export interface ProjectTable {
  readonly id: ProjectTableId;
  /** Sheet name and file-name stem. */
  readonly name: string;
  readonly table: Table;
  /** The language of its name and headings (the XLSX's About sheet follows it). */
  readonly locale: 'en' | 'fa';
}

/** A document as the tables need it: its source label and its place in the app's list. */
export type ExportDocument = AnalysisDocument & OrderedDocument & { readonly label?: string };

export interface ProjectPieces {
  readonly project: Pick<Project, 'name' | 'language'>;
  readonly codes: readonly Code[];
  readonly codings: readonly Coding[];
  readonly documents: readonly ExportDocument[];
  readonly cases?: readonly Case[];
}

export interface TablesOptions {
  readonly convention?: Convention;
  readonly filter?: FrequencyFilter;
  /** Which tables, in this order; all by default. */
  readonly tables?: readonly ProjectTableId[];
  /** Column headings; Persian for a Persian project by default. */
  readonly locale?: 'en' | 'fa';
}

const HEAD = {
  en: {
    frequency: 'Frequencies',
    matrix: 'Code-document matrix',
    codebook: 'Codebook',
    level: 'Level',
    path: 'Path',
    theme: 'Theme',
    sources: 'Sources',
    references: 'References',
    percentOfAll: '% of all',
    percentOfParent: '% of parent',
    description: 'Description',
    whenToUse: 'When to use',
    whenNotToUse: 'When not to use',
    example: 'Example',
    color: 'Colour',
    total: 'Total',
    global: 'Global theme',
    organizing: 'Organizing theme',
    basic: 'Basic theme',
  },
  fa: {
    frequency: 'فراوانی',
    matrix: 'ماتریس کد-سند',
    codebook: 'کتاب کد',
    level: 'سطح',
    path: 'مسیر',
    theme: 'مضمون',
    sources: 'منابع',
    references: 'ارجاع‌ها',
    percentOfAll: 'درصد از کل',
    percentOfParent: 'درصد از والد',
    description: 'تعریف',
    whenToUse: 'چه وقت به کار رود',
    whenNotToUse: 'چه وقت به کار نرود',
    example: 'نمونه',
    color: 'رنگ',
    total: 'جمع',
    global: 'مضمون فراگیر',
    organizing: 'مضمون سازمان‌دهنده',
    basic: 'مضمون پایه',
  },
} as const;

const round1 = (n: number): number => Math.round(n * 10) / 10;
const PATH_SEP = ' > ';

export function tablesForProject(
  pieces: ProjectPieces,
  options: TablesOptions = {},
): ProjectTable[] {
  const locale = options.locale ?? (pieces.project.language === 'fa' ? 'fa' : 'en');
  const h = HEAD[locale];
  // The documents as the app lists them (oldest first, then by title in natural order): the
  // matrix's columns follow this order, and running-number labels are counted in it.
  const documents = inDocumentOrder(pieces.documents);
  const input = {
    codes: pieces.codes,
    codings: pieces.codings,
    documents,
    cases: pieces.cases ?? [],
    convention: options.convention ?? 'paper',
    ...(options.filter ? { filter: options.filter } : {}),
  };
  const build: Record<ProjectTableId, () => Table> = {
    frequency: () => {
      const freq = computeFrequencyTable(input);
      return {
        columns: [
          h.level,
          h.path,
          h.theme,
          h.sources,
          h.references,
          h.percentOfAll,
          h.percentOfParent,
        ],
        rows: [
          ...freq.rows.map((r) => [
            h[r.level],
            r.path.join(PATH_SEP),
            r.name,
            r.sources,
            r.references,
            round1(r.percentOfAll),
            round1(r.percentOfParent),
          ]),
          [
            h.total,
            null,
            null,
            freq.documents,
            freq.references,
            freq.references > 0 ? 100 : 0,
            null,
          ],
        ],
      };
    },
    matrix: () => {
      const m = codeDocumentMatrix({ ...input, levels: ['global', 'organizing', 'basic'] });
      // Columns headed by source labels, as the report and the heatmap name documents (13.6).
      const caseNames = new Map<CaseId, string>((pieces.cases ?? []).map((c) => [c.id, c.name]));
      const labels = sourceLabels(documents, caseNames, locale);
      return {
        columns: [h.level, h.path, ...m.documents.map((d) => labels.get(d.id) ?? d.title), h.total],
        rows: m.codes.map((c, i) => {
          const cells = m.cells[i] ?? [];
          return [h[c.level], c.path.join(PATH_SEP), ...cells, cells.reduce((s, v) => s + v, 0)];
        }),
      };
    },
    codebook: () => ({
      columns: [
        h.level,
        h.path,
        h.theme,
        h.description,
        h.whenToUse,
        h.whenNotToUse,
        h.example,
        h.color,
      ],
      rows: codeTree(pieces.codes).map((n) => [
        h[n.level],
        n.path.join(PATH_SEP),
        n.code.name,
        n.code.description,
        n.code.whenToUse,
        n.code.whenNotToUse,
        n.code.example,
        n.code.color,
      ]),
    }),
  };
  return (options.tables ?? PROJECT_TABLE_IDS).map((id) => ({
    id,
    name: h[id],
    table: build[id](),
    locale,
  }));
}

/**
 * One XLSX with a sheet per table: right-to-left sheets for a right-to-left project, and the
 * About sheet in the tables' language unless `meta` names one (Persian sheets under an English
 * "About" with key/value headings was the bug of issue 13.8).
 */
export function tablesToXlsx(
  tables: readonly ProjectTable[],
  rtl: boolean,
  meta: XlsxMeta = {},
): Promise<Uint8Array> {
  const locale = meta.locale ?? tables[0]?.locale;
  return toXlsx(
    tables.map((t) => ({ name: t.name, columns: t.table.columns, rows: t.table.rows, rtl })),
    { ...meta, rtl, ...(locale ? { locale } : {}) },
  );
}
